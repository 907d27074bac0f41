import { Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/dashboard';
import { DoneNotice } from '../components/confirm';
import { PRIVATE, SellerSelect } from '../components/seller-select';
import { graphql } from '../graphql';
import { fill, formatWhen, pageTitle, useLocale, useT } from '../i18n';
import * as api from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const DashboardPage = graphql(`
  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {
    seller(id: $sellerId, kind: $sellerKind) {
      vacationMode
    }
    payoutAccount(organisationId: $organisationId) {
      lastPayout {
        status
        failureMessage
        updatedAt
      }
    }
    myProducts(organisationId: $organisationId, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          state
          stock
          price {
            formatted(locale: $locale)
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const SetVacationMode = graphql(`
  mutation SetVacationMode($on: Boolean!, $organisationId: String) {
    setVacationMode(on: $on, organisationId: $organisationId) {
      vacationMode
    }
  }
`);

export const meta = pageTitle('dashboard.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { token, accountId, organisations, organisationId } = await sellerChoice(request);
  const { locale } = await detectLocale(request);
  const { seller, payoutAccount, myProducts } = await api.request(
    DashboardPage,
    {
      organisationId,
      sellerId: organisationId ?? accountId,
      sellerKind: organisationId ? 'ORGANISATION' : 'PERSON',
      after: new URL(request.url).searchParams.get('after') || undefined,
      locale,
    },
    { token },
  );
  const lastPayout = payoutAccount?.lastPayout;
  return {
    organisations,
    organisationId,
    vacationMode: seller.vacationMode,
    products: myProducts,
    failedPayout: lastPayout?.status === 'FAILED' ? lastPayout : null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const organisationId = text(form, 'org');
  await api.request(
    SetVacationMode,
    { on: text(form, 'vacation') === 'on', organisationId: organisationId === PRIVATE ? undefined : organisationId },
    { token },
  );
  return null;
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { organisations, organisationId, vacationMode, products, failedPayout } = loaderData;
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const org = organisationId ?? PRIVATE;
  return (
    <section className="page">
      <h1>{t('dashboard.title')}</h1>
      <DoneNotice />
      {failedPayout && (
        <p className="form-alert" role="alert" data-testid="payout-failed">
          {fill(t('dashboard.payoutFailed'), {
            date: formatWhen(locale, failedPayout.updatedAt),
            reason: failedPayout.failureMessage ?? t('dashboard.payoutFailedNoReason'),
          })}
        </p>
      )}
      {params.has('saved') && (
        <p className="notice" role="status">
          {t('dashboard.saved')}
        </p>
      )}
      <Form method="get" className="inline-form">
        <label htmlFor="dashboard-org">{t('dashboard.sellAs')}</label>
        <SellerSelect id="dashboard-org" name="org" organisations={organisations} selected={organisationId} />
        <button type="submit">{t('dashboard.show')}</button>
      </Form>
      <p className="actions">
        <Link to={`/dashboard/products/new?org=${org}`} className="button">
          {t('dashboard.newProduct')}
        </Link>
        <Link to={`/dashboard/import?org=${org}`}>{t('dashboard.import')}</Link>
        <Link to={`/dashboard/provenance?org=${org}`}>{t('dashboard.provenance')}</Link>
        <Link to={`/dashboard/orders?org=${org}`}>{t('dashboard.orders')}</Link>
        <Link to={`/dashboard/shipping?org=${org}`}>{t('dashboard.shipping')}</Link>
      </p>
      <Form method="post" className="inline-form">
        <input type="hidden" name="org" value={org} />
        <input type="hidden" name="vacation" value={vacationMode ? 'off' : 'on'} />
        <span>{t(vacationMode ? 'dashboard.vacationOn' : 'dashboard.vacationOff')}</span>
        <button type="submit" className="secondary">
          {t(vacationMode ? 'dashboard.endVacation' : 'dashboard.startVacation')}
        </button>
      </Form>
      <h2 id="my-products">
        {t('dashboard.myProducts')} ({products.totalCount})
      </h2>
      {products.edges.length === 0 ? (
        <p>{t('dashboard.noProducts')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="my-products" tabIndex={0}>
          <table data-testid="my-products">
            <thead>
              <tr>
                <th scope="col">{t('field.title')}</th>
                <th scope="col">{t('dashboard.state')}</th>
                <th scope="col">{t('field.stock')}</th>
                <th scope="col">{t('field.price')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('dashboard.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {products.edges.map(({ node: product }) => (
                <tr key={product.id}>
                  <th scope="row">
                    <Link to={`/products/${product.id}`}>{product.title || '—'}</Link>
                  </th>
                  <td>{t(`state.${product.state}`)}</td>
                  <td>{product.stock}</td>
                  <td>{product.price.formatted}</td>
                  <td>
                    <Link to={`/dashboard/products/${product.id}/edit`}>
                      {t('dashboard.edit')}
                      <span className="visually-hidden"> {product.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {products.pageInfo.hasNextPage && (
        <nav className="pager" aria-label={t('search.pages')}>
          <Link to={`?org=${org}&after=${encodeURIComponent(products.pageInfo.endCursor ?? '')}`} rel="next">
            {t('search.nextPage')}
          </Link>
        </nav>
      )}
    </section>
  );
}
