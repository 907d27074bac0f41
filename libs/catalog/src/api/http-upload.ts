import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import express, { Request, Response } from 'express';
import { DomainError, UnauthenticatedError, Viewer } from '@allmende/core';
import { AccountService } from '@allmende/identity';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CSV_TOO_LARGE: 413,
  PHOTO_TOO_LARGE: 413,
  CSV_UNSUPPORTED_TYPE: 415,
  PHOTO_UNSUPPORTED_TYPE: 415,
};

/** Domain errors of the file uploads as `{ code, message }` with their HTTP status; bad input is a 400. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS[error.code] ?? 400).json({ code: error.code, message: error.message, ...error.details });
  }
}

/** The viewer of an upload's bearer token (uploads come over plain HTTP, not GraphQL). */
export function uploadViewer(accounts: AccountService, req: Request): Promise<Viewer> {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw new UnauthenticatedError('Send your session token as "Authorization: Bearer <token>"');
  }
  return accounts.viewerFromToken(token);
}

/**
 * The raw request body, read only once the caller is known, so no other route accepts big
 * bodies: `tooLarge` for a body over `limit`, `missing` for an empty one or another content
 * type than `types` (every type when null: photos are judged by their bytes, not their label).
 */
export async function readUploadBody(
  req: Request,
  res: Response,
  { limit, types }: { limit: string | number; types: string[] | null },
  errors: { tooLarge: () => DomainError; missing: () => DomainError },
): Promise<Buffer> {
  await new Promise<void>((resolve, reject) =>
    express.raw({ type: types ?? (() => true), limit })(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') reject(errors.tooLarge());
      else if (error) reject(error);
      else resolve();
    }),
  );
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw errors.missing();
  return req.body;
}
