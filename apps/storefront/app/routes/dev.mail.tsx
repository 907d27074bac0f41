import { data, Link } from 'react-router';
import type { Route } from './+types/dev.mail';
import { graphql } from '../graphql';
import { pageTitle, formatWhen, useLocale, useT } from '../i18n';
import * as api from '../lib/api.server';

const DevMailbox = graphql(`
  query DevMailbox {
    devMailbox(first: 200) {
      id
      kind
      to
      subject
      sentAt
    }
  }
`);

export const meta = pageTitle('devMail.title');

/** Only while no SMTP server is set; otherwise the page does not exist. */
export async function loader() {
  try {
    return { mails: (await api.request(DevMailbox, {})).devMailbox };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}

export default function DevMailboxPage({ loaderData: { mails } }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="page">
      <h1>{t('devMail.title')}</h1>
      <p>{t('devMail.intro')}</p>
      {mails.length === 0 ? (
        <p>{t('devMail.empty')}</p>
      ) : (
        <ul className="mail-list" data-testid="dev-mails">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Link to={`/dev/mail/${mail.id}`}>{mail.subject}</Link>
              <span className="meta">
                {t('devMail.to')} {mail.to} ·{' '}
                <time dateTime={String(mail.sentAt)}>{formatWhen(locale, mail.sentAt, true)} UTC</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
