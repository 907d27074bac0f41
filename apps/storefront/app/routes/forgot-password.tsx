import { Form, Link } from 'react-router';
import type { Route } from './+types/forgot-password';
import { FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const meta = pageTitle('forgot.title');

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  try {
    await api.request(RequestPasswordReset, { input: { email: text(form, 'email') } });
    return { sent: true as const };
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function ForgotPasswordPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && 'code' in actionData ? actionData : undefined;
  return (
    <section className="page narrow">
      <h1>{t('forgot.title')}</h1>
      {actionData && 'sent' in actionData ? (
        <p className="notice" role="status" data-testid="reset-sent">
          {t('forgot.sent')}
        </p>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <Form method="post" className="form">
            <FormAlert state={failure} />
            <TextField name="email" type="email" autoComplete="email" label={t('field.email')} state={failure} />
            <button type="submit">{t('forgot.submit')}</button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t('login.title')}</Link>
      </p>
    </section>
  );
}
