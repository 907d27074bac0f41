import { data } from 'react-router';

/**
 * Every path no other route matches. Matching it (instead of matching nothing) lets the root
 * loader run, so the 404 page speaks the visitor's language like every other page.
 */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
