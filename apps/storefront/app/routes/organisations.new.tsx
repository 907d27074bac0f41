import { Form, redirect } from 'react-router';
import type { Route } from './+types/organisations.new';
import { Field, FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import type { OrganisationKind } from '../graphql/graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, optionalText, text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';

const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

const KINDS = ['COOPERATIVE', 'COMPANY', 'NGO', 'SOLE_TRADER'] as const satisfies readonly OrganisationKind[];
const LEGAL_FIELDS = ['legalName', 'street', 'postalCode', 'city', 'country', 'vatId', 'payoutAccount'] as const;
const LEGAL_TEXTS = ['imprint', 'terms', 'withdrawalPolicy'] as const;

export const meta = pageTitle('organisation.new.title');

export async function loader({ request }: Route.LoaderArgs) {
  await requireToken(request);
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const details = Object.fromEntries([...LEGAL_FIELDS, ...LEGAL_TEXTS].map((name) => [name, optionalText(form, name)]));
  try {
    const input = { name: text(form, 'name'), kind: text(form, 'kind') as OrganisationKind, ...details };
    const { createOrganisation } = await api.request(CreateOrganisation, { input }, { token });
    return redirect(`/organisations/${createOrganisation.id}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function NewOrganisationPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('organisation.new.title')}</h1>
      <p>{t('organisation.new.intro')}</p>
      <Form method="post" className="form">
        <FormAlert state={actionData} />
        <TextField name="name" autoComplete="organization" label={t('field.name')} state={actionData} />
        <Field name="kind" label={t('field.kind')} state={actionData}>
          {(control) => (
            <select {...control} required>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('organisation.new.legal')}</legend>
          <p className="hint">{t('organisation.new.legalHint')}</p>
          {LEGAL_FIELDS.map((name) => (
            <TextField
              key={name}
              name={name}
              label={t(`field.${name}`)}
              hint={name === 'country' ? t('field.countryHint') : undefined}
              state={actionData}
              optional
            />
          ))}
          {LEGAL_TEXTS.map((name) => (
            <TextField key={name} name={name} label={t(`field.${name}`)} state={actionData} optional multiline />
          ))}
        </fieldset>
        <button type="submit">{t('organisation.new.submit')}</button>
      </Form>
    </section>
  );
}
