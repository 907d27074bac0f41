import { useEffect } from 'react';
import { Link, useRevalidator } from 'react-router';
import type { Route } from './+types/dashboard.import.$id';
import { TypedDocumentString } from '../graphql/graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { requireToken } from '../lib/session.server';

interface ProductImportQuery {
  productImport: {
    status: 'RUNNING' | 'DONE' | 'FAILED';
    /** Known once the whole file has been read. */
    rowsTotal: number | null;
    rowsProcessed: number;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
    errors: { line: number; column: string | null; reason: string }[];
    publish: boolean;
    drafts: number;
    onSale: number;
    keptAsDrafts: { line: number; column: string | null; reason: string }[];
  };
}

// Written by hand against the agreed contract while the API adds `productImport` to the schema;
// once apps/api/schema.gql has it, make this a graphql(...) document and let codegen type it.
const ProductImport = new TypedDocumentString<ProductImportQuery, { id: string }>(`
  query ProductImport($id: ID!) {
    productImport(id: $id) {
      status
      rowsTotal
      rowsProcessed
      created
      updated
      unchanged
      failed
      errors {
        line
        column
        reason
      }
      publish
      drafts
      onSale
      keptAsDrafts {
        line
        column
        reason
      }
    }
  }
`);

export const meta = pageTitle('import.report.title');

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { productImport } = await api.requestOr404(ProductImport, { id: params.id }, { token });
  return { productImport };
}

/** Reloads the page's data every second while the import runs. */
function useRefreshWhile(running: boolean) {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(revalidate, 1000);
    return () => clearInterval(timer);
  }, [running, revalidate]);
}

export default function ImportReport({ loaderData: { productImport: report } }: Route.ComponentProps) {
  const t = useT();
  const running = report.status === 'RUNNING';
  useRefreshWhile(running);
  const counts = (['created', 'updated', 'unchanged', 'failed', 'drafts', 'onSale'] as const).map(
    (key) => [key, report[key]] as const,
  );
  return (
    <section className="page">
      {/* Without scripts the browser reloads the page instead; inside <noscript> it is ignored when scripts run. */}
      {running && <noscript dangerouslySetInnerHTML={{ __html: '<meta http-equiv="refresh" content="1">' }} />}
      <h1>{t('import.report.title')}</h1>
      <p role="status" data-testid="import-status">
        {t(`import.status.${report.status}`)} — {report.rowsProcessed} / {report.rowsTotal ?? '…'} {t('import.rows')}
      </p>
      {/* Without a total yet, an indeterminate bar. */}
      <progress
        max={report.rowsTotal || undefined}
        value={report.rowsTotal ? report.rowsProcessed : undefined}
        aria-label={t('import.progress')}
      />
      <dl className="counts">
        {counts.map(([key, count]) => (
          <div key={key}>
            <dt>{t(`import.${key}`)}</dt>
            <dd data-testid={`import-${key}`}>{count}</dd>
          </div>
        ))}
      </dl>
      {!running && !report.publish && report.drafts > 0 && report.onSale === 0 && (
        <p data-testid="import-all-drafts">{t('import.allDrafts')}</p>
      )}
      <RowTable id="import-kept-as-drafts" title={t('import.keptAsDrafts')} rows={report.keptAsDrafts} />
      <RowTable id="import-errors" title={t('import.errors')} rows={report.errors} />
      <p>
        <Link to="/dashboard">{t('dashboard.title')}</Link> · <Link to="/dashboard/import">{t('import.another')}</Link>
      </p>
    </section>
  );
}

/** Rows of the file with a reason each (errors, or rows that stayed drafts). */
function RowTable({ id, title, rows }: { id: string; title: string; rows: ProductImportQuery['productImport']['errors'] }) {
  const t = useT();
  return (
    rows.length > 0 && (
      <>
        <h2 id={id}>{title}</h2>
        <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
          <table data-testid={id}>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((error, index) => (
                <tr key={index}>
                  <td>{error.line}</td>
                  <td>{error.column ?? '—'}</td>
                  <td>{error.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    )
  );
}
