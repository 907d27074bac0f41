import { DomainError, InvalidInputError } from '../errors/domain-error';
import { assertCurrencyCode, currencyExponent } from './currency';

/** An amount of money: an integer count of the currency's minor units (cents), never a float. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new DomainError('INVALID_AMOUNT', `Money amounts are whole minor units; got ${amount}`);
  }
  assertCurrencyCode(currency);
  return { amount, currency };
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DomainError('CURRENCY_MISMATCH', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function multiplyMoney(a: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) {
    throw new DomainError('INVALID_AMOUNT', `Money can only be multiplied by whole numbers; got ${factor}`);
  }
  return money(a.amount * factor, a.currency);
}

/** Parses a decimal string such as "12.99" or "12,99" into minor units of the currency. */
export function parseMoney(decimal: string, currency: string): Money {
  const exponent = currencyExponent(currency);
  const normalised = decimal.trim().replace(',', '.');
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(normalised);
  if (!match || (match[3]?.length ?? 0) > exponent) {
    throw new DomainError('INVALID_AMOUNT', `"${decimal}" is not an amount in ${currency} (at most ${exponent} decimal places)`);
  }
  const [, sign, whole, fraction = ''] = match;
  const minor = Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
  return money(sign ? -minor : minor, currency);
}

/** A client's BCP 47 language tag (e.g. "de-DE"), canonical; anything Intl cannot use is BAD_USER_INPUT naming the field. */
export function parseLocale(locale: string, field = 'locale'): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw new InvalidInputError(`"${locale.slice(0, 50)}" is not a language tag`, {
    [field]: ['must be a language tag such as de-DE'],
  });
}

/** Formats money for people, e.g. "€12.99" (en) or "12,99 €" (de). */
export function formatMoney(value: Money, locale = 'en'): string {
  const exponent = currencyExponent(value.currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(value.amount / 10 ** exponent);
}

/** numerator / denominator rounded half-up to a whole number (both ≥ 0): the rounding the fee rules prescribe. */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0 || denominator <= 0)
    throw new DomainError('INVALID_AMOUNT', 'roundHalfUp takes a numerator ≥ 0 and a denominator > 0');
  return Number((2n * BigInt(numerator) + BigInt(denominator)) / (2n * BigInt(denominator)));
}
