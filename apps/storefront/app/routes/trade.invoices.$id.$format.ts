import { data } from 'react-router';
import type { Route } from './+types/trade.invoices.$id.$format';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';
import { requireToken } from '../lib/session.server';

const InvoicePdf = graphql(`
  query InvoicePdf($id: ID!) {
    wholesaleInvoice(id: $id) {
      number
      pdfBase64
      seller {
        name
      }
    }
  }
`);

const InvoiceXml = graphql(`
  query InvoiceXml($id: ID!) {
    wholesaleInvoice(id: $id) {
      number
      xrechnungXml
      seller {
        name
      }
    }
  }
`);

const fileName = (seller: string, number: number, extension: string) =>
  `invoice-${seller
    .replace(/[^\w-]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}-${number}.${extension}`;

/** An invoice between co-ops as a download: its PDF, or its EN 16931 e-invoice (XRechnung UBL). Only its two co-ops' staff get it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  try {
    return await download(await requireToken(request), params);
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    throw error;
  }
}

async function download(token: string, params: Route.LoaderArgs['params']): Promise<Response> {
  if (params.format === 'pdf') {
    const { wholesaleInvoice } = await api.requestOr404(InvoicePdf, { id: params.id }, { token });
    return new Response(Buffer.from(wholesaleInvoice.pdfBase64, 'base64'), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${fileName(wholesaleInvoice.seller.name, wholesaleInvoice.number, 'pdf')}"`,
        'cache-control': 'private, no-store',
      },
    });
  }
  if (params.format === 'xml') {
    const { wholesaleInvoice } = await api.requestOr404(InvoiceXml, { id: params.id }, { token });
    return new Response(wholesaleInvoice.xrechnungXml, {
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName(wholesaleInvoice.seller.name, wholesaleInvoice.number, 'xml')}"`,
        'cache-control': 'private, no-store',
      },
    });
  }
  throw data(null, { status: 404 });
}
