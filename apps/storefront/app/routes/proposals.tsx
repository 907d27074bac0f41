import { Link } from 'react-router';
import type { Route } from './+types/proposals';
import { graphql } from '../graphql';
import type { ProposalState } from '../graphql/graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { getToken } from '../lib/session.server';

const Proposals = graphql(`
  query Proposals($states: [ProposalState!]) {
    proposals(states: $states) {
      id
      number
      title
      kind
      state
      outcome
      votingClosesAt
      author {
        name
      }
    }
  }
`);

const STATES = [
  'DRAFT',
  'DELIBERATION',
  'VOTING',
  'CLOSED',
  'IMPLEMENTING',
  'IMPLEMENTED',
] as const satisfies readonly ProposalState[];

export const meta = pageTitle('proposals.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await getToken(request);
  const state = new URL(request.url).searchParams.get('state');
  const states = STATES.find((candidate) => candidate === state);
  const { proposals } = await api.request(Proposals, { states: states ? [states] : null }, { token });
  return { proposals, state: states ?? null, loggedIn: Boolean(token) };
}

export default function ProposalsPage({ loaderData: { proposals, state, loggedIn } }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('proposals.title')}</h1>
      <nav aria-label={t('proposals.title')}>
        <Link to="/proposals" aria-current={state === null ? 'page' : undefined}>
          {t('proposals.all')}
        </Link>
        {STATES.map((candidate) => (
          <span key={candidate}>
            {' · '}
            <Link to={`/proposals?state=${candidate}`} aria-current={state === candidate ? 'page' : undefined}>
              {t(`proposalState.${candidate}`)}
            </Link>
          </span>
        ))}
      </nav>
      {loggedIn && (
        <p>
          <Link to="/proposals/new">{t('proposals.new')}</Link>
        </p>
      )}
      {proposals.length === 0 ? (
        <p>{t('proposals.none')}</p>
      ) : (
        <ul data-testid="proposal-list">
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <Link to={`/proposals/${proposal.id}`}>
                #{proposal.number} {proposal.title}
              </Link>{' '}
              — {t(`proposalKind.${proposal.kind}`)}, {t(`proposalState.${proposal.state}`)}
              {proposal.outcome ? ` (${t(`outcome.${proposal.outcome}`)})` : ''} · {proposal.author.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
