import { createCookie, redirect } from 'react-router';

/** The session token from login or register; httpOnly, so page scripts never see it. */
const sessionCookie = createCookie('allmende_session', { httpOnly: true, sameSite: 'lax', path: '/' });

export async function getToken(request: Request): Promise<string | null> {
  const token: unknown = await sessionCookie.parse(request.headers.get('cookie'));
  return typeof token === 'string' ? token : null;
}

/** A Set-Cookie value that keeps the token until it expires; Secure when the page came over HTTPS. */
export function commitSession(request: Request, token: string, expiresAt: string): Promise<string> {
  return sessionCookie.serialize(token, { expires: new Date(expiresAt), secure: isHttps(request) });
}

export function clearSession(request: Request): Promise<string> {
  return sessionCookie.serialize('', { maxAge: 0, secure: isHttps(request) });
}

/** The token, or a redirect to the login page that comes back here afterwards. */
export async function requireToken(request: Request): Promise<string> {
  const token = await getToken(request);
  if (!token) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return token;
}

/** Only same-site paths, so `?next=` can never send anyone to another site. */
export function safeRedirectPath(next: FormDataEntryValue | string | null): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:';
}
