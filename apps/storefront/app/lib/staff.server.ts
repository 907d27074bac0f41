import { data } from 'react-router';
import { graphql } from '../graphql';
import * as api from './api.server';
import { requireToken } from './session.server';

const StaffViewer = graphql(`
  query StaffViewer {
    me {
      id
      platformRole
    }
  }
`);

/** The token of a platform staff account; a guest is sent to log in, anyone else gets the 403 page. */
export async function requireStaff(request: Request): Promise<string> {
  const token = await requireToken(request);
  const { me } = await api.request(StaffViewer, {}, { token });
  if (me?.platformRole !== 'STAFF') throw data(null, { status: 403 });
  return token;
}
