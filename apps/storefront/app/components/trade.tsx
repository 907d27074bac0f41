import { Form, Link } from 'react-router';
import type { Incoterm } from '../graphql/graphql';
import { useT } from '../i18n';

/** Incoterms 2020: any mode of transport first, then sea and inland waterway. */
export const INCOTERMS = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const satisfies readonly Incoterm[];

export function withOrgLink(path: string, organisationId: string | null): string {
  if (!organisationId) return path;
  return `${path}${path.includes('?') ? '&' : '?'}org=${encodeURIComponent(organisationId)}`;
}

/** Which co-op the desk acts for, when the person acts for more than one. */
export function TradeOrgSelect({
  organisations,
  organisationId,
}: {
  organisations: { id: string; name: string }[];
  organisationId: string | null;
}) {
  const t = useT();
  if (organisations.length < 2) return null;
  return (
    <Form method="get" className="inline-form">
      <label htmlFor="trade-org">{t('trade.actingFor')}</label>
      <select id="trade-org" name="org" defaultValue={organisationId ?? undefined}>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      <button type="submit">{t('dashboard.show')}</button>
    </Form>
  );
}

/** The desk's way back, on every page of it. */
export function TradeBack({ organisationId }: { organisationId: string | null }) {
  const t = useT();
  return (
    <p>
      <Link to={withOrgLink('/trade', organisationId)}>← {t('trade.title')}</Link>
    </p>
  );
}

/** A co-op that is not verified (or a guest) meets the desk's FORBIDDEN as this notice, not an empty list. */
export function NotVerified() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('trade.title')}</h1>
      <p className="notice" data-testid="trade-forbidden">
        {t('trade.notVerified')}
      </p>
    </section>
  );
}

/** A date field's value (YYYY-MM-DD) `days` from now. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
