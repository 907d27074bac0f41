import { sellerChoice } from './dashboard.server';
import { detectLocale } from './locale.server';

/**
 * The trade desk's context: the logged-in co-op staff member, the organisations they act for and
 * which one the page acts for (`?org=`, else the first). Wholesale is the co-op's own business, so
 * acting privately is no choice here.
 */
export async function tradeContext(request: Request) {
  const { token, accountId, organisations, organisationId } = await sellerChoice(request);
  const { locale } = await detectLocale(request);
  return { token, accountId, organisations, organisationId: organisationId ?? organisations[0]?.id ?? null, locale };
}

/** `path` with `?org=` kept, so every link and redirect of the desk stays with the co-op chosen. */
export function withOrg(path: string, organisationId: string | null): string {
  if (!organisationId) return path;
  return `${path}${path.includes('?') ? '&' : '?'}org=${encodeURIComponent(organisationId)}`;
}
