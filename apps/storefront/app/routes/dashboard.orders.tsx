import { Form, Link } from 'react-router';
import type { Route } from './+types/dashboard.orders';
import { ShipForm } from '../components/orders';
import { PRIVATE, SellerSelect } from '../components/seller-select';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { detectLocale } from '../lib/locale.server';

const SellerOrders = graphql(`
  query SellerOrders($organisationId: ID, $after: String, $locale: String!) {
    sellerOrders(organisationId: $organisationId, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          number
          state
          createdAt
          total {
            formatted(locale: $locale)
          }
          refunded {
            amount
            formatted(locale: $locale)
          }
          fees {
            platformFee {
              formatted(locale: $locale)
            }
            fairFund {
              formatted(locale: $locale)
            }
            sellerPayout {
              formatted(locale: $locale)
            }
          }
          lines {
            id
            title
            quantity
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

export const meta = pageTitle('sales.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { token, organisations, organisationId } = await sellerChoice(request);
  const { locale } = await detectLocale(request);
  const after = new URL(request.url).searchParams.get('after') || undefined;
  const { sellerOrders } = await api.request(SellerOrders, { organisationId, after, locale }, { token });
  return { locale, organisations, organisationId, orders: sellerOrders };
}

export default function SellerOrdersPage({
  loaderData: { locale, organisations, organisationId, orders },
}: Route.ComponentProps) {
  const t = useT();
  const org = organisationId ?? PRIVATE;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section className="page">
      <h1>{t('sales.title')}</h1>
      <Form method="get" className="inline-form">
        <label htmlFor="orders-org">{t('dashboard.sellAs')}</label>
        <SellerSelect id="orders-org" name="org" organisations={organisations} selected={organisationId} />
        <button type="submit">{t('dashboard.show')}</button>
      </Form>
      {orders.edges.length === 0 ? (
        <p>{t('sales.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('sales.title')} tabIndex={0}>
          <table data-testid="seller-orders">
            <thead>
              <tr>
                <th scope="col">{t('order.number')}</th>
                <th scope="col">{t('orders.date')}</th>
                <th scope="col">{t('order.product')}</th>
                <th scope="col">{t('order.state')}</th>
                <th scope="col">{t('sales.buyerPays')}</th>
                <th scope="col">{t('order.platformFee')}</th>
                <th scope="col">{t('order.fairFund')}</th>
                <th scope="col">{t('order.payout')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('dashboard.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.edges.map(({ node: order }) => (
                <tr key={order.id} data-testid="seller-order">
                  <th scope="row">
                    <Link to={`/orders/${order.id}`}>#{order.number}</Link>
                  </th>
                  <td>{date.format(new Date(order.createdAt))}</td>
                  <td>{order.lines.map((line) => `${line.quantity} × ${line.title}`).join(', ')}</td>
                  <td data-testid="order-state">
                    {t(`order.state.${order.state}`)}
                    {order.refunded.amount > 0 && ` (${t('order.refunded')} ${order.refunded.formatted})`}
                  </td>
                  <td>{order.total.formatted}</td>
                  <td>{order.fees.platformFee.formatted}</td>
                  <td>{order.fees.fairFund.formatted}</td>
                  <td>{order.fees.sellerPayout.formatted}</td>
                  <td>
                    {order.state === 'PAID' ? (
                      <ShipForm action={`/orders/${order.id}`} next={`/dashboard/orders?org=${org}`} />
                    ) : (
                      ['SHIPPED', 'DELIVERED', 'COMPLETED'].includes(order.state) && (
                        <Link to={`/orders/${order.id}`}>{t('order.refund')}</Link>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders.pageInfo.hasNextPage && (
        <nav className="pager" aria-label={t('search.pages')}>
          <Link to={`?org=${org}&after=${encodeURIComponent(orders.pageInfo.endCursor ?? '')}`} rel="next">
            {t('search.nextPage')}
          </Link>
        </nav>
      )}
    </section>
  );
}
