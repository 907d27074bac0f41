import { data } from 'react-router';
import type { Route } from './+types/dividends.statement';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';
import { requireToken } from '../lib/session.server';

const StatementPdf = graphql(`
  query DividendStatementPdf($allocationId: ID!, $memberId: ID!) {
    dividendStatement(allocationId: $allocationId, memberId: $memberId) {
      fiscalYear
      pdfBase64
    }
  }
`);

/** A member's statement as a PDF download (the member's own, or any for staff; the API checks). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { dividendStatement } = await api
    .requestOr404(StatementPdf, { allocationId: params.allocationId, memberId: params.memberId }, { token })
    .catch((error: unknown) => {
      if (error instanceof api.ApiError && error.code === 'FORBIDDEN') throw data(null, { status: 403 });
      throw error;
    });
  return new Response(Buffer.from(dividendStatement.pdfBase64, 'base64'), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="dividend-statement-${dividendStatement.fiscalYear}.pdf"`,
    },
  });
}
