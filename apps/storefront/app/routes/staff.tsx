import { redirect } from 'react-router';
import type { Route } from './+types/staff';
import { requireStaff } from '../lib/staff.server';

export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request);
  return redirect('/staff/verification');
}

/** Never shown (staff are sent on to the queue); having a page makes a refusal render as the 403 page, not a bare response. */
export default function StaffConsole() {
  return null;
}
