import { ADDRESS_FIELDS, type PostalAddress } from '../components/address';
import { type Locale, t } from '../i18n';
import { formFailure, text } from './forms.server';

/** The address fields of a form, as the API takes them. */
export function addressFromForm(form: FormData): PostalAddress {
  return {
    name: text(form, 'name'),
    street: text(form, 'street'),
    postalCode: text(form, 'postalCode'),
    city: text(form, 'city'),
    country: text(form, 'country'),
    phone: text(form, 'phone') || null,
  };
}

/** Like formFailure, with the API's reasons for address fields said in the page's language. */
export function addressFailure(
  error: unknown,
  form: FormData,
  locale: Locale,
  fieldName: (path: string) => string = (path) => path,
) {
  const failure = formFailure(error, form, fieldName);
  const fields = failure.data.fields;
  for (const name of ADDRESS_FIELDS) {
    if (!fields[name]) continue;
    const example = fields[name].join(' ').match(/for example ([^)]+)\)/)?.[1];
    fields[name] = [t(locale, `address.invalid.${name}`) + (example ? ` ${t(locale, 'address.example')} ${example}` : '')];
  }
  return failure;
}
