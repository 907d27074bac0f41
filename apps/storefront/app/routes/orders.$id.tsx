import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/orders.$id';
import { AddressBlock } from '../components/address';
import { type Confirmation, ConfirmPanel, DoneNotice, isConfirmation } from '../components/confirm';
import { FormAlert, type FormState } from '../components/form';
import { SellerTerms, ShipForm } from '../components/orders';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken, safeRedirectPath } from '../lib/session.server';

const OrderPage = graphql(`
  query OrderPage($id: ID!, $locale: String!) {
    me {
      id
    }
    order(id: $id) {
      id
      number
      state
      buyerId
      checkoutId
      createdAt
      carrier
      trackingCode
      cancelReason
      shippingMethod
      buyerName
      deliveryAddress {
        name
        street
        postalCode
        city
        country
        phone
      }
      seller {
        id
        name
        terms
        withdrawalPolicy
      }
      lines {
        id
        title
        quantity
        unitPrice {
          formatted(locale: $locale)
        }
        gross {
          formatted(locale: $locale)
        }
      }
      itemsTotal {
        formatted(locale: $locale)
      }
      shipping {
        formatted(locale: $locale)
      }
      total {
        currency
        formatted(locale: $locale)
      }
      refunded {
        amount
        formatted(locale: $locale)
      }
      refundable {
        amount
        exponent
        formatted(locale: $locale)
      }
      fees {
        platformFee {
          formatted(locale: $locale)
        }
        fairFund {
          formatted(locale: $locale)
        }
        donation {
          amount
          formatted(locale: $locale)
        }
        vat {
          formatted(locale: $locale)
        }
        sellerPayout {
          formatted(locale: $locale)
        }
        payoutAfterRefunds {
          formatted(locale: $locale)
        }
      }
      refunds {
        id
        reason
        note
        amount {
          formatted(locale: $locale)
        }
      }
      rating {
        rating
        comment
      }
    }
  }
`);

const CancelOrder = graphql(`
  mutation CancelOrder($id: ID!, $idempotencyKey: String!) {
    cancelOrder(id: $id, idempotencyKey: $idempotencyKey) {
      state
    }
  }
`);
const ConfirmDelivery = graphql(`
  mutation ConfirmDelivery($id: ID!) {
    confirmDelivery(id: $id) {
      state
    }
  }
`);
const RateSeller = graphql(`
  mutation RateSeller($id: ID!, $rating: SellerRatingValue!, $comment: String!) {
    rateSeller(orderId: $id, rating: $rating, comment: $comment) {
      rating
    }
  }
`);
const MarkShipped = graphql(`
  mutation MarkShipped($id: ID!, $carrier: String, $trackingCode: String) {
    markOrderShipped(id: $id, carrier: $carrier, trackingCode: $trackingCode) {
      state
    }
  }
`);
const RefundOrder = graphql(`
  mutation RefundOrder($id: ID!, $input: RefundOrderInput!) {
    refundOrder(id: $id, input: $input) {
      state
    }
  }
`);

const RATINGS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
const REASONS = ['RETURNED', 'NOT_IN_STOCK', 'NOT_PAID', 'OTHER'] as const;

