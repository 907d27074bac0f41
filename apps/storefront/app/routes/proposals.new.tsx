import { Form, redirect } from 'react-router';
import type { Route } from './+types/proposals.new';
import { CoopAlert } from '../components/coop';
import { graphql } from '../graphql';
import type { PollType, ProposalKind } from '../graphql/graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';

const Parameters = graphql(`
  query ProposalParameters {
    policyParameters {
      key
      type
      value
      description
    }
  }
`);

const CreateProposal = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
    }
  }
`);

const KINDS = ['GENERAL', 'POLICY_CHANGE', 'BYLAW_CHANGE'] as const satisfies readonly ProposalKind[];
const POLLS = ['CONSENT', 'SINGLE_CHOICE', 'RANKED_CHOICE', 'SCORE'] as const satisfies readonly PollType[];
const CHANGE_ROWS = [0, 1, 2];

export const meta = pageTitle('proposal.new.title');

export async function loader({ request }: Route.LoaderArgs) {
  await requireToken(request);
  return { parameters: (await api.request(Parameters, {})).policyParameters };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const policyChanges = CHANGE_ROWS.map((row) => ({
    key: text(form, `change.${row}.key`),
    value: text(form, `change.${row}.value`),
  })).filter((change) => change.key && change.value);
  const options = text(form, 'options')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  try {
    const input = {
      kind: text(form, 'kind') as ProposalKind,
      title: text(form, 'title'),
      problemStatement: text(form, 'problemStatement'),
      body: text(form, 'body'),
      pollType: text(form, 'pollType') as PollType,
      options,
      policyChanges,
    };
    const { createProposal } = await api.request(CreateProposal, { input }, { token });
    return redirect(`/proposals/${createProposal.id}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function NewProposalPage({ loaderData: { parameters }, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? {};
  return (
    <section className="page">
      <h1>{t('proposal.new.title')}</h1>
      <Form method="post" className="form">
        <CoopAlert state={actionData ?? undefined} />
        <label>
          {t('proposal.kind')}
          <select name="kind" defaultValue={values.kind}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`proposalKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('proposal.titleField')}
          <input name="title" required minLength={3} maxLength={200} defaultValue={values.title} />
        </label>
        <label>
          {t('proposal.problem')}
          <textarea
            name="problemStatement"
            required
            minLength={10}
            defaultValue={values.problemStatement}
            aria-describedby="problem-hint"
          />
        </label>
        <p id="problem-hint" className="hint">
          {t('proposal.problemHint')}
        </p>
        <label>
          {t('proposal.body')}
          <textarea name="body" defaultValue={values.body} />
        </label>
        <label>
          {t('proposal.pollType')}
          <select name="pollType" defaultValue={values.pollType}>
            {POLLS.map((poll) => (
              <option key={poll} value={poll}>
                {t(`poll.${poll}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('proposal.options')}
          <textarea name="options" defaultValue={values.options} />
        </label>
        <fieldset>
          <legend>{t('proposal.changes')}</legend>
          {CHANGE_ROWS.map((row) => (
            <div key={row} className="change-row">
              <label>
                {t('proposal.parameter')}
                <select name={`change.${row}.key`} defaultValue={values[`change.${row}.key`] ?? ''}>
                  <option value="">—</option>
                  {parameters.map((parameter) => (
                    <option key={parameter.key} value={parameter.key}>
                      {parameter.key} ({parameter.value}) — {parameter.description}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('proposal.newValue')}
                <input name={`change.${row}.value`} defaultValue={values[`change.${row}.value`]} />
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t('proposal.create')}</button>
      </Form>
    </section>
  );
}
