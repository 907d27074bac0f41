/**
 * Money in the storefront: amounts are integer minor units of an ISO 4217 currency, and the
 * number of minor-unit digits comes from the currency (EUR 2, JPY 0, KWD 3), never an assumed 2.
 * Amounts the API sends as Money carry their own `formatted`; this is for the rest (price bands,
 * form fields).
 */

/** The shop's trading currency, until listings may choose theirs. */
export const SHOP_CURRENCY = 'EUR';

/** Digits after the decimal point of a currency, from the ICU data the runtime ships. */
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units formatted for a locale, e.g. 1250 EUR as "€12.50" in English; `whole` leaves the fraction out. */
export function formatMinorUnits(amount: number, currency: string, locale: string, options: { whole?: boolean } = {}): string {
  const exponent = currencyExponent(currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(options.whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  });
  return format.format(amount / 10 ** exponent);
}

/** Minor units as a person types them into a form ("12.50"; "1250" for JPY), without a currency sign. */
export function minorUnitsToDecimal(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  return (amount / 10 ** exponent).toFixed(exponent);
}

/**
 * What a person typed ("12.50" or "12,50") in minor units of the currency, or null when it is not
 * an amount of it (a letter, or more decimal places than the currency has).
 */
export function decimalToMinorUnits(value: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  const pattern = exponent ? new RegExp(`^(\\d+)(?:[.,](\\d{1,${exponent}}))?$`) : /^(\d+)()$/;
  const match = pattern.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 10 ** exponent + Number((match[2] ?? '').padEnd(exponent, '0') || 0);
}
