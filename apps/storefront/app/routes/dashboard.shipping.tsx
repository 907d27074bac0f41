import { Form, Link } from 'react-router';
import type { Route } from './+types/dashboard.shipping';
import { CountryOptions, useCountryName } from '../components/address';
import { DoneNotice } from '../components/confirm';
import { FormAlert, type FormState } from '../components/form';
import { PRIVATE, SellerSelect } from '../components/seller-select';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';
import { redirect } from 'react-router';

const ShippingPage = graphql(`
  query ShippingPage($organisationId: ID) {
    countries {
      code
    }
    myShippingProfile(organisationId: $organisationId) {
      originCountry
      rates {
        zone
        itemPrice {
          amount
        }
        combinedParcelPrice {
          amount
        }
        combinedItemsPerParcel
        freeShippingThreshold {
          amount
        }
      }
    }
  }
`);

const SetShippingProfile = graphql(`
  mutation SetShippingProfile($input: ShippingProfileInput!) {
    setShippingProfile(input: $input) {
      sellerId
    }
  }
`);

const BROAD_ZONES = ['DOMESTIC', 'EU', 'WORLD'] as const;
const PRICES = ['itemPrice', 'combinedParcelPrice', 'freeShippingThreshold'] as const;
/** Country rows shown: the seller's own plus this many empty ones to add. */
const NEW_COUNTRY_ROWS = 2;

export const meta = pageTitle('shipping.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { token, organisations, organisationId } = await sellerChoice(request);
  const { countries, myShippingProfile } = await api.request(ShippingPage, { organisationId }, { token });
  return { organisations, organisationId, countries: countries.map((c) => c.code), profile: myShippingProfile };
}

/** "4,90" or "4.90" in euros to cents; '' is no price; anything else is null (refused). */
function cents(value: string): number | undefined | null {
  if (!value) return undefined;
  return /^\d+([.,]\d{1,2})?$/.test(value) ? Math.round(Number(value.replace(',', '.')) * 100) : null;
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const org = text(form, 'org');
  const prefixes = [
    ...BROAD_ZONES.filter((zone) => text(form, `${zone}.deliver`) === '1'),
    ...form
      .getAll('countryRow')
      .map(String)
      .filter((row) => text(form, `${row}.zone`)),
  ];
  const bad: Record<string, string[]> = {};
  const rates = prefixes.map((prefix) => {
    const rate: Record<string, string | number | undefined> = { zone: text(form, `${prefix}.zone`) || prefix };
    for (const price of PRICES) {
      const value = cents(text(form, `${prefix}.${price}`));
      if (value === null) bad[`${prefix}.${price}`] = ['enter an amount such as 4.90'];
      rate[price] = value ?? undefined;
    }
    const items = text(form, `${prefix}.combinedItemsPerParcel`);
    if (items && !/^\d+$/.test(items)) bad[`${prefix}.combinedItemsPerParcel`] = ['enter a whole number'];
    rate.combinedItemsPerParcel = items ? Number(items) : undefined;
    return rate as { zone: string };
  });
  if (Object.keys(bad).length) return invalidForm(form, bad);
  try {
    const input = {
      organisationId: org === PRIVATE ? null : org || null,
      originCountry: text(form, 'originCountry'),
      currency: 'EUR',
      rates,
    };
    await api.request(SetShippingProfile, { input }, { token });
  } catch (error) {
    // rates.<i>.<field> -> the row's own control
    return formFailure(error, form, (path) => path.replace(/^rates\.(\d+)/, (_, i: string) => prefixes[Number(i)]));
  }
  return redirect(`/dashboard/shipping?org=${org}&done=shippingSaved`);
}

type Rate = NonNullable<Route.ComponentProps['loaderData']['profile']>['rates'][number];

