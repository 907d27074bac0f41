import { data, Form } from 'react-router';
import type { Route } from './+types/organisations.$id.edit';
import { FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import { fill, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';

const OrganisationLegalDetails = graphql(`
  query OrganisationLegalDetails($id: ID!) {
    me {
      id
    }
    organisation(id: $id) {
      id
      name
      legalName
      street
      postalCode
      city
      country
      vatId
      imprint
      terms
      withdrawalPolicy
      payoutAccount
      staff {
        accountId
        role
      }
    }
  }
`);

const UpdateLegalDetails = graphql(`
  mutation UpdateLegalDetails($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
    }
  }
`);

const LINE_FIELDS = ['legalName', 'street', 'postalCode', 'city', 'country', 'vatId', 'payoutAccount'] as const;
const TEXT_FIELDS = ['imprint', 'terms', 'withdrawalPolicy'] as const;

/** Only an owner may change the legal details; anyone else gets the 403 page. */
async function ownedOrganisation(request: Request, id: string) {
  const token = await requireToken(request);
  try {
    const { me, organisation } = await api.request(OrganisationLegalDetails, { id }, { token });
    const isOwner = organisation.staff.some((member) => member.accountId === me?.id && member.role === 'OWNER');
    if (!isOwner) throw data(null, { status: 403 });
    return { token, organisation };
  } catch (error) {
    if (error instanceof api.ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')) {
      throw data(null, { status: 404 });
    }
    throw error;
  }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  return { organisation: (await ownedOrganisation(request, params.id)).organisation };
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.organisation.name ?? ''} · Allmende` }];
}

export async function action({ request, params }: Route.ActionArgs) {
  const { token } = await ownedOrganisation(request, params.id);
  const form = await request.formData();
  // An emptied field clears the detail (empty text), so owners can also remove a VAT id they no longer have.
  const input = Object.fromEntries([...LINE_FIELDS, ...TEXT_FIELDS].map((name) => [name, text(form, name)]));
  if (!input.country) delete input.country;
  try {
    await api.request(UpdateLegalDetails, { id: params.id, input }, { token });
    return { saved: true as const };
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function EditLegalDetailsPage({ loaderData: { organisation }, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && 'code' in actionData ? actionData : undefined;
  // The saved values, unless the form was refused: then what was typed.
  const state = failure ?? {
    code: '',
    message: '',
    fields: {},
    values: Object.fromEntries([...LINE_FIELDS, ...TEXT_FIELDS].map((name) => [name, organisation[name] ?? ''])),
  };
  return (
    <section className="page">
      <h1>{fill(t('organisation.edit.title'), { name: organisation.name })}</h1>
      <p>{t('organisation.edit.intro')}</p>
      {actionData && 'saved' in actionData && (
        <p className="notice" role="status">
          {t('organisation.edit.saved')}
        </p>
      )}
      <Form method="post" className="form">
        <FormAlert state={failure} />
        {LINE_FIELDS.map((name) => (
          <TextField
            key={name}
            name={name}
            label={t(`field.${name}`)}
            hint={name === 'country' ? t('field.countryHint') : undefined}
            state={state}
            optional
          />
        ))}
        {TEXT_FIELDS.map((name) => (
          <TextField key={name} name={name} label={t(`field.${name}`)} state={state} optional multiline />
        ))}
        <button type="submit">{t('organisation.edit.submit')}</button>
      </Form>
    </section>
  );
}