export const meta = pageTitle('order.title');

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const { me, order } = await api.requestOr404(OrderPage, { id: params.id, locale }, { token });
  // One key per rendered form: a double submit or a retried request refunds once.
  return { locale, order, isBuyer: me?.id === order.buyerId, formKey: crypto.randomUUID() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const id = params.id;
  let done = '';
  try {
    switch (text(form, 'intent')) {
      case 'cancel':
        // Cancelling a paid order refunds it and cannot be undone: ask first.
        if (text(form, 'paid') === '1' && text(form, 'confirmed') !== '1') {
          return {
            confirm: 'cancelOrder',
            values: { intent: 'cancel', paid: '1', idempotencyKey: text(form, 'idempotencyKey') },
          };
        }
        await api.request(CancelOrder, { id, idempotencyKey: text(form, 'idempotencyKey') }, { token });
        done = 'cancelled';
        break;
      case 'confirm':
        await api.request(ConfirmDelivery, { id }, { token });
        done = 'delivered';
        break;
      case 'rate': {
        const rating = RATINGS.find((value) => value === text(form, 'rating'));
        if (!rating) return invalidForm(form, { rating: ['choose a rating'] });
        await api.request(RateSeller, { id, rating, comment: text(form, 'comment') }, { token });
        done = 'rated';
        break;
      }
      case 'ship':
        await api.request(
          MarkShipped,
          { id, carrier: text(form, 'carrier') || null, trackingCode: text(form, 'trackingCode') || null },
          { token },
        );
        done = 'shipped';
        break;
      case 'refund': {
        const exponent = Number(text(form, 'exponent')) || 0;
        const decimal = text(form, 'amount').replace(',', '.');
        const reason = REASONS.find((value) => value === text(form, 'reason'));
        if (!/^\d+(\.\d+)?$/.test(decimal) || !reason) return invalidForm(form, { amount: ['enter an amount such as 4.50'] });
        const amount = Math.round(Number(decimal) * 10 ** exponent);
        // A refund sends money back for good: show the amount and ask first.
        if (text(form, 'confirmed') !== '1') {
          const values = Object.fromEntries(
            ['intent', 'amount', 'reason', 'note', 'currency', 'exponent', 'idempotencyKey'].map((name) => [
              name,
              text(form, name),
            ]),
          );
          return { confirm: 'refund', values: { ...values, minor: String(amount) } };
        }
        await api.request(
          RefundOrder,
          {
            id,
            input: {
              amount: { amount, currency: text(form, 'currency') },
              reason,
              note: text(form, 'note'),
              idempotencyKey: text(form, 'idempotencyKey'),
            },
          },
          { token },
        );
        done = 'refunded';
        break;
      }
    }
  } catch (error) {
    return formFailure(error, form);
  }
  return redirect(form.has('next') ? safeRedirectPath(form.get('next')) : `/orders/${id}?done=${done}`);
}

