import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/dashboard.provenance.$id';
import { Field, FormAlert, type FormState, TextField } from '../components/form';
import { AttestationStatement } from '../components/provenance';
import { graphql } from '../graphql';
import type { ProvenanceRecordKind } from '../graphql/graphql';
import { errorMessageKey, pageTitle, t, useT } from '../i18n';
import * as api from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { readRecordForm, recordFieldName } from '../lib/provenance.server';
import { requireToken } from '../lib/session.server';

const RECORD_KINDS = [
  'ORIGIN',
  'PROCESSING',
  'TRANSFORMATION',
  'TRANSPORT',
  'CERTIFICATION',
  'CUSTODY_TRANSFER',
  'INSPECTION',
] as const satisfies readonly ProvenanceRecordKind[];

const ProvenanceLotPage = graphql(`
  query ProvenanceLotPage($id: ID!, $organisationId: ID!) {
    provenanceLot(id: $id) {
      id
      code
      name
      custodyModel
      traceable
      recordCount
      custodianOrganisationId
      custodian {
        name
      }
      records(first: 100) {
        edges {
          node {
            id
            position
            kind
            occurredAt
            description
            actorOrganisationId
            actor {
              name
            }
            place {
              name
              country
            }
            certification {
              standard
              certificateId
              status
            }
            attestations {
              id
              organisationId
              valid
              statement
              organisation {
                name
              }
            }
          }
        }
      }
    }
    myProducts(organisationId: $organisationId, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const AppendProvenanceRecord = graphql(`
  mutation AppendProvenanceRecord($lotId: ID!, $input: AppendRecordInput!) {
    appendProvenanceRecord(lotId: $lotId, input: $input) {
      id
    }
  }
`);

const AttestProvenanceRecord = graphql(`
  mutation AttestProvenanceRecord($recordId: ID!, $organisationId: ID!, $statement: String!) {
    attestProvenanceRecord(recordId: $recordId, organisationId: $organisationId, statement: $statement) {
      id
    }
  }
`);

const LinkLotToProduct = graphql(`
  mutation LinkLotToProduct($lotId: ID!, $productId: ID!) {
    linkLotToProduct(lotId: $lotId, productId: $productId) {
      id
    }
  }
`);

export const meta = pageTitle('provenance.dashboard.lotTitle');

export async function loader({ request, params }: Route.LoaderArgs) {
  const { token, organisationId } = await sellerChoice(request);
  if (!organisationId) throw redirect('/dashboard/provenance');
  const { locale } = await detectLocale(request);
  const { provenanceLot, myProducts, organisations } = await api.requestOr404(
    ProvenanceLotPage,
    { id: params.id, organisationId },
    { token },
  );
  // The organisations goods can be handed over to, by name (not the holder itself).
  const receivers = organisations.edges
    .map((edge) => edge.node)
    .filter((organisation) => organisation.id !== organisationId)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return { locale, organisationId, lot: provenanceLot, products: myProducts.edges.map((edge) => edge.node), receivers };
}

/** One action per form on the page, told apart by `intent`; a refusal comes back with the form it belongs to. */
export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const intent = text(form, 'intent');
  const refused = (response: ReturnType<typeof invalidForm>) =>
    data({ intent, state: response.data }, response.init ?? undefined);
  try {
    if (intent === 'attest') {
      await api.request(
        AttestProvenanceRecord,
        { recordId: text(form, 'recordId'), organisationId: text(form, 'org'), statement: text(form, 'statement') },
        { token },
      );
    } else if (intent === 'link') {
      await api.request(LinkLotToProduct, { lotId: params.id, productId: text(form, 'productId') }, { token });
    } else {
      const { input, fields } = readRecordForm(form);
      if (Object.keys(fields).length) return refused(invalidForm(form, fields));
      await api.request(AppendProvenanceRecord, { lotId: params.id, input }, { token });
    }
  } catch (error) {
    const failure = formFailure(error, form, recordFieldName);
    // A refusal of the chain's rules (RECORD_IN_FUTURE, ...) is said at its field in the page's language, not the API's.
    if (error instanceof api.ApiError && error.code !== 'BAD_USER_INPUT') {
      const { locale } = await detectLocale(request);
      for (const field of Object.keys(failure.data.fields)) failure.data.fields[field] = [t(locale, errorMessageKey(error.code))];
    }
    return refused(failure);
  }
  return redirect(`/dashboard/provenance/${params.id}?org=${text(form, 'org')}`);
}

function AppendRecordForm({
  state,
  organisationId,
  receivers,
}: {
  state: FormState | undefined;
  organisationId: string;
  receivers: readonly { id: string; name: string }[];
}) {
  const t = useT();
  const select = (name: string, values: readonly string[], label: (value: string) => string) => (
    <Field name={name} label={t(`provenance.field.${name}`)} state={state}>
      {(control) => (
        <select {...control}>
          {values.map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const coordinates = (prefix: string) => (
    <div className="field-row">
      <TextField name={`${prefix}Latitude`} label={t('provenance.field.latitude')} state={state} inputMode="decimal" optional />
      <TextField name={`${prefix}Longitude`} label={t('provenance.field.longitude')} state={state} inputMode="decimal" optional />
    </div>
  );
  return (
    <Form method="post" className="form" aria-labelledby="append-title">
      <input type="hidden" name="intent" value="append" />
      <input type="hidden" name="org" value={organisationId} />
      {select('kind', RECORD_KINDS, (kind) => t(`recordKind.${kind}`))}
      <TextField name="occurredAt" type="datetime-local" label={t('provenance.field.occurredAt')} state={state} />
      <div className="field-row">
        <TextField name="placeName" label={t('provenance.field.placeName')} state={state} />
        <TextField name="placeCountry" label={t('provenance.field.country')} hint={t('field.countryHint')} state={state} />
      </div>
      {coordinates('place')}
      <TextField name="description" label={t('field.description')} state={state} optional multiline />
      <div className="field-row">
        <TextField name="evidenceUrl" type="url" label={t('provenance.field.evidenceUrl')} state={state} optional />
        <TextField name="evidenceHash" label={t('provenance.field.evidenceHash')} state={state} optional />
      </div>
      <fieldset>
        <legend>{t('recordKind.TRANSPORT')}</legend>
        <div className="field-row">
          <TextField name="fromName" label={t('provenance.field.fromName')} state={state} optional />
          <TextField name="fromCountry" label={t('provenance.field.country')} state={state} optional />
        </div>
        {coordinates('from')}
        {select('mode', ['SEA', 'ROAD', 'RAIL', 'AIR', 'INLAND_WATERWAY', 'OTHER'], (mode) => t(`transportMode.${mode}`))}
      </fieldset>
      <fieldset>
        <legend>{t('recordKind.CERTIFICATION')}</legend>
        <div className="field-row">
          <TextField name="certifier" label={t('provenance.field.certifier')} state={state} optional />
          <TextField name="standard" label={t('provenance.field.standard')} state={state} optional />
          <TextField name="certificateId" label={t('provenance.field.certificateId')} state={state} optional />
        </div>
        {select('scope', ['LOT', 'PRODUCT', 'ORGANISATION'], (scope) => t(`certificateScope.${scope}`))}
        <div className="field-row">
          <TextField name="validFrom" type="date" label={t('provenance.field.validFrom')} state={state} optional />
          <TextField name="validTo" type="date" label={t('provenance.field.validTo')} state={state} optional />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('provenance.dashboard.otherKinds')}</legend>
        <Field name="toOrganisationId" label={t('provenance.field.toOrganisationId')} state={state} optional>
          {(control) => (
            <select {...control}>
              <option value="">{t('provenance.field.noReceiver')}</option>
              {receivers.map((receiver) => (
                <option key={receiver.id} value={receiver.id}>
                  {receiver.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField name="inputLotIds" label={t('provenance.field.inputLotIds')} state={state} optional />
      </fieldset>
      <button type="submit">{t('provenance.dashboard.append')}</button>
    </Form>
  );
}

export default function ProvenanceLotDashboard({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, organisationId, lot, products, receivers } = loaderData;
  const t = useT();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const holds = lot.custodianOrganisationId === organisationId;
  const failed = (intent: string) => (actionData?.intent === intent ? actionData.state : undefined);
  return (
    <section className="page">
      <p>
        <Link to={`/dashboard/provenance?org=${organisationId}`}>← {t('provenance.dashboard.title')}</Link>
      </p>
      <h1>
        {lot.code} · {lot.name}
      </h1>
      <p>
        {t(`custodyModel.${lot.custodyModel}`)} · {t('provenance.custodian')}: {lot.custodian.name} ·{' '}
        {lot.traceable ? t('provenance.traceable') : t('provenance.notTraceable.other')}
      </p>
      <FormAlert state={failed('attest')} />
      <ol className="timeline" data-testid="lot-records">
        {lot.records.edges.map(({ node: record }) => {
          const attested = record.attestations.some((attestation) => attestation.organisationId === organisationId);
          return (
            <li key={record.id} className="step" data-kind={record.kind}>
              <p className="step-head">
                <strong>
                  {record.position + 1}. {t(`recordKind.${record.kind}`)}
                </strong>{' '}
                · {date.format(new Date(record.occurredAt))} · {record.place.name} ({record.place.country}) · {record.actor.name}
              </p>
              {record.description && <p>{record.description}</p>}
              {record.certification && (
                <p className={`certificate ${record.certification.status.toLowerCase()}`}>
                  {record.certification.standard} {record.certification.certificateId}:{' '}
                  {t(`certificate.${record.certification.status}`)}
                </p>
              )}
              <ul className="step-proofs">
                {record.attestations.map((attestation) => (
                  <li key={attestation.id} className={`attestation ${attestation.valid ? 'valid' : 'invalid'}`}>
                    {t('provenance.attestedBy')} {attestation.organisation.name}
                    <AttestationStatement statement={attestation.statement} />
                  </li>
                ))}
              </ul>
              {record.actorOrganisationId !== organisationId && !attested && (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="attest" />
                  <input type="hidden" name="org" value={organisationId} />
                  <input type="hidden" name="recordId" value={record.id} />
                  <label htmlFor={`statement-${record.id}`}>{t('provenance.field.statement')}</label>
                  <input id={`statement-${record.id}`} name="statement" />
                  <button type="submit">
                    {t('provenance.dashboard.attest')}
                    <span className="visually-hidden"> {record.position + 1}</span>
                  </button>
                </Form>
              )}
            </li>
          );
        })}
      </ol>
      {holds ? (
        <>
          <h2 id="append-title">{t('provenance.dashboard.appendTitle')}</h2>
          <p className="hint">{t('provenance.dashboard.appendHint')}</p>
          <FormAlert state={failed('append')} />
          {/* Keyed by the record count: once a record is saved the form starts empty, so nothing is copied into the next one. */}
          <AppendRecordForm
            key={lot.recordCount}
            state={failed('append')}
            organisationId={organisationId}
            receivers={receivers}
          />
          {products.length > 0 && (
            <>
              <h2>{t('provenance.dashboard.linkTitle')}</h2>
              <FormAlert state={failed('link')} />
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="link" />
                <input type="hidden" name="org" value={organisationId} />
                <label htmlFor="link-product">{t('provenance.field.product')}</label>
                <select id="link-product" name="productId">
                  {products.map((product) => (
                    <option key={product.id} value={product.id}>
                      {product.title}
                    </option>
                  ))}
                </select>
                <button type="submit">{t('provenance.dashboard.link')}</button>
              </Form>
            </>
          )}
        </>
      ) : (
        <p className="notice">{t('provenance.dashboard.notHolding')}</p>
      )}
    </section>
  );
}
