import { Form, Link, redirect, useSearchParams } from 'react-router';
import type { Route } from './+types/reset-password';
import { FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';

const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const meta = pageTitle('reset.title');

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  try {
    await api.request(ResetPassword, { input: { token: text(form, 'token'), password: String(form.get('password') ?? '') } });
    return redirect('/login?reset=done');
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function ResetPasswordPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const linkFailed = actionData?.code.startsWith('TOKEN_');
  return (
    <section className="page narrow">
      <h1>{t('reset.title')}</h1>
      {token ? (
        <Form method="post" className="form">
          <FormAlert state={actionData} />
          <input type="hidden" name="token" value={token} />
          <TextField
            name="password"
            type="password"
            autoComplete="new-password"
            label={t('field.newPassword')}
            hint={t('field.passwordHint')}
            state={actionData}
          />
          <button type="submit">{t('reset.submit')}</button>
        </Form>
      ) : (
        <p>{t('reset.noToken')}</p>
      )}
      {(!token || linkFailed) && (
        <p>
          <Link to="/forgot-password">{t('reset.askAgain')}</Link>
        </p>
      )}
    </section>
  );
}