export default function OrderView({ loaderData: { locale, order, isBuyer, formKey }, actionData }: Route.ComponentProps) {
  const t = useT();
  const confirmation: Confirmation | null = isConfirmation(actionData) ? actionData : null;
  const formState = confirmation ? undefined : ((actionData as FormState | undefined) ?? undefined);
  const money = (minor: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: order.total.currency }).format(
      Number(minor) / 10 ** order.refundable.exponent,
    );
  const canCancel = isBuyer && (order.state === 'PENDING_PAYMENT' || order.state === 'PAID');
  return (
    <section className="page order">
      <h1>
        {t('order.title')} #{order.number}
      </h1>
      <DoneNotice />
      <FormAlert state={formState} />
      {confirmation && (
        <ConfirmPanel confirmation={confirmation}>
          {confirmation.confirm === 'refund' ? (
            <p>
              {t('confirm.refund.text')} <strong data-testid="confirm-amount">{money(confirmation.values.minor)}</strong> (
              {t(`order.reason.${confirmation.values.reason}`)}). {t('confirm.irreversible')}
            </p>
          ) : (
            <p>
              {t('confirm.cancelOrder.text')} {order.total.formatted}. {t('confirm.irreversible')}
            </p>
          )}
        </ConfirmPanel>
      )}
      <p>
        {t('order.state')}: <strong data-testid="order-state">{t(`order.state.${order.state}`)}</strong>
        {order.cancelReason && ` (${order.cancelReason})`}
      </p>
      <p>
        {t('order.seller')}: {order.seller.name} · {t(`cart.method.${order.shippingMethod}`)}
        {order.trackingCode && ` · ${t('order.tracking')}: ${order.carrier ?? ''} ${order.trackingCode}`}
      </p>
      <div className="table-scroll" role="region" aria-label={t('order.title')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('order.product')}</th>
              <th scope="col">{t('cart.quantity')}</th>
              <th scope="col">{t('order.unitPrice')}</th>
              <th scope="col">{t('order.lineTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.title}</th>
                <td>{line.quantity}</td>
                <td>{line.unitPrice.formatted}</td>
                <td>{line.gross.formatted}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('cart.shipping')}
              </th>
              <td>{order.shipping.formatted}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {t('cart.total')}
              </th>
              <td data-testid="order-total">{order.total.formatted}</td>
            </tr>
            {order.refunded.amount > 0 && (
              <tr>
                <th scope="row" colSpan={3}>
                  {t('order.refunded')}
                </th>
                <td data-testid="order-refunded">{order.refunded.formatted}</td>
              </tr>
            )}
          </tfoot>
        </table>
      </div>
      {order.refunds.length > 0 && (
        <ul className="refunds">
          {order.refunds.map((refund) => (
            <li key={refund.id}>
              {refund.amount.formatted} — {t(`order.reason.${refund.reason}`)}
              {refund.note && `: ${refund.note}`}
            </li>
          ))}
        </ul>
      )}
      <SellerTerms seller={order.seller} />

      {isBuyer ? (
        <div className="actions">
          {canCancel && (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              {order.state === 'PAID' && <input type="hidden" name="paid" value="1" />}
              <input type="hidden" name="idempotencyKey" value={formKey} />
              <button type="submit" className="secondary">
                {t('order.cancel')}
              </button>
            </Form>
          )}
          {order.state === 'SHIPPED' && (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <button type="submit">{t('order.confirmDelivery')}</button>
            </Form>
          )}
          {order.rating ? (
            <p>
              {t('order.rated')}: {t(`order.rating.${order.rating.rating}`)} {order.rating.comment && `— ${order.rating.comment}`}
            </p>
          ) : (
            (order.state === 'DELIVERED' || order.state === 'COMPLETED') && (
              <Form method="post" className="form">
                <input type="hidden" name="intent" value="rate" />
                <fieldset>
                  <legend>{t('order.rate')}</legend>
                  {RATINGS.map((rating) => (
                    <label key={rating}>
                      <input type="radio" name="rating" value={rating} required /> {t(`order.rating.${rating}`)}
                    </label>
                  ))}
                </fieldset>
                <label htmlFor="rate-comment">{t('order.comment')}</label>
                <textarea id="rate-comment" name="comment" maxLength={2000} />
                <button type="submit">{t('order.rate')}</button>
              </Form>
            )
          )}
        </div>
      ) : (
        <>
          <section aria-labelledby="buyer-title">
            <h2 id="buyer-title">{t(order.deliveryAddress ? 'sales.shipTo' : 'sales.pickupBy')}</h2>
            {order.deliveryAddress ? <AddressBlock address={order.deliveryAddress} /> : <p>{order.buyerName ?? '—'}</p>}
            <p>
              <Link to={`/orders/${order.id}/packing-slip`}>{t('sales.packingSlip')}</Link>
            </p>
          </section>
          <section aria-labelledby="fees-title">
            <h2 id="fees-title">{t('order.fees')}</h2>
            <dl className="totals" data-testid="order-fees">
              <div>
                <dt>{t('order.platformFee')}</dt>
                <dd>{order.fees.platformFee.formatted}</dd>
              </div>
              <div>
                <dt>{t('order.fairFund')}</dt>
                <dd>{order.fees.fairFund.formatted}</dd>
              </div>
              {order.fees.donation.amount > 0 && (
                <div>
                  <dt>{t('order.donation')}</dt>
                  <dd>{order.fees.donation.formatted}</dd>
                </div>
              )}
              <div>
                <dt>{t('order.vat')}</dt>
                <dd>{order.fees.vat.formatted}</dd>
              </div>
              <div>
                <dt>{t('order.payout')}</dt>
                <dd>{order.fees.sellerPayout.formatted}</dd>
              </div>
              {order.refunded.amount > 0 && (
                <div>
                  <dt>{t('sales.payoutAfterRefunds')}</dt>
                  <dd data-testid="payout-after-refunds">{order.fees.payoutAfterRefunds.formatted}</dd>
                </div>
              )}
            </dl>
          </section>
          {order.state === 'PAID' && <ShipForm />}
          {order.refundable.amount > 0 && (
            <Form method="post" className="form" aria-labelledby="refund-title">
              <h2 id="refund-title">{t('order.refund')}</h2>
              <input type="hidden" name="intent" value="refund" />
              <input type="hidden" name="idempotencyKey" value={formKey} />
              <input type="hidden" name="currency" value={order.total.currency} />
              <input type="hidden" name="exponent" value={order.refundable.exponent} />
              <label htmlFor="refund-amount">
                {t('order.refundAmount')} (≤ {order.refundable.formatted})
              </label>
              <input id="refund-amount" name="amount" inputMode="decimal" required />
              <label htmlFor="refund-reason">{t('order.refundReason')}</label>
              <select id="refund-reason" name="reason">
                {REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`order.reason.${reason}`)}
                  </option>
                ))}
              </select>
              <label htmlFor="refund-note">{t('order.refundNote')}</label>
              <input id="refund-note" name="note" maxLength={1000} />
              <button type="submit">{t('order.refund')}</button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}
