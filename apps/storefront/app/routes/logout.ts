import { redirect } from 'react-router';
import type { Route } from './+types/logout';
import { graphql } from '../graphql';
import * as api from '../lib/api.server';
import { clearSession, getToken } from '../lib/session.server';

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session at the API (so the token stops working at once) and drops the cookie. */
export async function action({ request }: Route.ActionArgs) {
  const token = await getToken(request);
  if (token) {
    try {
      await api.request(Logout, {}, { token });
    } catch (error) {
      // An already refused token is as good as logged out.
      if (!(error instanceof api.ApiError && error.code === 'UNAUTHENTICATED')) throw error;
    }
  }
  return redirect('/', { headers: { 'Set-Cookie': await clearSession(request) } });
}

/** Logging out is a POST; a visit to /logout just goes home. */
export function loader() {
  return redirect('/');
}
