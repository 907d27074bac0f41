import { Form } from 'react-router';
import type { Route } from './+types/staff.verification';
import { FormAlert, TextField } from '../components/form';
import { StaffNav } from '../components/staff-nav';
import { graphql } from '../graphql';
import { fill, pageTitle, formatWhen, useLocale, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { requireStaff } from '../lib/staff.server';

const VerificationQueue = graphql(`
  query VerificationQueue {
    verificationQueue(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          kind
          legalName
          street
          postalCode
          city
          country
          vatId
          imprint
          createdAt
          missingLegalDetails
          verificationRefusedAt
          verificationRefusalReason
        }
      }
    }
  }
`);

const VerifyOrganisation = graphql(`
  mutation StaffVerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      id
      name
    }
  }
`);

const RefuseVerification = graphql(`
  mutation StaffRefuseVerification($id: ID!, $input: StaffReasonInput!) {
    refuseVerification(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const meta = pageTitle('staff.verification.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireStaff(request);
  const { verificationQueue } = await api.request(VerificationQueue, {}, { token });
  return { queue: verificationQueue.edges.map((edge) => edge.node) };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireStaff(request);
  const form = await request.formData();
  const id = text(form, 'id');
  try {
    if (form.get('intent') === 'verify') {
      const { verifyOrganisation } = await api.request(VerifyOrganisation, { id }, { token });
      return { done: 'staff.verification.verified' as const, name: verifyOrganisation.name, id };
    }
    const { refuseVerification } = await api.request(
      RefuseVerification,
      { id, input: { reason: text(form, 'reason') } },
      { token },
    );
    return { done: 'staff.verification.refused' as const, name: refuseVerification.name, id };
  } catch (error) {
    return { ...formFailure(error, form).data, id };
  }
}

export default function VerificationQueuePage({ loaderData: { queue }, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="page">
      <h1>{t('staff.verification.title')}</h1>
      <StaffNav />
      {actionData && 'done' in actionData && actionData.done && (
        <p className="notice" role="status">
          {fill(t(actionData.done), { name: actionData.name ?? '' })}
        </p>
      )}
      <p>{t('staff.verification.intro')}</p>
      {queue.length === 0 && <p>{t('staff.verification.empty')}</p>}
      <ul className="console-list">
        {queue.map((organisation) => {
          const failure = actionData && 'code' in actionData && actionData.id === organisation.id ? actionData : undefined;
          const address = [
            organisation.street,
            [organisation.postalCode, organisation.city].filter(Boolean).join(' '),
            organisation.country,
          ]
            .filter(Boolean)
            .join(', ');
          const notGiven = t('staff.verification.notGiven');
          return (
            <li key={organisation.id} className="card" data-testid="queue-entry">
              <h2>{organisation.name}</h2>
              <p>
                {t(`kind.${organisation.kind}`)} · {t('staff.verification.registered')}{' '}
                {formatWhen(locale, organisation.createdAt)}
              </p>
              <dl className="details">
                <div>
                  <dt>{t('field.legalName')}</dt>
                  <dd>{organisation.legalName ?? notGiven}</dd>
                </div>
                <div>
                  <dt>{t('field.address')}</dt>
                  <dd>{address || notGiven}</dd>
                </div>
                <div>
                  <dt>{t('field.vatId')}</dt>
                  <dd>{organisation.vatId ?? notGiven}</dd>
                </div>
                <div>
                  <dt>{t('field.imprint')}</dt>
                  <dd className="preformatted">{organisation.imprint ?? notGiven}</dd>
                </div>
              </dl>
              {organisation.missingLegalDetails.length > 0 && (
                <p>
                  {t('organisation.missing')} {organisation.missingLegalDetails.map((field) => t(`field.${field}`)).join(', ')}
                </p>
              )}
              {organisation.verificationRefusalReason && (
                <p className="notice">
                  {t('staff.verification.refusedBefore')} {organisation.verificationRefusalReason}
                </p>
              )}
              <div className="actions">
                <Form method="post">
                  <input type="hidden" name="id" value={organisation.id} />
                  <button type="submit" name="intent" value="verify">
                    {t('staff.verification.verify')}
                  </button>
                </Form>
                <Form method="post" className="form inline-form">
                  <FormAlert state={failure} />
                  <input type="hidden" name="id" value={organisation.id} />
                  <TextField
                    name="reason"
                    label={t('staff.verification.reason')}
                    state={failure}
                    multiline
                    idPrefix={organisation.id}
                  />
                  <button type="submit" name="intent" value="refuse" className="secondary">
                    {t('staff.verification.refuse')}
                  </button>
                </Form>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
