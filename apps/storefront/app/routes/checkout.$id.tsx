import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/checkout.$id';
import { SellerTerms } from '../components/orders';
import { StripePayment } from '../components/stripe-payment';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const CheckoutPage = graphql(`
  query CheckoutPage($id: ID!, $locale: String!) {
    paymentConfig {
      provider
      publishableKey
    }
    myCheckout(id: $id) {
      id
      state
      expiresAt
      clientSecret
      paymentError
      total {
        formatted(locale: $locale)
      }
      orders {
        id
        number
        state
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
  mutation PayOffline($checkoutId: ID!) {
    payCheckoutOffline(checkoutId: $checkoutId) {
      state
    }
  }
`);

export const meta = pageTitle('checkout.title');

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const result = await api.requestOr404(CheckoutPage, { id: params.id, locale }, { token });
  return { locale, ...result };
}

/** The test-mode form: no payment provider is configured, so "paying" confirms the offline payment. */
export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  await api.request(PayOffline, { checkoutId: params.id }, { token });
  return redirect(`/checkout/${params.id}`);
}

export default function CheckoutView({ loaderData: { locale, paymentConfig, myCheckout: checkout } }: Route.ComponentProps) {
  const t = useT();
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', dateStyle: 'medium' });
  const stripe = paymentConfig.provider === 'STRIPE' && paymentConfig.publishableKey && checkout.clientSecret;
  return (
    <section className="page checkout">
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
      <h2>{t('checkout.ordersIntro')}</h2>
      <ul className="checkout-orders">
        {checkout.orders.map((order) => (
          <li key={order.id} data-testid="checkout-order">
            <h3>
              <Link to={`/orders/${order.id}`}>
                {t('order.number')} {order.number}
              </Link>{' '}
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
