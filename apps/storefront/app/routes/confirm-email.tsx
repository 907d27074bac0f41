import { Form, Link } from 'react-router';
import type { Route } from './+types/confirm-email';
import { graphql } from '../graphql';
import { errorMessageKey, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { getToken, requireToken } from '../lib/session.server';

const ConfirmEmail = graphql(`
  mutation ConfirmEmail($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) {
      id
    }
  }
`);

const ResendEmailConfirmation = graphql(`
  mutation ResendEmailConfirmation {
    resendEmailConfirmation
  }
`);

export const meta = pageTitle('confirm.title');

/** Opening the mailed link confirms the address (the token is single-use, so a second visit says so). */
export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const loggedIn = (await getToken(request)) !== null;
  try {
    await api.request(ConfirmEmail, { input: { token } });
    return { confirmed: true, failure: null, loggedIn };
  } catch (error) {
    if (!(error instanceof api.ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return { confirmed: false, failure: { code: error.code, message: '' }, loggedIn };
  }
}

export async function action({ request }: Route.ActionArgs) {
  await api.request(ResendEmailConfirmation, {}, { token: await requireToken(request) });
  return { resent: true };
}

export default function ConfirmEmailPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page narrow">
      <h1>{t('confirm.title')}</h1>
      {loaderData.confirmed ? (
        <p className="notice" role="status">
          {t('confirm.done')} <Link to="/">{t('nav.home')}</Link>
        </p>
      ) : (
        <>
          <p className="form-alert" role="alert">
            {t('confirm.failed')} {loaderData.failure!.message || t(errorMessageKey(loaderData.failure!.code))}
          </p>
          {actionData?.resent ? (
            <p role="status">{t('confirm.resent')}</p>
          ) : (
            loaderData.loggedIn && (
              <Form method="post">
                <button type="submit">{t('confirm.resend')}</button>
              </Form>
            )
          )}
        </>
      )}
    </section>
  );
}
