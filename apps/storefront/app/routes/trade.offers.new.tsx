import { Form, redirect } from 'react-router';
import type { Route } from './+types/trade.offers.new';

import { Field, FormAlert, TextField } from '../components/form';
import { daysFromNow, INCOTERMS, NotVerified, TradeBack } from '../components/trade';
import { graphql } from '../graphql';
import type { Incoterm } from '../graphql/graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { decimalToMinorUnits } from '../lib/money';
import { tradeContext, withOrg } from '../lib/trade.server';

const TIER_ROWS = [1, 2, 3] as const;

const OfferProducts = graphql(`
  query OfferProducts($organisationId: ID!) {
    myProducts(organisationId: $organisationId, first: 100) {
      edges {
        node {
          id
          title
          categoryId
        }
      }
    }
    wholesaleOffers(first: 1) {
      totalCount
    }
  }
`);

const PublishOffer = graphql(`
  mutation PublishOffer($input: PublishOfferInput!) {
    publishWholesaleOffer(input: $input) {
      id
    }
  }
`);

export const meta = pageTitle('trade.new.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { token, organisationId } = await tradeContext(request);
  if (!organisationId) return { organisationId, products: null };
  try {
    const { myProducts } = await api.request(OfferProducts, { organisationId }, { token });
    return { organisationId, products: myProducts.edges.map((edge) => edge.node) };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'FORBIDDEN') return { organisationId, products: null };
    throw error;
  }
}

const int = (form: FormData, name: string) => {
  const value = text(form, name);
  return /^\d+$/.test(value) ? Number(value) : NaN;
};

/** A percentage as typed ("7", "2.5", "2,5") in basis points. */
const basisPoints = (form: FormData, name: string) => decimalToMinorUnits(text(form, name) || '0', 'EUR');

export async function action({ request }: Route.ActionArgs) {
  const { token, organisationId } = await tradeContext(request);
  const form = await request.formData();
  const currency = text(form, 'currency').toUpperCase() || 'EUR';
  const bad: Record<string, string[]> = {};
  const tiers = [];
  for (const n of TIER_ROWS) {
    const from = text(form, `tier${n}.from`);
    const price = text(form, `tier${n}.price`);
    if (!from && !price && n > 1) continue;
    const unitPrice = decimalToMinorUnits(price, currency);
    if (!/^\d+$/.test(from)) bad[`tier${n}.from`] = ['enter a whole quantity'];
    if (unitPrice === null) bad[`tier${n}.price`] = ['enter an amount such as 8.50'];
    else tiers.push({ minQuantity: Number(from), unitPrice });
  }
  const vatRateBp = basisPoints(form, 'vatRate');
  const skontoBp = basisPoints(form, 'skonto');
  if (vatRateBp === null) bad.vatRate = ['enter a percentage such as 7'];
  if (skontoBp === null) bad.skonto = ['enter a percentage such as 2'];
  if (Object.keys(bad).length) return invalidForm(form, bad);
  const [productId, categoryId] = text(form, 'product').split('|');
  try {
    const { publishWholesaleOffer } = await api.request(
      PublishOffer,
      {
        input: {
          organisationId: organisationId!,
          productId: productId || undefined,
          categoryId: categoryId || undefined,
          title: text(form, 'title'),
          description: text(form, 'description'),
          unit: text(form, 'unit').toUpperCase(),
          totalQuantity: int(form, 'totalQuantity'),
          minimumQuantity: int(form, 'minimumQuantity'),
          tiers,
          currency,
          vatRateBp: vatRateBp!,
          incoterm: text(form, 'incoterm') as Incoterm,
          incotermPlace: text(form, 'incotermPlace'),
          leadTimeDays: int(form, 'leadTimeDays'),
          paymentNetDays: int(form, 'paymentNetDays'),
          skontoBp: skontoBp!,
          skontoDays: int(form, 'skontoDays'),
          validUntil: new Date(`${text(form, 'validUntil')}T23:59:59Z`).toISOString(),
        },
      },
      { token },
    );
    return redirect(withOrg(`/trade/offers/${publishWholesaleOffer.id}`, organisationId));
  } catch (error) {
    return formFailure(error, form, (path) =>
      path.startsWith('tiers') ? 'tier1.from' : path === 'vatRateBp' ? 'vatRate' : path === 'skontoBp' ? 'skonto' : path,
    );
  }
}

