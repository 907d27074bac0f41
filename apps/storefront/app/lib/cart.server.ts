import { createCookie } from 'react-router';
import { graphql } from '../graphql';
import * as api from './api.server';

/** A guest cart's token; httpOnly, kept for 30 days. Logged-in buyers' carts belong to their account. */
const cartCookie = createCookie('allmende_cart', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 30 * 24 * 3600 });

export async function getCartToken(request: Request): Promise<string | null> {
  const token: unknown = await cartCookie.parse(request.headers.get('cookie'));
  return typeof token === 'string' ? token : null;
}

export function commitCartToken(request: Request, token: string): Promise<string> {
  return cartCookie.serialize(token, { secure: new URL(request.url).protocol === 'https:' });
}

export function clearCartToken(): Promise<string> {
  return cartCookie.serialize('', { maxAge: 0 });
}

const MergeCart = graphql(`
  mutation MergeCart($cartToken: String!) {
    mergeCart(cartToken: $cartToken) {
      itemCount
    }
  }
`);

/** After login or registration: moves the guest cart into the account's; returns the Set-Cookie that forgets the guest cart. */
export async function mergeGuestCart(request: Request, sessionToken: string): Promise<string | null> {
  const cartToken = await getCartToken(request);
  if (!cartToken) return null;
  await api.request(MergeCart, { cartToken }, { token: sessionToken });
  return clearCartToken();
}
