import { Form, redirect } from 'react-router';
import type { Route } from './+types/trade.orders.$id';
import { formatDate } from '../components/coop';
import { Field, FormAlert, TextField } from '../components/form';
import { StripePayment } from '../components/stripe-payment';
import { NotVerified, TradeBack, withOrgLink } from '../components/trade';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { decimalToMinorUnits, minorUnitsToDecimal } from '../lib/money';
import { tradeContext, withOrg } from '../lib/trade.server';

const PurchaseOrderPage = graphql(`
  query PurchaseOrderPage($id: ID!, $locale: String!) {
    wholesalePurchaseOrder(id: $id) {
      id
      state
      quantity
      deliveredQuantity
      deliveryDate
      createdAt
      sellerOrganisationId
      buyerOrganisationId
      seller {
        name
      }
      buyer {
        name
      }
      offer {
        id
        title
        unit
        currency
        incoterm
        incotermPlace
      }
      unitPrice {
        formatted(locale: $locale)
      }
      netTotal {
        formatted(locale: $locale)
      }
      deliveries {
        id
        position
        quantity
        note
        deliveredAt
        custodyRecordId
      }
      invoices {
        id
        number
        state
        dueDate
        skontoUntil
        skontoBp
        reverseCharge
        net {
          formatted(locale: $locale)
        }
        vat {
          formatted(locale: $locale)
        }
        gross {
          formatted(locale: $locale)
        }
        paid {
          formatted(locale: $locale)
        }
        amountDueToday {
          amount
          currency
          formatted(locale: $locale)
        }
        payments {
          id
          method
          paidOn
          reference
          amount {
            formatted(locale: $locale)
          }
        }
      }
    }
    paymentConfig {
      testMode
      publishableKey
    }
  }
`);

const RecordDelivery = graphql(`
  mutation RecordDelivery($id: ID!, $input: RecordDeliveryInput!) {
    recordWholesaleDelivery(purchaseOrderId: $id, input: $input) {
      id
    }
  }
`);
const MarkPaid = graphql(`
  mutation MarkInvoicePaid($id: ID!, $input: MarkInvoicePaidInput!) {
    markWholesaleInvoicePaid(invoiceId: $id, input: $input) {
      id
    }
  }
`);
const PayOnline = graphql(`
  mutation PayInvoiceOnline($id: ID!, $key: String!) {
    payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $key) {
      state
      clientSecret
    }
  }
`);
const PayOffline = graphql(`
  mutation PayInvoiceOffline($id: ID!, $key: String!) {
    payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $key) {
      state
    }
  }
`);

export const meta = pageTitle('trade.order.title');

