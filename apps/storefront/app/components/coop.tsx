import { useT } from '../i18n';
import type { FormState } from './form';

/** A date and time in the page's language. */
export function formatDate(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** A refusal from the API in the page's language (the error-code registry's translation), else the API's message. */
export function CoopAlert({ state }: { state: FormState | undefined }) {
  const t = useT();
  if (!state) return null;
  const key = `errorCode.${state.code}`;
  const translated = t(key);
  return (
    <p className="form-alert" role="alert" data-testid="coop-alert">
      {translated === key ? state.message : translated}
    </p>
  );
}
