import { createCookie } from 'react-router';
import { DEFAULT_LOCALE, isLocale, type Locale, localeFromAcceptLanguage } from '../i18n';

const localeCookie = createCookie('allmende_lang', { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });

/**
 * The page's language: `?lang=` (remembered in a cookie, returned as `setCookie`), else the
 * cookie, else the browser's Accept-Language, else English.
 */
export async function detectLocale(request: Request): Promise<{ locale: Locale; setCookie: string | null }> {
  const chosen = new URL(request.url).searchParams.get('lang');
  if (isLocale(chosen)) return { locale: chosen, setCookie: await localeCookie.serialize(chosen) };
  const remembered: unknown = await localeCookie.parse(request.headers.get('cookie'));
  if (isLocale(remembered)) return { locale: remembered, setCookie: null };
  return { locale: localeFromAcceptLanguage(request.headers.get('accept-language')) ?? DEFAULT_LOCALE, setCookie: null };
}
