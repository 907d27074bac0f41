import type { ReactNode } from 'react';
import { Form, useSearchParams } from 'react-router';
import { useT } from '../i18n';

/** What an action returns to ask before an irreversible step: the step's form values, to send again with `confirmed`. */
export interface Confirmation {
  confirm: string;
  values: Record<string, string>;
}

export function isConfirmation(value: unknown): value is Confirmation {
  return typeof value === 'object' && value !== null && 'confirm' in value;
}

/**
 * Asks before an irreversible step: says what will happen, then sends the same form again with
 * `confirmed=1`, or goes back. Rendered by the server, so it works before the page's script runs.
 */
export function ConfirmPanel({
  confirmation,
  children,
  action,
}: {
  confirmation: Confirmation;
  children: ReactNode;
  action?: string;
}) {
  const t = useT();
  return (
    <section className="confirm-panel" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <h2 id="confirm-title">{t('confirm.title')}</h2>
      <div id="confirm-text">{children}</div>
      <div className="actions">
        <Form method="post" action={action}>
          {Object.entries(confirmation.values).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="confirmed" value="1" />
          <button type="submit" autoFocus>
            {t(`confirm.do.${confirmation.confirm}`)}
          </button>
        </Form>
        <Form method="get">
          <button type="submit" className="secondary">
            {t('confirm.back')}
          </button>
        </Form>
      </div>
    </section>
  );
}

/** The message that says what the last action did (`?done=<what>`), announced to screen readers. */
export function DoneNotice() {
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get('done');
  if (!done) return null;
  return (
    <p className="notice" role="status" data-testid="done-notice">
      {t(`done.${done}`)}
    </p>
  );
}
