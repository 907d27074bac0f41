import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/checkout.address';
import { AddressBlock, AddressFields } from '../components/address';
import { CheckoutSteps } from '../components/checkout-steps';
import { CheckField, FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { addressFailure, addressFromForm } from '../lib/address.server';
import { checkoutState } from '../lib/checkout.server';
import { text } from '../lib/forms.server';
import { getCartToken } from '../lib/cart.server';
import { detectLocale } from '../lib/locale.server';
import { getToken } from '../lib/session.server';

const MyAddresses = graphql(`
  query CheckoutAddresses {
    myAddresses {
      id
      name
      street
      postalCode
      city
      country
      phone
      isDefault
    }
  }
`);

const SetDeliveryAddress = graphql(`
  mutation SetDeliveryAddress(
    $cartToken: String
    $addressId: ID
    $address: PostalAddressInput
    $email: String
    $locale: String
    $saveToAddressBook: Boolean
  ) {
    setDeliveryAddress(
      cartToken: $cartToken
      addressId: $addressId
      address: $address
      email: $email
      locale: $locale
      saveToAddressBook: $saveToAddressBook
    ) {
      itemCount
    }
  }
`);

/** Marks that the cart's address was typed in, not taken from the address book. */
const NEW = 'new';

export const meta = pageTitle('steps.address');

export async function loader({ request }: Route.LoaderArgs) {
  const state = await checkoutState(request);
  const addresses = state.token ? (await api.request(MyAddresses, {}, { token: state.token })).myAddresses : [];
  return { ...state, addresses };
}

export async function action({ request }: Route.ActionArgs) {
  const { locale } = await detectLocale(request);
  const token = await getToken(request);
  const cartToken = token ? null : await getCartToken(request);
  const form = await request.formData();
  const chosen = text(form, 'addressId');
  try {
    await api.request(
      SetDeliveryAddress,
      chosen
        ? { cartToken, addressId: chosen }
        : {
            cartToken,
            address: addressFromForm(form),
            email: token ? null : text(form, 'email'),
            // A guest's order mails are written in the language the guest shops in.
            locale: token ? null : locale,
            saveToAddressBook: text(form, 'saveToAddressBook') === '1',
          },
      { token },
    );
  } catch (error) {
    // The API names nested fields address.<field>; the form's controls are the bare field names.
    return addressFailure(error, form, locale, (path) => path.replace(/^address\./, ''));
  }
  return redirect('/checkout/shipping');
}

export default function CheckoutAddress({ loaderData: { cart, me, addresses, countries }, actionData }: Route.ComponentProps) {
  const t = useT();
  const state = actionData ?? undefined;
  const current = cart.deliveryAddress;
  const preselected =
    state?.values.addressId ??
    addresses.find((a) => current && a.street === current.street && a.postalCode === current.postalCode)?.id ??
    (current ? NEW : (addresses.find((a) => a.isDefault)?.id ?? NEW));
  return (
    <section className="page checkout-step">
      <CheckoutSteps current="address" />
      <h1>{t('steps.address')}</h1>
      {!me && (
        <p>
          {t('checkout.guestIntro')} <Link to="/login?next=/checkout/address">{t('checkout.loginInstead')}</Link>
        </p>
      )}
      <FormAlert state={state} />
      {addresses.length > 0 && (
        <Form method="post" className="form narrow-form">
          <fieldset>
            <legend>{t('checkout.chooseAddress')}</legend>
            {addresses.map((address) => (
              <div key={address.id} className="field check choice">
                <input
                  id={`address-${address.id}`}
                  type="radio"
                  name="addressId"
                  value={address.id}
                  defaultChecked={preselected === address.id}
                  required
                />
                <label htmlFor={`address-${address.id}`}>
                  <AddressBlock address={address} />
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t('checkout.deliverHere')}</button>
        </Form>
      )}
      <Form method="post" className="form narrow-form">
        <h2>{t(addresses.length ? 'checkout.newAddress' : 'checkout.deliveryAddress')}</h2>
        {!me && (
          <TextField
            name="email"
            type="email"
            autoComplete="email"
            label={t('checkout.email')}
            hint={t('checkout.emailHint')}
            state={state ?? { code: '', message: '', fields: {}, values: { email: cart.contactEmail ?? '' } }}
          />
        )}
        <AddressFields state={state} countries={countries} values={preselected === NEW ? current : null} />
        {me && <CheckField name="saveToAddressBook" label={t('checkout.saveAddress')} state={state} />}
        <p className="hint">{t('checkout.addressForPickup')}</p>
        <button type="submit">{t('checkout.toShipping')}</button>
      </Form>
    </section>
  );
}
