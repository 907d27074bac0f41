import { Form } from 'react-router';
import type { Route } from './+types/proposals.$id';
import { CoopAlert, formatDate } from '../components/coop';
import { graphql } from '../graphql';
import type { CastBallotInput, ConsentChoice } from '../graphql/graphql';
import { fill, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { getToken, requireToken } from '../lib/session.server';

const ProposalPage = graphql(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      id
      number
      title
      kind
      state
      outcome
      problemStatement
      body
      pollType
      votingClosesAt
      myReceipt
      author {
        memberId
        name
      }
      options {
        id
        label
      }
      policyChanges {
        key
        value
      }
      thread {
        id
        parentId
        authorName
        memberClass
        body
        createdAt
      }
      amendments {
        version
        summary
        changes {
          field
          lines {
            op
            text
          }
        }
      }
      deliberationStatus {
        participants
        classes
        missing
      }
      participation {
        electorate
        ballotsCast
      }
      result {
        outcome
        reason
        electorate
        ballotsCast
        abstentions
        quorumNeeded
        winner
        blockReasons
        weights {
          memberClass
          voters
          ballotWeight
        }
        totals {
          key
          label
          ballots
          percent
        }
        rounds {
          totals {
            key
            label
            percent
          }
          eliminated
          tieBreak
        }
      }
      tasks {
        id
        title
        dueOn
        doneAt
      }
      reviews {
        id
        whatWorked
        whatDidNot
      }
    }
    me {
      id
    }
  }
`);

const GuestProposalPage = graphql(`
  query GuestProposalPage($id: ID!) {
    proposal(id: $id) {
      id
    }
  }
`);

const MyMemberIds = graphql(`
  query MyMemberIds {
    myMemberships {
      id
    }
  }
`);

const Publish = graphql(`
  mutation PublishProposal($id: ID!) {
    publishProposal(id: $id) {
      state
    }
  }
`);
const Post = graphql(`
  mutation PostInThread($input: PostInThreadInput!) {
    postInThread(input: $input) {
      id
    }
  }
`);
const OpenVoting = graphql(`
  mutation OpenVoting($id: ID!) {
    openVoting(id: $id) {
      state
    }
  }
`);
const Cast = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      receipt
    }
  }
`);
const Amend = graphql(`
  mutation AmendProposal($input: AmendProposalInput!) {
    amendProposal(input: $input) {
      version
    }
  }
`);

