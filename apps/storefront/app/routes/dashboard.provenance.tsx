import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/dashboard.provenance';
import { Field, FormAlert, TextField } from '../components/form';
import { graphql } from '../graphql';
import type { CustodyModel } from '../graphql/graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { formFailure, text } from '../lib/forms.server';
import { requireToken } from '../lib/session.server';

const CUSTODY_MODELS = ['IDENTITY_PRESERVED', 'SEGREGATED', 'MASS_BALANCE'] as const satisfies readonly CustodyModel[];

const ProvenanceLotsPage = graphql(`
  query ProvenanceLotsPage($organisationId: ID!) {
    provenanceLots(organisationId: $organisationId, first: 100) {
      totalCount
      edges {
        node {
          id
          code
          name
          custodyModel
          recordCount
          traceable
          custodian {
            name
          }
        }
      }
    }
  }
`);

const CreateProvenanceLot = graphql(`
  mutation CreateProvenanceLot($input: CreateLotInput!) {
    createProvenanceLot(input: $input) {
      id
    }
  }
`);

export const meta = pageTitle('provenance.dashboard.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { token, organisations, organisationId } = await sellerChoice(request);
  if (!organisationId) return { organisations, organisationId, lots: null };
  const { provenanceLots } = await api.request(ProvenanceLotsPage, { organisationId }, { token });
  return { organisations, organisationId, lots: provenanceLots };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const organisationId = text(form, 'org');
  try {
    const { createProvenanceLot } = await api.request(
      CreateProvenanceLot,
      {
        input: {
          organisationId,
          code: text(form, 'code'),
          name: text(form, 'name'),
          custodyModel: text(form, 'custodyModel') as CustodyModel,
        },
      },
      { token },
    );
    return redirect(`/dashboard/provenance/${createProvenanceLot.id}?org=${organisationId}`);
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function ProvenanceDashboard({ loaderData, actionData }: Route.ComponentProps) {
  const { organisations, organisationId, lots } = loaderData;
  const t = useT();
  return (
    <section className="page">
      <h1>{t('provenance.dashboard.title')}</h1>
      <p>{t('provenance.dashboard.intro')}</p>
      {!organisationId || !lots ? (
        <p>{t('provenance.dashboard.noOrganisation')}</p>
      ) : (
        <>
          {organisations.length > 1 && (
            <Form method="get" className="inline-form">
              <label htmlFor="provenance-org">{t('provenance.dashboard.organisation')}</label>
              <select id="provenance-org" name="org" defaultValue={organisationId}>
                {organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
              <button type="submit">{t('dashboard.show')}</button>
            </Form>
          )}
          <h2 id="lots">
            {t('provenance.dashboard.lots')} ({lots.totalCount})
          </h2>
          {lots.edges.length === 0 ? (
            <p>{t('provenance.dashboard.noLots')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="lots" tabIndex={0}>
              <table data-testid="lots">
                <thead>
                  <tr>
                    <th scope="col">{t('provenance.lot')}</th>
                    <th scope="col">{t('provenance.custodyModel')}</th>
                    <th scope="col">{t('provenance.steps')}</th>
                    <th scope="col">{t('provenance.custodian')}</th>
                  </tr>
                </thead>
                <tbody>
                  {lots.edges.map(({ node: lot }) => (
                    <tr key={lot.id}>
                      <th scope="row">
                        <Link to={`/dashboard/provenance/${lot.id}?org=${organisationId}`}>
                          {lot.code} · {lot.name}
                        </Link>
                      </th>
                      <td>{t(`custodyModel.${lot.custodyModel}`)}</td>
                      <td>{lot.recordCount}</td>
                      <td>{lot.custodian.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('provenance.dashboard.newLot')}</h2>
          <FormAlert state={actionData} />
          <Form method="post" className="form">
            <input type="hidden" name="org" value={organisationId} />
            <div className="field-row">
              <TextField name="code" label={t('provenance.field.code')} state={actionData} />
              <TextField name="name" label={t('provenance.field.name')} state={actionData} />
            </div>
            <Field name="custodyModel" label={t('provenance.custodyModel')} state={actionData}>
              {(control) => (
                <select {...control}>
                  {CUSTODY_MODELS.map((model) => (
                    <option key={model} value={model}>
                      {t(`custodyModel.${model}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit">{t('provenance.dashboard.createLot')}</button>
          </Form>
        </>
      )}
    </section>
  );
}
