import { useRouteLoaderData } from 'react-router';
import { Field, type FormState, TextField } from './form';
import { DEFAULT_LOCALE, type Locale, useT } from '../i18n';

export interface PostalAddress {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

export const ADDRESS_FIELDS = ['name', 'street', 'postalCode', 'city', 'country', 'phone'] as const;

/** Country names in the page's language (Intl knows them all), by ISO code. */
export function useCountryName(): (code: string) => string {
  const locale = useRouteLoaderData<{ locale: Locale }>('root')?.locale ?? DEFAULT_LOCALE;
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return (code) => names.of(code) ?? code;
}

/** Every country, sorted by its name in the page's language. */
export function CountryOptions({ codes }: { codes: readonly string[] }) {
  const name = useCountryName();
  const sorted = codes.map((code) => ({ code, label: name(code) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      {sorted.map(({ code, label }) => (
        <option key={code} value={code}>
          {label}
        </option>
      ))}
    </>
  );
}

/** The fields of a postal address; `values` fills them (the form's last entry wins over a stored address). */
export function AddressFields({
  state,
  countries,
  values,
}: {
  state: FormState | undefined;
  countries: readonly string[];
  values?: Partial<PostalAddress> | null;
}) {
  const t = useT();
  const filled: FormState = {
    code: state?.code ?? '',
    message: state?.message ?? '',
    fields: state?.fields ?? {},
    values: { ...Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, v ?? ''])), ...(state?.values ?? {}) },
  };
  return (
    <>
      <TextField name="name" label={t('address.name')} autoComplete="name" state={filled} />
      <TextField name="street" label={t('address.street')} autoComplete="street-address" state={filled} />
      <div className="field-row">
        <TextField name="postalCode" label={t('address.postalCode')} autoComplete="postal-code" state={filled} />
        <TextField name="city" label={t('address.city')} autoComplete="address-level2" state={filled} />
      </div>
      <Field name="country" label={t('address.country')} state={filled}>
        {(control) => (
          <select {...control} defaultValue={control.defaultValue || 'DE'} autoComplete="country" required>
            <CountryOptions codes={countries} />
          </select>
        )}
      </Field>
      <TextField name="phone" label={t('address.phone')} type="tel" autoComplete="tel" state={filled} optional />
    </>
  );
}

/** An address as it goes on a parcel. */
export function AddressBlock({ address }: { address: PostalAddress }) {
  const country = useCountryName();
  return (
    <address className="postal-address">
      {address.name}
      <br />
      {address.street}
      <br />
      {address.postalCode} {address.city}
      <br />
      {country(address.country)}
      {address.phone && (
        <>
          <br />
          {address.phone}
        </>
      )}
    </address>
  );
}
