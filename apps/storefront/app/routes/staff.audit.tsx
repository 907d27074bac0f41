import { Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/staff.audit';
import { StaffNav } from '../components/staff-nav';
import { graphql } from '../graphql';
import { pageTitle, useLocale, useT } from '../i18n';
import * as api from '../lib/api.server';
import { requireStaff } from '../lib/staff.server';

const AuditEvents = graphql(`
  query StaffAuditEvents($action: String, $subjectId: String, $after: String) {
    auditEvents(action: $action, subjectId: $subjectId, after: $after, first: 50) {
      edges {
        node {
          id
          occurredAt
          action
          actorAccountId
          subjectType
          subjectId
          clientAddress
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const meta = pageTitle('staff.audit.title');

/** The audit trail, newest first, filtered by action (or its subject's prefix, e.g. "login.") and by subject. */
export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const action = params.get('action')?.trim() || null;
  const subjectId = params.get('subject')?.trim() || null;
  try {
    const { auditEvents } = await api.request(AuditEvents, { action, subjectId, after: params.get('after') || null }, { token });
    return { events: auditEvents.edges.map((edge) => edge.node), pageInfo: auditEvents.pageInfo, invalid: false };
  } catch (error) {
    // A filter the API refuses (e.g. "Login failed" instead of login.failed) shows the form's hint, not an error page.
    if (error instanceof api.ApiError && error.code === 'BAD_USER_INPUT') {
      return { events: [], pageInfo: { hasNextPage: false, endCursor: null }, invalid: true };
    }
    throw error;
  }
}

export default function StaffAuditPage({ loaderData: { events, pageInfo, invalid } }: Route.ComponentProps) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  const next = new URLSearchParams(searchParams);
  if (pageInfo.endCursor) next.set('after', pageInfo.endCursor);
  return (
    <section className="page">
      <h1>{t('staff.audit.title')}</h1>
      <StaffNav />
      <p>{t('staff.audit.intro')}</p>
      <Form method="get" className="form audit-filter" role="search">
        <div className="field">
          <label htmlFor="audit-action">{t('staff.audit.action')}</label>
          <p className="hint" id="audit-action-hint">
            {t('staff.audit.actionHint')}
          </p>
          <input
            id="audit-action"
            name="action"
            defaultValue={searchParams.get('action') ?? ''}
            aria-describedby="audit-action-hint"
            aria-invalid={invalid || undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-subject">{t('staff.audit.subject')}</label>
          <input id="audit-subject" name="subject" defaultValue={searchParams.get('subject') ?? ''} />
        </div>
        <button type="submit">{t('staff.audit.filter')}</button>
      </Form>
      {invalid && (
        <p className="form-alert" role="alert">
          {t('staff.audit.invalid')}
        </p>
      )}
      {!invalid && events.length === 0 && <p>{t('staff.audit.empty')}</p>}
      <ol className="console-list" data-testid="audit-events">
        {events.map((event) => (
          <li key={event.id} className="card" data-testid="audit-event">
            <h2>
              <code>{event.action}</code>
            </h2>
            <dl className="details">
              <div>
                <dt>{t('staff.audit.when')}</dt>
                <dd>
                  <time dateTime={String(event.occurredAt)}>{when.format(new Date(String(event.occurredAt)))} UTC</time>
                </dd>
              </div>
              <div>
                <dt>{t('staff.audit.actor')}</dt>
                <dd className="break-anywhere">
                  {event.actorAccountId ? (
                    <Link to={`/staff/audit?subject=${event.actorAccountId}`}>{event.actorAccountId}</Link>
                  ) : (
                    t('staff.audit.nobody')
                  )}
                </dd>
              </div>
              {event.subjectId && (
                <div>
                  <dt>{t('staff.audit.subject')}</dt>
                  <dd className="break-anywhere">
                    {event.subjectType}{' '}
                    <Link to={`/staff/audit?subject=${encodeURIComponent(event.subjectId)}`}>{event.subjectId}</Link>
                  </dd>
                </div>
              )}
              {event.clientAddress && (
                <div>
                  <dt>{t('staff.audit.from')}</dt>
                  <dd>{event.clientAddress}</dd>
                </div>
              )}
              {Object.keys((event.details ?? {}) as Record<string, unknown>).length > 0 && (
                <div>
                  <dt>{t('staff.audit.details')}</dt>
                  <dd className="break-anywhere">
                    <code>{JSON.stringify(event.details)}</code>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && (
        <p>
          <Link to={`/staff/audit?${next.toString()}`}>{t('staff.audit.older')}</Link>
        </p>
      )}
    </section>
  );
}
