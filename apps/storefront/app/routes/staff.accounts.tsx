import { Form, useSearchParams } from 'react-router';
import type { Route } from './+types/staff.accounts';
import { FormAlert, TextField } from '../components/form';
import { StaffNav } from '../components/staff-nav';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { requireStaff } from '../lib/staff.server';

const StaffAccounts = graphql(`
  query StaffAccounts($search: String) {
    staffAccounts(search: $search, first: 50) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          platformRole
          emailConfirmedAt
          suspendedAt
          suspendedReason
        }
      }
    }
  }
`);

const SuspendAccount = graphql(`
  mutation StaffSuspendAccount($id: ID!, $input: StaffReasonInput!) {
    suspendAccount(id: $id, input: $input) {
      id
      displayName
    }
  }
`);

const ReinstateAccount = graphql(`
  mutation StaffReinstateAccount($id: ID!) {
    reinstateAccount(id: $id) {
      id
      displayName
    }
  }
`);

export const meta = pageTitle('staff.accounts.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireStaff(request);
  const search = new URL(request.url).searchParams.get('search') || null;
  const { staffAccounts } = await api.request(StaffAccounts, { search }, { token });
  return { total: staffAccounts.totalCount, accounts: staffAccounts.edges.map((edge) => edge.node) };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireStaff(request);
  const form = await request.formData();
  const id = text(form, 'id');
  try {
    if (form.get('intent') === 'reinstate') {
      const { reinstateAccount } = await api.request(ReinstateAccount, { id }, { token });
      return { done: 'staff.accounts.reinstatedDone' as const, name: reinstateAccount.displayName, id };
    }
    const { suspendAccount } = await api.request(SuspendAccount, { id, input: { reason: text(form, 'reason') } }, { token });
    return { done: 'staff.accounts.suspendedDone' as const, name: suspendAccount.displayName, id };
  } catch (error) {
    return { ...formFailure(error, form).data, id };
  }
}

export default function StaffAccountsPage({ loaderData: { total, accounts }, actionData }: Route.ComponentProps) {
  const t = useT();
  const [searchParams] = useSearchParams();
  return (
    <section className="page">
      <h1>{t('staff.accounts.title')}</h1>
      <StaffNav />
      {actionData && 'done' in actionData && actionData.done && (
        <p className="notice" role="status">
          {fill(t(actionData.done), { name: actionData.name ?? '' })}
        </p>
      )}
      <Form method="get" className="search-form" role="search">
        <label htmlFor="account-search">{t('staff.accounts.search')}</label>
        <input id="account-search" name="search" type="search" defaultValue={searchParams.get('search') ?? ''} />
        <button type="submit">{t('staff.accounts.searchSubmit')}</button>
      </Form>
      <p>
        {total} {t('staff.accounts.found')}
      </p>
      {accounts.length === 0 && <p>{t('staff.accounts.empty')}</p>}
      <ul className="console-list">
        {accounts.map((account) => {
          const failure = actionData && 'code' in actionData && actionData.id === account.id ? actionData : undefined;
          return (
            <li key={account.id} className="card" data-testid="account-entry">
              <h2>{account.displayName}</h2>
              <p className="break-anywhere">{account.email}</p>
              <p>
                {t(`role.${account.platformRole}`)} ·{' '}
                {t(account.emailConfirmedAt ? 'staff.accounts.confirmed' : 'staff.accounts.unconfirmed')} ·{' '}
                <strong>{t(account.suspendedAt ? 'staff.accounts.suspended' : 'staff.accounts.active')}</strong>
                {account.suspendedReason && <> ({account.suspendedReason})</>}
              </p>
              {account.platformRole !== 'STAFF' &&
                (account.suspendedAt ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={account.id} />
                    <button type="submit" name="intent" value="reinstate">
                      {t('staff.accounts.reinstate')}
                    </button>
                  </Form>
                ) : (
                  <Form method="post" className="form inline-form">
                    <FormAlert state={failure} />
                    <input type="hidden" name="id" value={account.id} />
                    <TextField name="reason" label={t('staff.accounts.reason')} state={failure} idPrefix={account.id} />
                    <button type="submit" name="intent" value="suspend" className="secondary">
                      {t('staff.accounts.suspend')}
                    </button>
                  </Form>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
