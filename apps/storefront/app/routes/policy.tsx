import type { Route } from './+types/policy';
import { formatDate } from '../components/coop';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';

const Policy = graphql(`
  query PolicyPage {
    policyParameters {
      key
      type
      value
      defaultValue
      description
    }
    policyHistory {
      id
      key
      value
      validFrom
      reason
      setByName
      proposalId
    }
  }
`);

export const meta = pageTitle('policy.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  return { locale, ...(await api.request(Policy, {})) };
}

export default function PolicyPage({ loaderData: { locale, policyParameters, policyHistory } }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('policy.title')}</h1>
      <p>{t('policy.intro')}</p>
      <table data-testid="policy-table">
        <thead>
          <tr>
            <th scope="col">{t('policy.parameter')}</th>
            <th scope="col">{t('policy.value')}</th>
            <th scope="col">{t('policy.default')}</th>
          </tr>
        </thead>
        <tbody>
          {policyParameters.map((parameter) => (
            <tr key={parameter.key}>
              <th scope="row">
                <code>{parameter.key}</code>
                <br />
                <small>{parameter.description}</small>
              </th>
              <td>{parameter.value}</td>
              <td>{parameter.defaultValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('policy.history')}</h2>
      {policyHistory.length === 0 ? (
        <p>{t('policy.noHistory')}</p>
      ) : (
        <ul data-testid="policy-history">
          {policyHistory.map((version) => (
            <li key={version.id}>
              {formatDate(locale, version.validFrom)}: <code>{version.key}</code> = {version.value} — {version.reason}
              {version.setByName ? ` (${fill(t('policy.changedBy'), { name: version.setByName })})` : ''}
              {version.proposalId ? (
                <>
                  {' '}
                  <a href={`/proposals/${version.proposalId}`}>{t('policy.throughProposal')}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