export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, organisationId, locale } = await tradeContext(request);
  try {
    const { wholesalePurchaseOrder, paymentConfig } = await api.requestOr404(
      PurchaseOrderPage,
      { id: params.id, locale },
      { token },
    );
    // One key per page view: a double click or a resent form pays once.
    return {
      organisationId,
      locale,
      order: wholesalePurchaseOrder,
      testMode: paymentConfig.testMode,
      payKey: crypto.randomUUID(),
    };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'FORBIDDEN') {
      return { organisationId, locale, order: null, testMode: true, publishableKey: null, payKey: '' };
    }
    throw error;
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token, organisationId } = await tradeContext(request);
  const form = await request.formData();
  const here = withOrg(`/trade/orders/${params.id}`, organisationId);
  try {
    switch (text(form, 'intent')) {
      case 'deliver': {
        const quantity = text(form, 'quantity');
        if (!/^\d+$/.test(quantity)) return invalidForm(form, { quantity: ['enter a whole quantity'] });
        await api.request(
          RecordDelivery,
          { id: params.id, input: { quantity: Number(quantity), note: text(form, 'note') } },
          { token },
        );
        return redirect(`${here}#deliveries`);
      }
      case 'markPaid': {
        const amount = decimalToMinorUnits(text(form, 'amount'), text(form, 'currency') || 'EUR');
        if (amount === null) return invalidForm(form, { amount: ['enter an amount such as 313.60'] });
        await api.request(
          MarkPaid,
          { id: text(form, 'invoiceId'), input: { amount, paidOn: text(form, 'paidOn'), reference: text(form, 'reference') } },
          { token },
        );
        return redirect(`${here}#invoices`);
      }
      case 'payOnline': {
        const invoiceId = text(form, 'invoiceId');
        if (text(form, 'testMode') === '1') {
          await api.request(PayOffline, { id: invoiceId, key: text(form, 'key') }, { token });
          return redirect(`${here}#invoices`);
        }
        // Real money: the intent is committed and the provider asked; Stripe.js takes the card on this page.
        const { payWholesaleInvoiceOnline } = await api.request(PayOnline, { id: invoiceId, key: text(form, 'key') }, { token });
        return { stripe: { invoiceId, clientSecret: payWholesaleInvoiceOnline.clientSecret } };
      }
      default:
        return invalidForm(form, {});
    }
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function PurchaseOrderView({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { organisationId, locale, order, testMode, publishableKey, payKey } = loaderData;
  const refusal = actionData && 'code' in actionData ? actionData : undefined;
  const stripe = actionData && 'stripe' in actionData ? actionData.stripe : null;
  if (!order) return <NotVerified />;
  const selling = order.sellerOrganisationId === organisationId;
  const open = order.quantity - order.deliveredQuantity;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="page trade-page">
      <TradeBack organisationId={organisationId} />
      <h1>
        {t('trade.order.title')}: {order.offer.title}
      </h1>
      <p className="hint">
        {t(selling ? 'trade.side.SELLER' : 'trade.side.BUYER')} · {t('trade.counterparty')}{' '}
        {selling ? order.buyer.name : order.seller.name} ·{' '}
        <span className="badge" data-testid="order-state">
          {t(`trade.orderState.${order.state}`)}
        </span>
      </p>
      <FormAlert state={refusal} />
      <dl className="totals">
        <div>
          <dt>{t('trade.quantity')}</dt>
          <dd>
            {order.quantity} {order.offer.unit} × {order.unitPrice.formatted}
          </dd>
        </div>
        <div>
          <dt>{t('trade.total')}</dt>
          <dd>{order.netTotal.formatted}</dd>
        </div>
        <div>
          <dt>{t('trade.order.delivered')}</dt>
          <dd data-testid="delivered">
            {order.deliveredQuantity} / {order.quantity} {order.offer.unit}
          </dd>
        </div>
        <div>
          <dt>{t('trade.delivery')}</dt>
          <dd>
            {order.offer.incoterm} {order.offer.incotermPlace} · {order.deliveryDate}
          </dd>
        </div>
      </dl>

      <h2 id="deliveries">{t('trade.order.deliveries')}</h2>
      {order.deliveries.length === 0 ? (
        <p>{t('trade.order.noDeliveries')}</p>
      ) : (
        <ol className="card-list" data-testid="deliveries">
          {order.deliveries.map((delivery) => (
            <li key={delivery.id} className="card">
              <strong>
                {delivery.position}. {delivery.quantity} {order.offer.unit}
              </strong>{' '}
              <span className="hint">{formatDate(locale, delivery.deliveredAt)}</span>
              <p>{delivery.note}</p>
              {delivery.custodyRecordId && <span className="badge verified">{t('trade.order.custody')}</span>}
            </li>
          ))}
        </ol>
      )}
      {selling && open > 0 && (
        <>
          <h3>{t('trade.order.record')}</h3>
          <Form method="post" className="form" data-testid="delivery-form" key={order.deliveredQuantity}>
            <input type="hidden" name="intent" value="deliver" />
            <div className="field-row">
              <Field name="quantity" label={`${t('trade.quantity')} (${order.offer.unit})`} state={refusal}>
                {(control) => (
                  <input {...control} inputMode="numeric" defaultValue={control.defaultValue ?? String(open)} required />
                )}
              </Field>
            </div>
            <TextField name="note" label={t('trade.order.note')} state={refusal} multiline />
            <button type="submit">{t('trade.order.recordSubmit')}</button>
          </Form>
        </>
      )}

      <h2 id="invoices">{t('trade.invoices')}</h2>
      {order.invoices.length === 0 ? (
        <p>{t('trade.noInvoices')}</p>
      ) : (
        <ul className="card-list wide" data-testid="invoices">
          {order.invoices.map((invoice) => (
            <li key={invoice.id} id={`invoice-${invoice.id}`} className="card" data-testid="invoice">
              <h3>
                {fill(t('trade.invoice.number'), { number: invoice.number })}{' '}
                <span className="badge" data-testid="invoice-state">
                  {t(`trade.invoiceState.${invoice.state}`)}
                </span>
              </h3>
              <dl className="totals">
                <div>
                  <dt>{t('trade.invoice.gross')}</dt>
                  <dd>
                    {invoice.gross.formatted} ({invoice.net.formatted} + {invoice.vat.formatted})
                  </dd>
                </div>
                <div>
                  <dt>{t('trade.invoice.due')}</dt>
                  <dd>{invoice.dueDate}</dd>
                </div>
                <div>
                  <dt>{t('trade.invoice.paid')}</dt>
                  <dd>{invoice.paid.formatted}</dd>
                </div>
                {invoice.state !== 'PAID' && (
                  <div>
                    <dt>{t('trade.invoice.dueToday')}</dt>
                    <dd data-testid="amount-due">{invoice.amountDueToday.formatted}</dd>
                  </div>
                )}
              </dl>
              {invoice.reverseCharge && <p className="hint">{t('trade.invoice.reverseCharge')}</p>}
              <p className="actions">
                <a href={withOrgLink(`/trade/invoices/${invoice.id}/pdf`, organisationId)} download>
                  {t('trade.invoice.pdf')}
                </a>
                <a href={withOrgLink(`/trade/invoices/${invoice.id}/xml`, organisationId)} download>
                  {t('trade.invoice.xml')}
                </a>
              </p>
              {invoice.state !== 'PAID' &&
              !selling &&
              stripe?.invoiceId === invoice.id &&
              stripe.clientSecret &&
              publishableKey ? (
                <StripePayment publishableKey={publishableKey} clientSecret={stripe.clientSecret} />
              ) : (
                invoice.state !== 'PAID' &&
                !selling && (
                  <Form method="post">
                    <input type="hidden" name="intent" value="payOnline" />
                    <input type="hidden" name="invoiceId" value={invoice.id} />
                    <input type="hidden" name="key" value={`${payKey}-${invoice.id}`} />
                    <input type="hidden" name="testMode" value={testMode ? '1' : '0'} />
                    {testMode && <p className="hint">{t('trade.invoice.testMode')}</p>}
                    <button type="submit">
                      {fill(t(testMode ? 'trade.invoice.payTest' : 'trade.invoice.payOnline'), {
                        amount: invoice.amountDueToday.formatted,
                      })}
                    </button>
                  </Form>
                )
              )}
              {invoice.state !== 'PAID' && selling && (
                <Form method="post" className="form" data-testid="mark-paid-form" key={invoice.paid.formatted}>
                  <h4>{t('trade.invoice.markPaid')}</h4>
                  <input type="hidden" name="intent" value="markPaid" />
                  <input type="hidden" name="invoiceId" value={invoice.id} />
                  <input type="hidden" name="currency" value={invoice.amountDueToday.currency} />
                  <div className="field-row">
                    <div className="field">
                      <label htmlFor={`amount-${invoice.number}`}>{t('trade.invoice.amount')}</label>
                      <input
                        id={`amount-${invoice.number}`}
                        name="amount"
                        inputMode="decimal"
                        defaultValue={minorUnitsToDecimal(invoice.amountDueToday.amount, invoice.amountDueToday.currency)}
                        required
                      />
                    </div>
                    <div className="field">
                      <label htmlFor={`paid-on-${invoice.number}`}>{t('trade.invoice.paidOn')}</label>
                      <input id={`paid-on-${invoice.number}`} name="paidOn" type="date" defaultValue={today} required />
                    </div>
                    <div className="field">
                      <label htmlFor={`reference-${invoice.number}`}>{t('trade.invoice.reference')}</label>
                      <input id={`reference-${invoice.number}`} name="reference" />
                    </div>
                  </div>
                  <button type="submit">{t('trade.invoice.markPaidSubmit')}</button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
