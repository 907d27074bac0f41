import type { Route } from './+types/staff.dividends.$id.report';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';
import { requireToken } from '../lib/session.server';

const Report = graphql(`
  query DividendReportCsv($id: ID!) {
    dividendReportCsv(allocationId: $id)
  }
`);

/** The board's allocation report as CSV. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { dividendReportCsv } = await api.requestOr404(Report, { id: params.id }, { token });
  return new Response(dividendReportCsv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="dividends-${params.id.slice(0, 8)}.csv"`,
    },
  });
}
