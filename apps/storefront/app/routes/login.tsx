import { Form, Link, redirect, useSearchParams } from 'react-router';
import type { Route } from './+types/login';
import { FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { mergeGuestCart } from '../lib/cart.server';
import { claimGuestCheckout } from '../lib/guest-checkout.server';
import { formFailure, text } from '../lib/forms.server';
import { commitSession, safeRedirectPath } from '../lib/session.server';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`);

export const meta = pageTitle('login.title');

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  try {
    const { login } = await api.request(Login, {
      input: { email: text(form, 'email'), password: String(form.get('password') ?? '') },
    });
    const headers = new Headers({ 'Set-Cookie': await commitSession(request, login.token, login.expiresAt) });
    // A guest's cart comes along into the account.
    const forgetGuestCart = await mergeGuestCart(request, login.token);
    if (forgetGuestCart) headers.append('Set-Cookie', forgetGuestCart);
    // So does an order placed here as a guest with this account's e-mail address.
    const forgetGuestCheckout = await claimGuestCheckout(request, login.token);
    if (forgetGuestCheckout) headers.append('Set-Cookie', forgetGuestCheckout);
    return redirect(safeRedirectPath(form.get('next')), { headers });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function LoginPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  return (
    <section className="page narrow">
      <h1>{t('login.title')}</h1>
      {searchParams.get('reset') === 'done' && (
        <p className="notice" role="status">
          {t('login.passwordChanged')}
        </p>
      )}
      <Form method="post" className="form">
        <FormAlert state={actionData} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField name="email" type="email" autoComplete="email" label={t('field.email')} state={actionData} />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('field.password')}
          state={actionData}
        />
        <button type="submit">{t('login.submit')}</button>
      </Form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to={{ pathname: '/register', search: searchParams.toString() }}>{t('nav.register')}</Link>
      </p>
    </section>
  );
}
