import type { Route } from './+types/dev.mail.$id.attachments.$index';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';

const DevMailAttachment = graphql(`
  query DevMailAttachment($id: ID!, $index: Int!) {
    devMail(id: $id) {
      attachments {
        index
        filename
        contentType
      }
    }
    devMailAttachment(id: $id, index: $index)
  }
`);

/** Downloads an attachment of a development mail (e.g. the order's terms as PDF). */
export async function loader({ params }: Route.LoaderArgs) {
  const index = Number(params.index);
  if (!Number.isInteger(index) || index < 0) throw new Response(null, { status: 404 });
  try {
    const answer = await api.request(DevMailAttachment, { id: params.id, index });
    const attachment = answer.devMail?.attachments.find((a) => a.index === index);
    if (!attachment || !answer.devMailAttachment) throw new Response(null, { status: 404 });
    return new Response(Buffer.from(answer.devMailAttachment, 'base64'), {
      headers: {
        'Content-Type': attachment.contentType,
        'Content-Disposition': `attachment; filename="${attachment.filename.replace(/[^\w.-]+/g, '_')}"`,
      },
    });
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'NOT_FOUND') throw new Response(null, { status: 404 });
    throw error;
  }
}
