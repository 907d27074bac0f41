import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/checkout.shipping';
import { AddressBlock, useCountryName } from '../components/address';
import { cartBlocked, CheckoutSteps } from '../components/checkout-steps';
import { FormAlert } from '../components/form';
import { graphql } from '../graphql';
import { errorMessageKey, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { getCartToken } from '../lib/cart.server';
import { checkoutState } from '../lib/checkout.server';
import { formFailure } from '../lib/forms.server';
import { getToken } from '../lib/session.server';

const ChooseShipping = graphql(`
  mutation CheckoutChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {
    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {
      itemCount
    }
  }
`);

export const meta = pageTitle('steps.shipping');

export async function loader({ request }: Route.LoaderArgs) {
  const state = await checkoutState(request);
  if (!state.cart.deliveryAddress) throw redirect('/checkout/address');
  return state;
}

/** Takes each seller's choice of delivery or pickup (`method-<sellerId>`), then goes on to the review. */
export async function action({ request }: Route.ActionArgs) {
  const token = await getToken(request);
  const cartToken = token ? null : await getCartToken(request);
  const form = await request.formData();
  try {
    for (const [name, value] of form) {
      if (!name.startsWith('method-')) continue;
      const method = value === 'PICKUP' ? 'PICKUP' : 'DELIVERY';
      await api.request(ChooseShipping, { sellerId: name.slice('method-'.length), method, cartToken }, { token });
    }
  } catch (error) {
    return formFailure(error, form);
  }
  return redirect('/checkout/review');
}

export default function CheckoutShipping({ loaderData: { cart }, actionData }: Route.ComponentProps) {
  const t = useT();
  const country = useCountryName();
  return (
    <section className="page checkout-step">
      <CheckoutSteps current="shipping" />
      <h1>{t('steps.shipping')}</h1>
      <p>
        {t('checkout.shippingTo')} {country(cart.destinationCountry ?? '')}.{' '}
        <Link to="/checkout/address">{t('checkout.changeAddress')}</Link>
      </p>
      <AddressBlock address={cart.deliveryAddress!} />
      <FormAlert state={actionData ?? undefined} />
      <Form method="post" className="form">
        {cart.groups.map((group) => (
          <fieldset key={group.sellerId} data-testid="shipping-seller">
            <legend>
              {t('cart.soldBy')} {group.sellerName}
            </legend>
            <ul className="plain-list">
              {group.lines.map((line) => (
                <li key={line.product.id}>
                  {line.quantity} × {line.product.title}
                  {line.problem && <span className="form-alert"> {t(errorMessageKey(line.problem))}</span>}
                </li>
              ))}
            </ul>
            {(['DELIVERY', 'PICKUP'] as const).map((method) => {
              const quote = method === 'DELIVERY' ? group.delivery : group.pickup;
              if (!quote) return null;
              const id = `method-${group.sellerId}-${method}`;
              return (
                <div key={method} className="field check">
                  <input
                    id={id}
                    type="radio"
                    name={`method-${group.sellerId}`}
                    value={method}
                    defaultChecked={group.shippingMethod === method}
                  />
                  <label htmlFor={id}>
                    {t(`checkout.method.${method}`)} — {quote.amount.formatted}
                    {method === 'DELIVERY' && group.deliveryZone && (
                      <span className="hint">
                        {' '}
                        ({t(`checkout.zone.${group.deliveryZone.length === 2 ? 'COUNTRY' : group.deliveryZone}`)})
                      </span>
                    )}
                  </label>
                </div>
              );
            })}
            {!group.delivery && !group.pickup && <p className="form-alert">{t('checkout.noWay')}</p>}
          </fieldset>
        ))}
        <p>
          {t('cart.shipping')}: <strong data-testid="shipping-total">{cart.shippingTotal?.formatted}</strong>
        </p>
        <button type="submit" disabled={cartBlocked(cart)}>
          {t('checkout.toReview')}
        </button>
      </Form>
    </section>
  );
}
