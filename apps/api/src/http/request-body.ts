import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const CODE_OF_STATUS: Record<number, string> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** What body-parser throws: an HTTP status and, for a too large body, the limit. */
interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

/**
 * Parses JSON bodies up to `maxBytes` and answers a body that cannot be read (too large,
 * malformed JSON, an unknown charset) with a stable code before any route runs: on /graphql in
 * the GraphQL error shape, elsewhere as `{ code, message }`.
 */
export function limitRequestBodies(app: NestExpressApplication, maxBytes: number): void {
  app.useBodyParser('json', { limit: maxBytes });
  app.useBodyParser('urlencoded', { limit: maxBytes, extended: false });
  app.use((error: BodyParserError, req: Request, res: Response, next: NextFunction) => {
    const status = error.status ?? error.statusCode;
    if (!error.type || !status || status < 400 || status >= 500) return next(error);
    const code = CODE_OF_STATUS[status] ?? 'BAD_REQUEST';
    const message =
      status === 413
        ? `The request body is larger than the limit of ${maxBytes} bytes`
        : status === 415
          ? 'The request body is in an encoding this API does not read; send UTF-8 JSON'
          : 'The request body is not valid JSON';
    res.status(status).json(req.path === '/graphql' ? { errors: [{ message, extensions: { code } }] } : { code, message });
  });
}
