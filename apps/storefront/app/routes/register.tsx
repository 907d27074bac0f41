import { Form, Link, redirect, useSearchParams } from 'react-router';
import type { Route } from './+types/register';
import { FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { mergeGuestCart } from '../lib/cart.server';
import { claimGuestCheckout } from '../lib/guest-checkout.server';
import { formFailure, text } from '../lib/forms.server';
import { commitSession, safeRedirectPath } from '../lib/session.server';

const Register = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      token
      expiresAt
    }
  }
`);

export const meta = pageTitle('register.title');

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  try {
    const input = {
      email: text(form, 'email'),
      displayName: text(form, 'displayName'),
      password: String(form.get('password') ?? ''),
    };
    const { register } = await api.request(Register, { input });
    const headers = new Headers({ 'Set-Cookie': await commitSession(request, register.token, register.expiresAt) });
    // A guest's cart comes along into the account.
    const forgetGuestCart = await mergeGuestCart(request, register.token);
    if (forgetGuestCart) headers.append('Set-Cookie', forgetGuestCart);
    // So does an order placed here as a guest with this account's e-mail address.
    const forgetGuestCheckout = await claimGuestCheckout(request, register.token);
    if (forgetGuestCheckout) headers.append('Set-Cookie', forgetGuestCheckout);
    return redirect(safeRedirectPath(form.get('next')), { headers });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function RegisterPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  return (
    <section className="page narrow">
      <h1>{t('register.title')}</h1>
      <Form method="post" className="form">
        <FormAlert state={actionData} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField
          name="displayName"
          autoComplete="name"
          label={t('field.displayName')}
          hint={t('field.displayNameHint')}
          state={actionData}
        />
        <TextField name="email" type="email" autoComplete="email" label={t('field.email')} state={actionData} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('field.password')}
          hint={t('field.passwordHint')}
          state={actionData}
        />
        <button type="submit">{t('register.submit')}</button>
      </Form>
      <p>
        {t('register.haveAccount')} <Link to={{ pathname: '/login', search: searchParams.toString() }}>{t('nav.login')}</Link>
      </p>
    </section>
  );
}
