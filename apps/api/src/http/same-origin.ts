import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * The storefront's form posts must come from its own pages: a browser sends the session cookie
 * with a post from any site (SameSite=Lax stops most, not all), so a post whose Origin (or, without
 * one, Referer) is another site's is refused. The API itself takes no cookie, only a bearer token.
 */
export function refuseCrossSitePosts(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const from = originOf(req.get('origin') ?? undefined) ?? originOf(req.get('referer') ?? undefined);
  if (from === `${req.protocol}://${req.get('host')}`) return next();
  res.status(403).type('text/plain').send('Refused: this form was not sent from this shop’s own pages');
}
