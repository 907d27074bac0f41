import { redirect } from 'react-router';

/** The checkout starts with the delivery address. */
export function loader() {
  return redirect('/checkout/address');
}
