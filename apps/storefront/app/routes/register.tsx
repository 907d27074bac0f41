import { Form, Link, redirect, useSearchParams } from 'react-router';
import type { Route } from './+types/register';
import { FormAlert, type FormState, TextField } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { mergeGuestCart } from '../lib/cart.server';
import { claimGuestCheckout } from '../lib/guest-checkout.server';
import { formFailure, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
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
      acceptTerms: form.get('acceptTerms') === '1',
      // Mail comes in the language the person registered in.
      locale: (await detectLocale(request)).locale,
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
        <ConsentField state={actionData} />
        <button type="submit">{t('register.submit')}</button>
      </Form>
      <p>
        {t('register.haveAccount')} <Link to={{ pathname: '/login', search: searchParams.toString() }}>{t('nav.login')}</Link>
      </p>
    </section>
  );
}

/** Consent to the terms and the privacy policy, with both a click away (opened beside the form, so nothing typed is lost). */
function ConsentField({ state }: { state: FormState | undefined }) {
  const t = useT();
  const errors = state?.fields.acceptTerms ?? [];
  return (
    <div className="field check">
      <input
        id="field-acceptTerms"
        name="acceptTerms"
        type="checkbox"
        value="1"
        required
        defaultChecked={state?.values.acceptTerms === '1'}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? 'field-acceptTerms-error' : undefined}
      />
      <label htmlFor="field-acceptTerms">
        {t('register.consentBefore')}{' '}
        <Link to="/legal/terms" target="_blank">
          {t('register.consentTerms')}
        </Link>{' '}
        {t('register.consentMiddle')}{' '}
        <Link to="/legal/privacy" target="_blank">
          {t('register.consentPrivacy')}
        </Link>
        {t('register.consentAfter') === '.' ? '.' : ` ${t('register.consentAfter')}`}
      </label>
      {errors.length > 0 && (
        <p className="field-error" id="field-acceptTerms-error">
          {errors.join('; ')}
        </p>
      )}
    </div>
  );
}
