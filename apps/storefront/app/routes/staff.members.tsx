import { Form } from 'react-router';
import type { Route } from './+types/staff.members';
import { CoopAlert } from '../components/coop';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';

const Members = graphql(`
  query StaffMembers {
    members(first: 200) {
      id
      number
      name
      memberClass
      status
      shares
    }
  }
`);
const Suspend = graphql(`
  mutation SuspendMember($memberId: ID!, $reason: String!) {
    suspendMember(memberId: $memberId, reason: $reason) {
      status
    }
  }
`);
const Reinstate = graphql(`
  mutation ReinstateMember($memberId: ID!, $reason: String!) {
    reinstateMember(memberId: $memberId, reason: $reason) {
      status
    }
  }
`);

export const meta = pageTitle('staff.members.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  return { members: (await api.request(Members, {}, { token })).members };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const variables = { memberId: text(form, 'memberId'), reason: text(form, 'reason') };
  try {
    if (text(form, 'intent') === 'reinstate') await api.request(Reinstate, variables, { token });
    else await api.request(Suspend, variables, { token });
    return null;
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function StaffMembersPage({ loaderData: { members }, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('staff.members.title')}</h1>
      <CoopAlert state={actionData ?? undefined} />
      <table>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                #{member.number} {member.name}
              </th>
              <td>{t(`memberClass.${member.memberClass}`)}</td>
              <td>{t(`memberStatus.${member.status}`)}</td>
              <td>{member.shares}</td>
              <td>
                {(member.status === 'ACTIVE' || member.status === 'SUSPENDED') && (
                  <Form method="post">
                    <input type="hidden" name="memberId" value={member.id} />
                    <input type="hidden" name="intent" value={member.status === 'ACTIVE' ? 'suspend' : 'reinstate'} />
                    <label>
                      {t('staff.reason')}
                      <input name="reason" required minLength={3} />
                    </label>
                    <button type="submit">{member.status === 'ACTIVE' ? t('staff.suspend') : t('staff.reinstate')}</button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
