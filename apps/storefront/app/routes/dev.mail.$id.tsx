import { data, Link } from 'react-router';
import type { Route } from './+types/dev.mail.$id';
import { graphql } from '../graphql';
import { formatWhen, useLocale, useT } from '../i18n';
import * as api from '../lib/api.server';

const DevMail = graphql(`
  query DevMail($id: ID!) {
    devMail(id: $id) {
      id
      from
      to
      subject
      html
      sentAt
      attachments {
        index
        filename
        size
      }
    }
  }
`);

export async function loader({ params }: Route.LoaderArgs) {
  try {
    const { devMail } = await api.request(DevMail, { id: params.id });
    if (!devMail) throw data(null, { status: 404 });
    return { mail: devMail };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.mail.subject ?? ''} · Allmende` }];
}

/** One mail as the recipient would see it; the HTML is shown in a sandboxed frame, so its markup cannot touch the page. */
export default function DevMailPage({ loaderData: { mail } }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="page">
      <p>
        <Link to="/dev/mail">{t('devMail.back')}</Link>
      </p>
      <h1>{mail.subject}</h1>
      <dl className="details">
        <div>
          <dt>{t('devMail.to')}</dt>
          <dd data-testid="mail-to">{mail.to}</dd>
        </div>
        <div>
          <dt>{t('devMail.sentAt')}</dt>
          <dd>{formatWhen(locale, mail.sentAt, true)} UTC</dd>
        </div>
      </dl>
      {mail.attachments.length > 0 && (
        <>
          <h2>{t('devMail.attachments')}</h2>
          <ul>
            {mail.attachments.map((attachment) => (
              <li key={attachment.index}>
                <a href={`/dev/mail/${mail.id}/attachments/${attachment.index}`} download={attachment.filename}>
                  {attachment.filename}
                </a>{' '}
                ({Math.ceil(attachment.size / 1024)} kB)
              </li>
            ))}
          </ul>
        </>
      )}
      <iframe className="mail-frame" title={mail.subject} sandbox="" srcDoc={mail.html} />
    </section>
  );
}
