import { DomainError } from '../errors/domain-error';

const exponentCache = new Map<string, number>();

/**
 * The number of minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, KWD 3).
 * Read from the ICU data Node ships, so no currency is assumed to have 2 digits.
 */
export function currencyExponent(currency: string): number {
  const cached = exponentCache.get(currency);
  if (cached !== undefined) return cached;
  assertCurrencyCode(currency);
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const exponent = digits ?? 2;
  exponentCache.set(currency, exponent);
  return exponent;
}

export function assertCurrencyCode(currency: string): void {
  if (!/^[A-Z]{3}$/.test(currency) || !Intl.supportedValuesOf('currency').includes(currency)) {
    throw new DomainError('INVALID_CURRENCY', `"${currency}" is not an ISO 4217 currency code`);
  }
}
