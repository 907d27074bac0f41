import { formatWhen, useT } from '../i18n';
import type { FormState } from './form';

/** A date and time in the page's language. */
export const formatDate = (locale: string, iso: string): string => formatWhen(locale === 'de' ? 'de' : 'en', iso, true);

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