export default function ShippingSettings({
  loaderData: { organisations, organisationId, countries, profile },
  actionData,
}: Route.ComponentProps) {
  const t = useT();
  const countryName = useCountryName();
  const state = actionData ?? undefined;
  const rateOf = (zone: string) => profile?.rates.find((rate) => rate.zone === zone);
  const countryRates = profile?.rates.filter((rate) => !(BROAD_ZONES as readonly string[]).includes(rate.zone)) ?? [];
  const rows = [...countryRates.map((rate) => rate.zone), ...Array.from({ length: NEW_COUNTRY_ROWS }, () => '')];
  return (
    <section className="page">
      <h1>{t('shipping.title')}</h1>
      <p>{t('shipping.intro')}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="shipping-org">{t('dashboard.sellAs')}</label>
        <SellerSelect id="shipping-org" name="org" organisations={organisations} selected={organisationId} />
        <button type="submit">{t('dashboard.show')}</button>
      </Form>
      <DoneNotice />
      {!profile && <p className="notice">{t('shipping.noneYet')}</p>}
      <Form method="post" className="form" key={organisationId ?? PRIVATE}>
        <FormAlert state={state} />
        <input type="hidden" name="org" value={organisationId ?? PRIVATE} />
        <div className="field">
          <label htmlFor="field-originCountry">{t('shipping.origin')}</label>
          <select
            id="field-originCountry"
            name="originCountry"
            defaultValue={state?.values.originCountry ?? profile?.originCountry ?? 'DE'}
          >
            <CountryOptions codes={countries} />
          </select>
        </div>
        {BROAD_ZONES.map((zone) => (
          <ZoneFieldset
            key={zone}
            prefix={zone}
            legend={t(`shipping.zone.${zone}`)}
            rate={rateOf(zone)}
            state={state}
            delivers={profile ? Boolean(rateOf(zone)) : zone !== 'WORLD'}
          />
        ))}
        <h2>{t('shipping.countries')}</h2>
        <p className="hint">{t('shipping.countriesHint')}</p>
        {rows.map((zone, i) => (
          <ZoneFieldset
            key={`country-${i}`}
            prefix={`country${i}`}
            legend={zone ? countryName(zone) : t('shipping.addCountry')}
            rate={zone ? rateOf(zone) : undefined}
            state={state}
            countries={countries}
            country={zone}
          />
        ))}
        <button type="submit">{t('shipping.save')}</button>
      </Form>
      <p>
        <Link to={`/dashboard?org=${organisationId ?? PRIVATE}`}>{t('shipping.back')}</Link>
      </p>
    </section>
  );
}

/** One zone's rate: whether it is delivered to (or which country), and its prices. */
function ZoneFieldset({
  prefix,
  legend,
  rate,
  state,
  delivers,
  countries,
  country,
}: {
  prefix: string;
  legend: string;
  rate: Rate | undefined;
  state: FormState | undefined;
  delivers?: boolean;
  countries?: readonly string[];
  country?: string;
}) {
  const t = useT();
  const value = (name: string, stored: number | null | undefined) =>
    state ? (state.values[`${prefix}.${name}`] ?? '') : stored == null ? '' : (stored / 100).toFixed(2);
  const stored = {
    itemPrice: rate?.itemPrice?.amount,
    combinedParcelPrice: rate?.combinedParcelPrice?.amount,
    freeShippingThreshold: rate?.freeShippingThreshold?.amount,
  };
  const errors = (name: string) => state?.fields[`${prefix}.${name}`] ?? [];
  const control = (name: string, label: string, defaultValue: string, inputMode: 'decimal' | 'numeric') => {
    const id = `${prefix}-${name}`;
    const problems = errors(name);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={`${prefix}.${name}`}
          inputMode={inputMode}
          defaultValue={defaultValue}
          aria-invalid={problems.length ? true : undefined}
          aria-describedby={problems.length ? `${id}-error` : undefined}
        />
        {problems.length > 0 && (
          <p className="field-error" id={`${id}-error`}>
            {problems.join('; ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="zone-rate" data-testid={`zone-${prefix}`}>
      <legend>{legend}</legend>
      {countries ? (
        <div className="field">
          <input type="hidden" name="countryRow" value={prefix} />
          <label htmlFor={`${prefix}-zone`}>{t('shipping.country')}</label>
          <select id={`${prefix}-zone`} name={`${prefix}.zone`} defaultValue={state?.values[`${prefix}.zone`] ?? country ?? ''}>
            <option value="">{t('shipping.noCountry')}</option>
            <CountryOptions codes={countries} />
          </select>
          {errors('zone').length > 0 && <p className="field-error">{errors('zone').join('; ')}</p>}
        </div>
      ) : (
        <div className="field check">
          <input
            id={`${prefix}-deliver`}
            name={`${prefix}.deliver`}
            type="checkbox"
            value="1"
            defaultChecked={state ? state.values[`${prefix}.deliver`] === '1' : delivers}
          />
          <label htmlFor={`${prefix}-deliver`}>{t('shipping.deliver')}</label>
        </div>
      )}
      <div className="zone-prices">
        {control('itemPrice', t('shipping.itemPrice'), value('itemPrice', stored.itemPrice), 'decimal')}
        {control(
          'combinedParcelPrice',
          t('shipping.combinedPrice'),
          value('combinedParcelPrice', stored.combinedParcelPrice),
          'decimal',
        )}
        {control(
          'combinedItemsPerParcel',
          t('shipping.itemsPerParcel'),
          state ? (state.values[`${prefix}.combinedItemsPerParcel`] ?? '') : String(rate?.combinedItemsPerParcel ?? ''),
          'numeric',
        )}
        {control(
          'freeShippingThreshold',
          t('shipping.freeFrom'),
          value('freeShippingThreshold', stored.freeShippingThreshold),
          'decimal',
        )}
      </div>
    </fieldset>
  );
}
