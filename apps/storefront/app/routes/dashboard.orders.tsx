import { Form, Link } from 'react-router';
import type { Route } from './+types/dashboard.orders';
import { AddressBlock } from '../components/address';
import { DoneNotice } from '../components/confirm';
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
          buyerName
          shippingMethod
          deliveryAddress {
            name
            street
            postalCode
            city
            country
            phone
          }
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
            payoutAfterRefunds {
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
      <DoneNotice />
      <Form method="get" className="inline-form">
        <label htmlFor="orders-org">{t('dashboard.sellAs')}</label>
        <SellerSelect id="orders-org" name="org" organisations={organisations} selected={organisationId} />
        <button type="submit">{t('dashboard.show')}</button>
      </Form>
      {orders.edges.length === 0 ? (
        <p>{t('sales.none')}</p>
      ) : (
        <ul className="order-cards" data-testid="seller-orders">
          {orders.edges.map(({ node: order }) => (
            <li key={order.id} className="card order-card" data-testid="seller-order">
              <header>
                <h2>
                  <Link to={`/orders/${order.id}`}>
                    {t('order.number')} {order.number}
                  </Link>
                </h2>
                <span className="badge" data-testid="order-state">
                  {t(`order.state.${order.state}`)}
                </span>
                <span className="hint">{date.format(new Date(order.createdAt))}</span>
              </header>
              <p>{order.lines.map((line) => `${line.quantity} × ${line.title}`).join(', ')}</p>
              <div className="order-card-body">
                <div>
                  <h3>{t(order.deliveryAddress ? 'sales.shipTo' : 'sales.pickupBy')}</h3>
                  {order.deliveryAddress ? <AddressBlock address={order.deliveryAddress} /> : <p>{order.buyerName ?? '—'}</p>}
                </div>
                <dl className="totals">
                  <div>
                    <dt>{t('sales.buyerPays')}</dt>
                    <dd>{order.total.formatted}</dd>
                  </div>
                  {order.refunded.amount > 0 && (
                    <div>
                      <dt>{t('order.refunded')}</dt>
                      <dd>{order.refunded.formatted}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{t('order.platformFee')}</dt>
                    <dd>{order.fees.platformFee.formatted}</dd>
                  </div>
                  <div>
                    <dt>{t('order.fairFund')}</dt>
                    <dd>{order.fees.fairFund.formatted}</dd>
                  </div>
                  <div>
                    <dt>{t('order.payout')}</dt>
                    <dd data-testid="order-payout">
                      {order.refunded.amount > 0 ? (
                        <>
                          <s>{order.fees.sellerPayout.formatted}</s> {order.fees.payoutAfterRefunds.formatted}
                        </>
                      ) : (
                        order.fees.sellerPayout.formatted
                      )}
                    </dd>
                  </div>
                </dl>
              </div>
              <div className="actions">
                <Link to={`/orders/${order.id}/packing-slip`}>{t('sales.packingSlip')}</Link>
                {['SHIPPED', 'DELIVERED', 'COMPLETED', 'PAID'].includes(order.state) && (
                  <Link to={`/orders/${order.id}`}>{t('sales.refundOrDetails')}</Link>
                )}
              </div>
              {order.state === 'PAID' && (
                <ShipForm action={`/orders/${order.id}`} next={`/dashboard/orders?org=${org}&done=shipped`} />
              )}
            </li>
          ))}
        </ul>
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
