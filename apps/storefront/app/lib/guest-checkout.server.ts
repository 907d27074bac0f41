import { createCookie } from 'react-router';
import { graphql } from '../graphql';
import * as api from './api.server';

/** A guest's last checkout and its access token: lets the guest see and pay it, and claim it after registering. */
const guestCheckoutCookie = createCookie('allmende_guest_checkout', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  maxAge: 30 * 24 * 3600,
});

export interface GuestCheckout {
  id: string;
  token: string;
}

export async function getGuestCheckout(request: Request): Promise<GuestCheckout | null> {
  const value: unknown = await guestCheckoutCookie.parse(request.headers.get('cookie'));
  const checkout = value as Partial<GuestCheckout> | null;
  return typeof checkout?.id === 'string' && typeof checkout.token === 'string'
    ? { id: checkout.id, token: checkout.token }
    : null;
}

/** The access token for this checkout, if this browser placed it as a guest. */
export async function guestTokenFor(request: Request, checkoutId: string): Promise<string | null> {
  const checkout = await getGuestCheckout(request);
  return checkout?.id === checkoutId ? checkout.token : null;
}

export function commitGuestCheckout(request: Request, checkout: GuestCheckout): Promise<string> {
  return guestCheckoutCookie.serialize(checkout, { secure: new URL(request.url).protocol === 'https:' });
}

const ClaimGuestCheckout = graphql(`
  mutation ClaimGuestCheckout($checkoutId: ID!, $accessToken: String!) {
    claimGuestCheckout(checkoutId: $checkoutId, accessToken: $accessToken) {
      id
    }
  }
`);

/**
 * After login or registration: a guest checkout placed in this browser with the account's e-mail
 * address becomes the account's. Returns the Set-Cookie that forgets it once claimed (another
 * account's address keeps it, so the right account can still claim it).
 */
export async function claimGuestCheckout(request: Request, sessionToken: string): Promise<string | null> {
  const checkout = await getGuestCheckout(request);
  if (!checkout) return null;
  try {
    await api.request(ClaimGuestCheckout, { checkoutId: checkout.id, accessToken: checkout.token }, { token: sessionToken });
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'CLAIM_EMAIL_MISMATCH') return null;
    if (!(error instanceof api.ApiError && error.code === 'CHECKOUT_NOT_CLAIMABLE')) throw error;
  }
  return guestCheckoutCookie.serialize('', { maxAge: 0 });
}
