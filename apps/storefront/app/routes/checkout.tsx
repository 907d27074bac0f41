import { redirect } from 'react-router';
import type { Route } from './+types/checkout';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';
import { text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';

const Checkout = graphql(`
  mutation Checkout($idempotencyKey: String!) {
    checkout(idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

/** Checks the cart out (the key comes from the cart page, so a repeated post finds the same checkout) and shows its payment. */
export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  try {
    const { checkout } = await api.request(Checkout, { idempotencyKey: text(form, 'idempotencyKey') }, { token });
    return redirect(`/checkout/${checkout.id}`);
  } catch (error) {
    if (error instanceof api.ApiError && error.code !== 'INTERNAL_SERVER_ERROR') {
      return redirect(`/cart?error=${encodeURIComponent(error.code)}`);
    }
    throw error;
  }
}

export function loader() {
  return redirect('/cart');
}