export default function PublishOfferPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { organisationId, products } = loaderData;
  if (!products) return <NotVerified />;
  const value = (name: string, fallback: string) => actionData?.values[name] ?? fallback;
  const input = (
    name: string,
    label: string,
    fallback: string,
    extra: { hint?: string; inputMode?: 'decimal' | 'numeric'; type?: string } = {},
  ) => (
    <Field name={name} label={label} state={actionData} hint={extra.hint}>
      {(control) => (
        <input
          {...control}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          defaultValue={value(name, fallback)}
          required
        />
      )}
    </Field>
  );
  return (
    <section className="page trade-form">
      <TradeBack organisationId={organisationId} />
      <h1>{t('trade.new.title')}</h1>
      <p>{t('trade.new.intro')}</p>
      {products.length === 0 ? (
        <p className="notice">{t('trade.new.noProducts')}</p>
      ) : (
        <>
          <FormAlert state={actionData} />
          <Form method="post" className="form">
            <Field name="product" label={t('trade.new.product')} state={actionData}>
              {(control) => (
                <select {...control} defaultValue={value('product', '')}>
                  {products.map((product) => (
                    <option key={product.id} value={`${product.id}|${product.categoryId ?? ''}`}>
                      {product.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField name="title" label={t('trade.new.offerTitle')} state={actionData} />
            <TextField name="description" label={t('trade.new.description')} state={actionData} multiline optional />
            <div className="field-row">
              {input('unit', t('trade.new.unit'), 'KGM')}
              {input('totalQuantity', t('trade.new.totalQuantity'), '', { inputMode: 'numeric' })}
              {input('minimumQuantity', t('trade.new.minimumQuantity'), '', { inputMode: 'numeric' })}
            </div>
            <p className="hint">{t('trade.new.unitHint')}</p>
            <p className="hint">{t('trade.new.tierHint')}</p>
            {TIER_ROWS.map((n) => (
              <div className="field-row" key={n}>
                <Field name={`tier${n}.from`} label={fill(t('trade.new.tier'), { n })} state={actionData}>
                  {(control) => (
                    <input {...control} inputMode="numeric" defaultValue={value(`tier${n}.from`, '')} required={n === 1} />
                  )}
                </Field>
                <Field name={`tier${n}.price`} label={fill(t('trade.new.tierPrice'), { n })} state={actionData}>
                  {(control) => (
                    <input
                      {...control}
                      inputMode="decimal"
                      placeholder={t('trade.amountHint')}
                      defaultValue={value(`tier${n}.price`, '')}
                      required={n === 1}
                    />
                  )}
                </Field>
              </div>
            ))}
            <div className="field-row">
              {input('currency', t('trade.new.currency'), 'EUR')}
              {input('vatRate', t('trade.new.vatRate'), '7', { inputMode: 'decimal' })}
            </div>
            <div className="field-row">
              <Field name="incoterm" label={t('trade.new.incoterm')} state={actionData}>
                {(control) => (
                  <select {...control} defaultValue={value('incoterm', 'FCA')}>
                    {INCOTERMS.map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {input('incotermPlace', t('trade.new.place'), '')}
              {input('leadTimeDays', t('trade.new.leadTime'), '14', { inputMode: 'numeric' })}
            </div>
            <div className="field-row">
              {input('paymentNetDays', t('trade.new.netDays'), '30', { inputMode: 'numeric' })}
              {input('skonto', t('trade.new.skonto'), '2', { inputMode: 'decimal' })}
              {input('skontoDays', t('trade.new.skontoDays'), '10', { inputMode: 'numeric' })}
            </div>
            {input('validUntil', t('trade.new.validUntil'), daysFromNow(60), { type: 'date' })}
            <button type="submit">{t('trade.new.submit')}</button>
          </Form>
        </>
      )}
    </section>
  );
}
