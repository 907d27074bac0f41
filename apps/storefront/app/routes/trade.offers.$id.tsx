import { Form, redirect } from 'react-router';
import type { Route } from './+types/trade.offers.$id';

import { Field, FormAlert, TextField } from '../components/form';
import { daysFromNow, NotVerified, TradeBack } from '../components/trade';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { decimalToMinorUnits } from '../lib/money';
import { tradeContext, withOrg } from '../lib/trade.server';

const OfferPage = graphql(`
  query WholesaleOfferPage($id: ID!, $locale: String!) {
    wholesaleOffer(id: $id) {
      id
      title
      description
      unit
      currency
      state
      availableQuantity
      minimumQuantity
      incoterm
      incotermPlace
      leadTimeDays
      paymentNetDays
      skontoBp
      skontoDays
      vatRateBp
      validUntil
      sellerOrganisationId
      seller {
        name
        country
      }
      tiers {
        minQuantity
        unitPrice {
          formatted(locale: $locale)
        }
      }
    }
  }
`);

const RequestQuote = graphql(`
  mutation RequestQuote($input: RequestQuoteInput!) {
    requestWholesaleQuote(input: $input) {
      id
    }
  }
`);

export const meta = pageTitle('trade.offer');

export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, organisationId, locale } = await tradeContext(request);
  try {
    const { wholesaleOffer } = await api.requestOr404(OfferPage, { id: params.id, locale }, { token });
    return { organisationId, offer: wholesaleOffer };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'FORBIDDEN') return { organisationId, offer: null };
    throw error;
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token, organisationId } = await tradeContext(request);
  const form = await request.formData();
  const quantity = text(form, 'quantity');
  const price = text(form, 'unitPrice');
  const unitPrice = price ? decimalToMinorUnits(price, text(form, 'currency') || 'EUR') : null;
  if (!/^\d+$/.test(quantity)) return invalidForm(form, { quantity: ['enter a whole quantity'] });
  if (price && unitPrice === null) return invalidForm(form, { unitPrice: ['enter an amount such as 8.50'] });
  try {
    const { requestWholesaleQuote } = await api.request(
      RequestQuote,
      {
        input: {
          offerId: params.id,
          organisationId: organisationId!,
          quantity: Number(quantity),
          unitPrice: unitPrice ?? undefined,
          deliveryDate: text(form, 'deliveryDate'),
          message: text(form, 'message'),
        },
      },
      { token },
    );
    return redirect(withOrg(`/trade/negotiations/${requestWholesaleQuote.id}`, organisationId));
  } catch (error) {
    return formFailure(error, form, (path) => (path === 'input' ? 'quantity' : path));
  }
}

export default function WholesaleOfferPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { organisationId, offer } = loaderData;
  if (!offer) return <NotVerified />;
  const own = offer.sellerOrganisationId === organisationId;
  return (
    <section className="page trade-page">
      <TradeBack organisationId={organisationId} />
      <h1>{offer.title}</h1>
      <p className="hint">
        {offer.seller.name}
        {offer.seller.country ? ` (${offer.seller.country})` : ''} ·{' '}
        <span className="badge">{t(`trade.offerState.${offer.state}`)}</span>
      </p>
      {offer.description && <p>{offer.description}</p>}
      <div className="trade-columns">
        <div>
          <h2 id="tiers">{t('trade.tiers')}</h2>
          <table data-testid="offer-tiers">
            <tbody>
              {offer.tiers.map((tier) => (
                <tr key={tier.minQuantity}>
                  <th scope="row">{fill(t('trade.tier.from'), { quantity: tier.minQuantity, unit: offer.unit })}</th>
                  <td>
                    {tier.unitPrice.formatted} {fill(t('trade.perUnit'), { unit: offer.unit })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="totals">
            <div>
              <dt>{t('trade.available')}</dt>
              <dd>
                {offer.availableQuantity} {offer.unit}
              </dd>
            </div>
            <div>
              <dt>{t('trade.minimum')}</dt>
              <dd>
                {offer.minimumQuantity} {offer.unit}
              </dd>
            </div>
            <div>
              <dt>{t('trade.delivery')}</dt>
              <dd>
                {offer.incoterm} {offer.incotermPlace}
              </dd>
            </div>
            <div>
              <dt>{t('trade.leadTime')}</dt>
              <dd>{fill(t('trade.days'), { days: offer.leadTimeDays })}</dd>
            </div>
            <div>
              <dt>{t('trade.paymentTerms')}</dt>
              <dd>
                {fill(t('trade.net'), { days: offer.paymentNetDays })}
                {offer.skontoBp > 0 && `, ${fill(t('trade.skonto'), { percent: offer.skontoBp / 100, days: offer.skontoDays })}`}
              </dd>
            </div>
            <div>
              <dt>{t('trade.validUntil')}</dt>
              <dd>{offer.validUntil.slice(0, 10)}</dd>
            </div>
          </dl>
        </div>
        <div>
          <h2>{t('trade.rfq.title')}</h2>
          {own ? (
            <p>{t('trade.rfq.ownOffer')}</p>
          ) : (
            <>
              <FormAlert state={actionData} />
              <Form method="post" className="form" data-testid="rfq-form">
                <input type="hidden" name="currency" value={offer.currency} />
                <Field name="quantity" label={`${t('trade.quantity')} (${offer.unit})`} state={actionData}>
                  {(control) => (
                    <input
                      {...control}
                      inputMode="numeric"
                      defaultValue={control.defaultValue ?? String(offer.minimumQuantity)}
                      required
                    />
                  )}
                </Field>
                <TextField
                  name="unitPrice"
                  label={t('trade.rfq.wishedPrice')}
                  hint={t('trade.rfq.wishedPriceHint')}
                  inputMode="decimal"
                  state={actionData}
                  optional
                />
                <Field name="deliveryDate" label={t('trade.deliveryDate')} state={actionData}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      defaultValue={control.defaultValue ?? daysFromNow(offer.leadTimeDays + 7)}
                      required
                    />
                  )}
                </Field>
                <TextField name="message" label={t('trade.message')} state={actionData} multiline optional />
                <button type="submit">{t('trade.rfq.submit')}</button>
              </Form>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
