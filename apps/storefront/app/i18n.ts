import { useRouteLoaderData } from 'react-router';
import * as account from './messages/account';
import * as buying from './messages/buying';
import * as coop from './messages/coop';
import * as dividends from './messages/dividends';
import * as errors from './messages/errors';
import * as media from './messages/media';
import * as shop from './messages/shop';
import * as staff from './messages/staff';
import * as trade from './messages/trade';

/**
 * Every string the storefront shows, in each language it speaks. English is the default.
 * Each area keeps its strings in its own file under messages/ (an `en` object and a `de` of the
 * same keys); add a new area's file to AREAS.
 */
const AREAS = [shop, buying, coop, dividends, trade, errors, account, staff, media] as const;

type Area = (typeof AREAS)[number];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type MessageKey = keyof UnionToIntersection<Area['en']>;

const en = Object.assign({}, ...AREAS.map((area) => area.en)) as Record<MessageKey, string>;
const de = Object.assign({}, ...AREAS.map((area) => area.de)) as Record<MessageKey, string>;

const MESSAGES = { en, de };
export type Locale = keyof typeof MESSAGES;
export const LOCALES = Object.keys(MESSAGES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in MESSAGES;
}

/** A message in the given language; a key that is not a message (e.g. an unknown field name) is shown as it is. */
export function t(locale: Locale, key: MessageKey | string): string {
  return MESSAGES[locale][key as MessageKey] ?? key;
}

/** The key of what we say for an API error code; a code we have no words for says that something went wrong. */
export function errorMessageKey(code: string): MessageKey {
  const key = `errorCode.${code}`;
  return key in en ? (key as MessageKey) : 'errorCode.INTERNAL_SERVER_ERROR';
}

/** The best of our languages for an Accept-Language header, e.g. "de-AT,de;q=0.9,en;q=0.5". */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0].toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** A message with its `{name}` placeholders filled in. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The page's language, which the root loader chose. */
export function useLocale(): Locale {
  return useRouteLoaderData<{ locale: Locale }>('root')?.locale ?? DEFAULT_LOCALE;
}

/** A date (and with `withTime` its time, in UTC) the way the page's language writes it; the same on server and client. */
export function formatWhen(locale: Locale, value: unknown, withTime = false): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' as const } : {}),
    timeZone: 'UTC',
  }).format(new Date(String(value)));
}

/** `t` bound to the page's language, which the root loader chose. */
export function useT(): (key: MessageKey | string) => string {
  const locale = useLocale();
  return (key) => t(locale, key);
}

/** A route's `meta`: the page title in the language the root loader chose. */
export function pageTitle(key: MessageKey) {
  return ({ matches }: { matches: readonly ({ data?: unknown } | undefined)[] }) => {
    const locale = (matches[0]?.data as { locale?: Locale } | undefined)?.locale ?? DEFAULT_LOCALE;
    return [{ title: `${t(locale, key)} · Allmende` }];
  };
}
