import { data, Link, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/organisations.$id';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { getToken } from '../lib/session.server';

const OrganisationPage = graphql(`
  query OrganisationPage($id: ID!, $locale: String!) {
    organisation(id: $id) {
      id
      name
      kind
      legalName
      street
      postalCode
      city
      country
      vatId
      isVerified
      legalDetailsComplete
      missingLegalDetails
      verificationRefusalReason
      staff {
        accountId
        role
      }
      donationsReceived {
        amount
        formatted(locale: $locale)
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  try {
    const { locale } = await detectLocale(request);
    const { organisation } = await api.request(OrganisationPage, { id: params.id, locale }, { token: await getToken(request) });
    return { organisation };
  } catch (error) {
    if (error instanceof api.ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')) {
      throw data(null, { status: 404 });
    }
    throw error;
  }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.organisation.name ?? ''} · Allmende` }];
}

export default function Organisation({ loaderData: { organisation } }: Route.ComponentProps) {
  const t = useT();
  const viewerId = useRouteLoaderData<{ account: { id: string } | null }>('root')?.account?.id;
  const isOwner = organisation.staff.some((member) => member.accountId === viewerId && member.role === 'OWNER');
  const address = [
    organisation.street,
    [organisation.postalCode, organisation.city].filter(Boolean).join(' '),
    organisation.country,
  ];
  const details = [
    ['legalName', organisation.legalName],
    ['address', address.filter(Boolean).join(', ')],
    ['vatId', organisation.vatId],
  ].filter(([, value]) => value);
  return (
    <section className="page">
      <h1>{organisation.name}</h1>
      <p>
        {t(`kind.${organisation.kind}`)} ·{' '}
        <span className={organisation.isVerified ? 'badge verified' : 'badge'} data-testid="verification">
          {t(organisation.isVerified ? 'organisation.verified' : 'organisation.unverified')}
        </span>
      </p>
      {isOwner && (
        <p>
          <Link to={`/organisations/${organisation.id}/edit`}>{t('organisation.edit')}</Link>
        </p>
      )}
      {isOwner && !organisation.isVerified && organisation.verificationRefusalReason && (
        <p className="notice" data-testid="verification-refused">
          {t('organisation.refused')} {organisation.verificationRefusalReason}
        </p>
      )}
      {organisation.kind === 'NGO' && (
        <p data-testid="donations-received">
          {t('organisation.donationsReceived')}{' '}
          <strong>
            {organisation.donationsReceived.length
              ? organisation.donationsReceived.map((received) => received.formatted).join(', ')
              : t('organisation.noDonationsYet')}
          </strong>
        </p>
      )}
      {organisation.legalDetailsComplete ? (
        <p>{t('organisation.complete')}</p>
      ) : (
        <div className="notice">
          <p>{t('organisation.missing')}</p>
          <ul data-testid="missing-legal-details">
            {organisation.missingLegalDetails.map((field) => (
              <li key={field}>{t(`field.${field}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {details.length > 0 && (
        <>
          <h2>{t('organisation.details')}</h2>
          <dl className="details">
            {details.map(([field, value]) => (
              <div key={field}>
                <dt>{t(`field.${field}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
