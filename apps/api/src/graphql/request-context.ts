import type { Request } from 'express';
import { DomainError, RequestContext } from '@allmende/core';
import { AccountService } from '@allmende/identity';

/** Builds each GraphQL request's context: who is asking, and a fresh set of DataLoaders. */
export async function buildRequestContext(req: Request, accounts: AccountService): Promise<RequestContext & { req: Request }> {
  const context: RequestContext & { req: Request } = {
    req,
    viewer: null,
    authError: null,
    loaders: new Map(),
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
  const header = req.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    try {
      if (scheme?.toLowerCase() !== 'bearer' || !token) {
        throw new DomainError('UNAUTHENTICATED', 'Send the session token as "Authorization: Bearer <token>"');
      }
      context.viewer = await accounts.viewerFromToken(token);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      context.authError = error;
    }
  }
  return context;
}