const CONSENT = ['AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK'] as const satisfies readonly ConsentChoice[];

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.proposal.title ?? ''} · Allmende` }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const token = await getToken(request);
  await api.requestOr404(GuestProposalPage, { id: params.id }, { token });
  const { proposal, me } = await api.request(ProposalPage, { id: params.id }, { token });
  const memberIds = token ? (await api.request(MyMemberIds, {}, { token })).myMemberships.map((member) => member.id) : [];
  return { locale, proposal, viewerId: me?.id ?? null, isAuthor: memberIds.includes(proposal.author.memberId) };
}

function ballotFrom(form: FormData, proposalId: string, pollType: string, optionIds: string[]): CastBallotInput {
  if (text(form, 'abstain') === 'yes') return { proposalId, abstain: true };
  switch (pollType) {
    case 'CONSENT':
      return { proposalId, consent: text(form, 'consent') as ConsentChoice, reason: text(form, 'reason') || null };
    case 'SINGLE_CHOICE':
      return { proposalId, option: text(form, 'option') };
    case 'RANKED_CHOICE':
      return { proposalId, ranking: optionIds.map((_, index) => text(form, `rank.${index}`)).filter(Boolean) };
    default:
      return { proposalId, scores: optionIds.map((option) => ({ option, score: Number(text(form, `score.${option}`) || 0) })) };
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const id = params.id;
  try {
    switch (text(form, 'intent')) {
      case 'publish':
        await api.request(Publish, { id }, { token });
        break;
      case 'post':
        await api.request(
          Post,
          { input: { proposalId: id, body: text(form, 'body'), parentId: text(form, 'parentId') || null } },
          { token },
        );
        break;
      case 'open':
        await api.request(OpenVoting, { id }, { token });
        break;
      case 'amend':
        await api.request(
          Amend,
          { input: { proposalId: id, summary: text(form, 'summary'), body: text(form, 'body') } },
          { token },
        );
        break;
      case 'vote': {
        const optionIds = text(form, 'optionIds').split(',').filter(Boolean);
        await api.request(Cast, { input: ballotFrom(form, id, text(form, 'pollType'), optionIds) }, { token });
        break;
      }
    }
    return null;
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function ProposalDetail({
  loaderData: { locale, proposal, viewerId, isAuthor },
  actionData,
}: Route.ComponentProps) {
  const t = useT();
  const topLevel = proposal.thread.filter((post) => !post.parentId);
  const status = proposal.deliberationStatus;
  return (
    <article className="page" data-testid="proposal">
      <h1>
        #{proposal.number} {proposal.title}
      </h1>
      <p>
        {t(`proposalKind.${proposal.kind}`)} ·{' '}
        <strong data-testid="proposal-state">{t(`proposalState.${proposal.state}`)}</strong>
        {proposal.outcome && (
          <>
            {' · '}
            <strong data-testid="proposal-outcome">{t(`outcome.${proposal.outcome}`)}</strong>
          </>
        )}{' '}
        · {fill(t('proposal.by'), { name: proposal.author.name })}
      </p>
      <CoopAlert state={actionData ?? undefined} />
      <h2>{t('proposal.problemHeading')}</h2>
      <p className="prose">{proposal.problemStatement}</p>
      <h2>{t('proposal.proposalHeading')}</h2>
      <p className="prose">{proposal.body}</p>
      {proposal.policyChanges.length > 0 && (
        <ul>
          {proposal.policyChanges.map((change) => (
            <li key={change.key}>
              <code>{change.key}</code> = {change.value}
            </li>
          ))}
        </ul>
      )}
      {proposal.options.length > 0 && (
        <ol>
          {proposal.options.map((option) => (
            <li key={option.id}>{option.label}</li>
          ))}
        </ol>
      )}

      {proposal.state === 'DRAFT' && (
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <button type="submit">{t('proposal.publish')}</button>
        </Form>
      )}

      {proposal.amendments.length > 1 && (
        <section>
          <h2>{t('proposal.amendments')}</h2>
          {proposal.amendments.slice(1).map((amendment) => (
            <details key={amendment.version}>
              <summary>{fill(t('proposal.version'), { version: amendment.version, summary: amendment.summary })}</summary>
              {amendment.changes.map((change) => (
                <pre key={change.field} className="diff" aria-label={change.field}>
                  {change.lines.map((line, index) => (
                    <span key={index} className={`diff-${line.op.toLowerCase()}`}>
                      {line.op === 'ADDED' ? '+ ' : line.op === 'REMOVED' ? '− ' : '  '}
                      {line.text}
                      {'\n'}
                    </span>
                  ))}
                </pre>
              ))}
            </details>
          ))}
        </section>
      )}

      {proposal.state !== 'DRAFT' && (
        <section>
          <h2>{t('proposal.thread')}</h2>
          <p>{fill(t('proposal.participants'), { count: status.participants, classes: status.classes.length })}</p>
          <ul data-testid="thread">
            {topLevel.map((post) => (
              <li key={post.id}>
                <p>
                  <strong>{post.authorName}</strong> ({t(`memberClass.${post.memberClass}`)}): {post.body}
                </p>
                <ul>
                  {proposal.thread
                    .filter((reply) => reply.parentId === post.id)
                    .map((reply) => (
                      <li key={reply.id}>
                        <strong>{reply.authorName}</strong>: {reply.body}
                      </li>
                    ))}
                </ul>
                {proposal.state === 'DELIBERATION' && viewerId && (
                  <Form method="post">
                    <input type="hidden" name="intent" value="post" />
                    <input type="hidden" name="parentId" value={post.id} />
                    <label>
                      {t('proposal.reply')}
                      <input name="body" required />
                    </label>
                    <button type="submit">{t('proposal.reply')}</button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
          {proposal.state === 'DELIBERATION' && viewerId && (
            <>
              <Form method="post" className="form">
                <input type="hidden" name="intent" value="post" />
                <label>
                  {t('proposal.yourPost')}
                  <textarea name="body" required />
                </label>
                <button type="submit">{t('proposal.post')}</button>
              </Form>
              {status.missing.length > 0 && (
                <p data-testid="missing-conditions">
                  {fill(t('proposal.missing'), {
                    conditions: status.missing.map((condition) => t(`condition.${condition}`)).join('; '),
                  })}
                </p>
              )}
              {isAuthor && (
                <>
                  <Form method="post">
                    <input type="hidden" name="intent" value="open" />
                    <button type="submit">{t('proposal.openVoting')}</button>
                  </Form>
                  <details>
                    <summary>{t('proposal.amend')}</summary>
                    <Form method="post" className="form">
                      <input type="hidden" name="intent" value="amend" />
                      <label>
                        {t('proposal.amendSummary')}
                        <input name="summary" required minLength={3} />
                      </label>
                      <label>
                        {t('proposal.body')}
                        <textarea name="body" defaultValue={proposal.body} />
                      </label>
                      <button type="submit">{t('proposal.amend')}</button>
                    </Form>
                  </details>
                </>
              )}
            </>
          )}
        </section>
      )}

      {proposal.state === 'VOTING' && (
        <section>
          <h2>{t('proposal.vote')}</h2>
          {proposal.participation && (
            <p data-testid="participation">
              {fill(t('proposal.participation'), {
                cast: proposal.participation.ballotsCast,
                electorate: proposal.participation.electorate,
              })}
            </p>
          )}
          {proposal.votingClosesAt && (
            <p>{fill(t('proposal.closesAt'), { date: formatDate(locale, proposal.votingClosesAt) })}</p>
          )}
          {proposal.myReceipt && (
            <p>
              {fill(t('proposal.changeVote'), { date: formatDate(locale, proposal.votingClosesAt ?? '') })}{' '}
              {t('proposal.receipt')}: <code data-testid="my-receipt">{proposal.myReceipt}</code>
            </p>
          )}
          {viewerId && <VoteForm proposal={proposal} />}
        </section>
      )}

      {proposal.result && (
        <section data-testid="result">
          <h2>{t('proposal.result')}</h2>
          <p>
            <strong>{t(`outcome.${proposal.result.outcome}`)}</strong> — {t(`reason.${proposal.result.reason}`)}
          </p>
          <p>
            {fill(t('proposal.quorum'), {
              cast: proposal.result.ballotsCast,
              electorate: proposal.result.electorate,
              needed: proposal.result.quorumNeeded,
              abstentions: proposal.result.abstentions,
            })}
          </p>
          <table>
            <tbody>
              {proposal.result.totals.map((total) => (
                <tr key={total.key}>
                  <th scope="row">{proposal.pollType === 'CONSENT' ? t(`consent.${total.key}`) : total.label}</th>
                  <td>{total.ballots}</td>
                  <td>{total.percent} %</td>
                </tr>
              ))}
            </tbody>
          </table>
          {proposal.result.blockReasons.length > 0 && (
            <>
              <h3>{t('proposal.blockReasons')}</h3>
              <ul>
                {proposal.result.blockReasons.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
            </>
          )}
          {proposal.result.rounds.length > 0 && (
            <>
              <h3>{t('proposal.rounds')}</h3>
              <table data-testid="rounds">
                <thead>
                  <tr>
                    <th scope="col">{t('proposal.rounds')}</th>
                    {proposal.options.map((option) => (
                      <th scope="col" key={option.id}>
                        {option.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {proposal.result.rounds.map((round, index) => (
                    <tr key={index}>
                      <th scope="row">{fill(t('proposal.round'), { number: index + 1 })}</th>
                      {proposal.options.map((option) => {
                        const total = round.totals.find((entry) => entry.key === option.id);
                        return (
                          <td key={option.id}>
                            {total ? `${total.percent} %` : '—'}
                            {round.eliminated === option.id ? ` (${t('proposal.eliminated')})` : ''}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <h3>{t('proposal.weights')}</h3>
          <ul>
            {proposal.result.weights
              .filter((weight) => weight.voters > 0)
              .map((weight) => (
                <li key={weight.memberClass}>
                  {t(`memberClass.${weight.memberClass}`)}: {weight.voters} × {weight.ballotWeight}
                </li>
              ))}
          </ul>
          {proposal.myReceipt && (
            <p data-testid="receipt-after-close">
              {fill(t('proposal.receiptCounted'), { receipt: proposal.myReceipt })}{' '}
              <a href={`/governance/proposals/${proposal.id}/ballots.json`}>{t('proposal.ballots')}</a>
            </p>
          )}
        </section>
      )}

      {proposal.tasks.length > 0 && (
        <section>
          <h2>{t('proposal.tasks')}</h2>
          <ul>
            {proposal.tasks.map((task) => (
              <li key={task.id}>
                {task.doneAt ? '✓ ' : ''}
                {task.title} ({task.dueOn})
              </li>
            ))}
          </ul>
        </section>
      )}
      {proposal.reviews.length > 0 && (
        <section>
          <h2>{t('proposal.reviews')}</h2>
          {proposal.reviews.map((review) => (
            <blockquote key={review.id}>
              <p>+ {review.whatWorked}</p>
              <p>− {review.whatDidNot}</p>
            </blockquote>
          ))}
        </section>
      )}
    </article>
  );
}

type Proposal = Route.ComponentProps['loaderData']['proposal'];

function VoteForm({ proposal }: { proposal: Proposal }) {
  const t = useT();
  const optionIds = proposal.options.map((option) => option.id);
  return (
    <Form method="post" className="form" data-testid="vote-form">
      <input type="hidden" name="intent" value="vote" />
      <input type="hidden" name="pollType" value={proposal.pollType} />
      <input type="hidden" name="optionIds" value={optionIds.join(',')} />
      {proposal.pollType === 'CONSENT' && (
        <fieldset>
          <legend>{t('proposal.vote')}</legend>
          {CONSENT.map((choice) => (
            <label key={choice}>
              <input type="radio" name="consent" value={choice} required /> {t(`consent.${choice}`)}
            </label>
          ))}
          <label>
            {t('consent.reason')}
            <textarea name="reason" />
          </label>
        </fieldset>
      )}
      {proposal.pollType === 'SINGLE_CHOICE' && (
        <fieldset>
          <legend>{t('proposal.vote')}</legend>
          {proposal.options.map((option) => (
            <label key={option.id}>
              <input type="radio" name="option" value={option.id} /> {option.label}
            </label>
          ))}
        </fieldset>
      )}
      {proposal.pollType === 'RANKED_CHOICE' && (
        <fieldset>
          <legend>{t('proposal.vote')}</legend>
          {proposal.options.map((_, index) => (
            <label key={index}>
              {fill(t('vote.rank'), { position: index + 1 })}
              <select name={`rank.${index}`} defaultValue="">
                <option value="">—</option>
                {proposal.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {proposal.pollType === 'SCORE' && (
        <fieldset>
          <legend>{t('proposal.vote')}</legend>
          {proposal.options.map((option) => (
            <label key={option.id}>
              {fill(t('vote.score'), { option: option.label })}
              <input type="number" name={`score.${option.id}`} min={0} max={5} defaultValue={0} />
            </label>
          ))}
        </fieldset>
      )}
      {proposal.pollType !== 'CONSENT' && (
        <label>
          <input type="checkbox" name="abstain" value="yes" /> {t('vote.abstain')}
        </label>
      )}
      <button type="submit">{t('proposal.castVote')}</button>
    </Form>
  );
}
