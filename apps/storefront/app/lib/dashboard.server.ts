import { redirect } from 'react-router';
import { PRIVATE } from '../components/seller-select';
import { graphql } from '../graphql';
import * as api from './api.server';
import { requireToken } from './session.server';

const MyOrganisations = graphql(`
  query MyOrganisations {
    me {
      id
      memberships {
        organisation {
          id
          name
        }
      }
    }
  }
`);

/**
 * The logged-in producer, the organisations they act for, and which seller the page is about:
 * `?org=` (an organisation, or PRIVATE), else their first organisation, else themselves.
 */
export async function sellerChoice(request: Request) {
  const token = await requireToken(request);
  const { me } = await api.request(MyOrganisations, {}, { token });
  if (!me) throw redirect('/login');
  const organisations = me.memberships.map((membership) => membership.organisation);
  const asked = new URL(request.url).searchParams.get('org');
  const chosen = organisations.find((organisation) => organisation.id === asked) ?? (asked === PRIVATE ? null : organisations[0]);
  return { token, accountId: me.id, organisations, organisationId: chosen?.id ?? null };
}
