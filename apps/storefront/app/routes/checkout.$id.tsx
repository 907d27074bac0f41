import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/checkout.$id';
import { AddressBlock } from '../components/address';
import { CheckoutSteps } from '../components/checkout-steps';
import { SellerTerms } from '../components/orders';
import { StripePayment } from '../components/stripe-payment';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { guestTokenFor } from '../lib/guest-checkout.server';
import { getToken, requireToken } from '../lib/session.server';

const CheckoutPage = graphql(`
  query CheckoutPage($id: ID!, $accessToken: String, $locale: String!) {
    paymentConfig {
      provider
      publishableKey
    }
    me {
      id
    }
    myCheckout(id: $id, accessToken: $accessToken) {
      id
      state
      expiresAt
      clientSecret
      paymentError
      total {
        formatted(locale: $locale)
      }
      accessToken
      orders {
        id
        number
        state
        buyerName
        shippingMethod
        deliveryAddress {
          name
          street
          postalCode
          city
          country
          phone
        }
        seller {
          name
          terms
          withdrawalPolicy
        }
        itemsTotal {
          formatted(locale: $locale)
        }
        shipping {
          formatted(locale: $locale)
        }
        total {
          formatted(locale: $locale)
        }
        lines {
          id
          title
          quantity
          gross {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
`);

const PayOffline = graphql(`
  mutation PayOffline($checkoutId: ID!, $accessToken: String) {
    payCheckoutOffline(checkoutId: $checkoutId, accessToken: $accessToken) {
      state
    }
  }
`);

export const meta = pageTitle('checkout.title');

/** The buyer's checkout, or a guest's placed in this browser (its access token is in the guest-checkout cookie). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await getToken(request);
  const accessToken = await guestTokenFor(request, params.id);
  if (!token && !accessToken) await requireToken(request);
  const { locale } = await detectLocale(request);
  const result = await api.requestOr404(CheckoutPage, { id: params.id, accessToken, locale }, { token });
  return { locale, ...result };
}

/** The test-mode form: no payment provider is configured, so "paying" confirms the offline payment. */
export async function action({ request, params }: Route.ActionArgs) {
  const token = await getToken(request);
  const accessToken = await guestTokenFor(request, params.id);
  await api.request(PayOffline, { checkoutId: params.id, accessToken }, { token });
  return redirect(`/checkout/${params.id}`);
}

export default function CheckoutView({ loaderData: { locale, paymentConfig, me, myCheckout: checkout } }: Route.ComponentProps) {
  const t = useT();
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', dateStyle: 'medium' });
  const stripe = paymentConfig.provider === 'STRIPE' && paymentConfig.publishableKey && checkout.clientSecret;
  return (
    <section className="page checkout">
      {checkout.state === 'PENDING_PAYMENT' && <CheckoutSteps current="pay" />}
      <h1>{t(checkout.state === 'PAID' ? 'checkout.thanks' : 'checkout.title')}</h1>
      <p data-testid="checkout-state">{t(`checkout.state.${checkout.state}`)}</p>
      <p>
        {t('cart.total')}: <strong data-testid="checkout-total">{checkout.total.formatted}</strong>
      </p>
      {checkout.state === 'PENDING_PAYMENT' && (
        <section aria-labelledby="pay-title">
          <h2 id="pay-title">{t('checkout.pay')}</h2>
          <p className="hint">
            {t('checkout.expiresAt')} {time.format(new Date(checkout.expiresAt))}
          </p>
          {checkout.paymentError && (
            <p className="form-alert" role="alert">
              {checkout.paymentError}
            </p>
          )}
          {stripe ? (
            <StripePayment publishableKey={paymentConfig.publishableKey!} clientSecret={checkout.clientSecret!} />
          ) : (
            <Form method="post" className="form test-mode" data-testid="offline-payment">
              <p className="notice">{t('checkout.testMode')}</p>
              <button type="submit">{t('checkout.payTest')}</button>
            </Form>
          )}
        </section>
      )}
      {checkout.state === 'PAID' && !me && checkout.accessToken && (
        <p className="notice" data-testid="claim-hint">
          {t('checkout.claimHint')} <Link to="/register">{t('checkout.claimLink')}</Link>
        </p>
      )}
      {checkout.orders[0]?.deliveryAddress && (
        <section aria-labelledby="delivery-title">
          <h2 id="delivery-title">{t('checkout.deliveryAddress')}</h2>
          <AddressBlock address={checkout.orders[0].deliveryAddress} />
        </section>
      )}
      <h2>{t('checkout.ordersIntro')}</h2>
      <ul className="checkout-orders">
        {checkout.orders.map((order) => (
          <li key={order.id} data-testid="checkout-order">
            <h3>
              {me ? (
                <Link to={`/orders/${order.id}`}>
                  {t('order.number')} {order.number}
                </Link>
              ) : (
                <span>
                  {t('order.number')} {order.number}
                </span>
              )}{' '}
              · {order.seller.name} · {t(`order.state.${order.state}`)}
            </h3>
            <ul>
              {order.lines.map((line) => (
                <li key={line.id}>
                  {line.quantity} × {line.title} — {line.gross.formatted}
                </li>
              ))}
            </ul>
            <p>
              {t('cart.shipping')}: {order.shipping.formatted} · {t('cart.subtotal')}: <strong>{order.total.formatted}</strong>
            </p>
            <SellerTerms seller={order.seller} />
          </li>
        ))}
      </ul>
    </section>
  );
}
