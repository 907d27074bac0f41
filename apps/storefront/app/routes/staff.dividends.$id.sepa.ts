import type { Route } from './+types/staff.dividends.$id.sepa';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';
import { requireToken } from '../lib/session.server';

const SepaFile = graphql(`
  query DividendSepaFile($id: ID!) {
    dividendSepaFile(allocationId: $id) {
      fileName
      xml
    }
  }
`);

/** The run's SEPA credit-transfer file, as a download for the co-op's bank. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { dividendSepaFile } = await api.requestOr404(SepaFile, { id: params.id }, { token });
  return new Response(dividendSepaFile.xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': `attachment; filename="${dividendSepaFile.fileName}"`,
    },
  });
}
