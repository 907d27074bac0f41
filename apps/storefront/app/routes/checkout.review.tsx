import { randomUUID } from 'node:crypto';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/checkout.review';
import { AddressBlock } from '../components/address';
import { cartBlocked, CheckoutSteps } from '../components/checkout-steps';
import { FormAlert } from '../components/form';
import { graphql } from '../graphql';
import { errorMessageKey, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { getCartToken } from '../lib/cart.server';
import { checkoutState } from '../lib/checkout.server';
import { formFailure, text } from '../lib/forms.server';
import { commitGuestCheckout } from '../lib/guest-checkout.server';
import { getToken } from '../lib/session.server';

const Checkout = graphql(`
  mutation Checkout($idempotencyKey: String!, $cartToken: String) {
    checkout(idempotencyKey: $idempotencyKey, cartToken: $cartToken) {
      id
      accessToken
    }
  }
`);

export const meta = pageTitle('steps.review');

export async function loader({ request }: Route.LoaderArgs) {
  const state = await checkoutState(request);
  if (!state.cart.deliveryAddress) throw redirect('/checkout/address');
  // One key per showing of the review: a double-clicked "Pay" makes one checkout.
  return { ...state, checkoutKey: randomUUID() };
}

/** "Pay": now the stock is reserved and the orders made; then the payment page. */
export async function action({ request }: Route.ActionArgs) {
  const token = await getToken(request);
  const cartToken = token ? null : await getCartToken(request);
  const form = await request.formData();
  try {
    const { checkout } = await api.request(Checkout, { idempotencyKey: text(form, 'idempotencyKey'), cartToken }, { token });
    const headers = new Headers();
    if (checkout.accessToken) {
      headers.append('Set-Cookie', await commitGuestCheckout(request, { id: checkout.id, token: checkout.accessToken }));
    }
    return redirect(`/checkout/${checkout.id}`, { headers });
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function CheckoutReview({ loaderData: { cart, me, checkoutKey }, actionData }: Route.ComponentProps) {
  const t = useT();
  const state = actionData ?? undefined;
  return (
    <section className="page checkout-step">
      <CheckoutSteps current="review" />
      <h1>{t('steps.review')}</h1>
      <FormAlert state={state && { ...state, message: t(`checkout.refused.${state.code}`) }} />
      <section aria-labelledby="review-address">
        <h2 id="review-address">{t('checkout.deliveryAddress')}</h2>
        <AddressBlock address={cart.deliveryAddress!} />
        <p>
          {me ? me.email : cart.contactEmail} · <Link to="/checkout/address">{t('checkout.changeAddress')}</Link>
        </p>
      </section>
      {cart.groups.map((group) => (
        <section
          key={group.sellerId}
          className="cart-seller"
          data-testid="review-seller"
          aria-labelledby={`review-${group.sellerId}`}
        >
          <h2 id={`review-${group.sellerId}`}>
            <span className="hint">{t('cart.soldBy')}</span> {group.sellerName}
          </h2>
          <ul className="plain-list">
            {group.lines.map((line) => (
              <li key={line.product.id}>
                {line.quantity} × {line.product.title} — {line.lineTotal.formatted}
                {line.problem && <span className="form-alert"> {t(errorMessageKey(line.problem))}</span>}
              </li>
            ))}
          </ul>
          <dl className="totals">
            <div>
              <dt>
                {t('cart.shipping')} ({group.shippingMethod ? t(`checkout.method.${group.shippingMethod}`) : '—'})
              </dt>
              <dd>{group.shipping?.formatted ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('cart.subtotal')}</dt>
              <dd data-testid="review-subtotal">{group.total.formatted}</dd>
            </div>
          </dl>
        </section>
      ))}
      <dl className="totals grand-total">
        <div>
          <dt>{t('cart.items')}</dt>
          <dd>{cart.itemsTotal?.formatted}</dd>
        </div>
        <div>
          <dt>{t('cart.shipping')}</dt>
          <dd>{cart.shippingTotal?.formatted}</dd>
        </div>
        <div>
          <dt>{t('cart.total')}</dt>
          <dd data-testid="review-total">{cart.total?.formatted}</dd>
        </div>
      </dl>
      <p className="hint">{t('checkout.reserveHint')}</p>
      <p>
        <Link to="/checkout/shipping">{t('checkout.changeShipping')}</Link>
      </p>
      <Form method="post">
        <input type="hidden" name="idempotencyKey" value={checkoutKey} />
        <button type="submit" disabled={cartBlocked(cart)}>
          {t('checkout.placeOrder')}
        </button>
      </Form>
    </section>
  );
}
