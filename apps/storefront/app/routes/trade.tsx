import { Form, Link } from 'react-router';
import type { Route } from './+types/trade';
import { INCOTERMS, NotVerified, TradeOrgSelect, withOrgLink } from '../components/trade';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { tradeContext } from '../lib/trade.server';

const TradeDesk = graphql(`
  query TradeDesk($organisationId: ID!, $filter: WholesaleOfferFilter!, $locale: String!) {
    wholesaleOffers(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          unit
          availableQuantity
          minimumQuantity
          incoterm
          incotermPlace
          validUntil
          sellerOrganisationId
          seller {
            name
            country
          }
          tiers {
            minQuantity
            unitPrice {
              formatted(locale: $locale)
            }
          }
        }
      }
    }
    wholesaleNegotiations(organisationId: $organisationId, first: 50) {
      edges {
        node {
          id
          state
          round
          updatedAt
          sellerOrganisationId
          offer {
            title
            unit
          }
          buyer {
            name
          }
          seller {
            name
          }
          onTable {
            quantity
            unitPrice {
              formatted(locale: $locale)
            }
          }
        }
      }
    }
    wholesalePurchaseOrders(organisationId: $organisationId, first: 50) {
      edges {
        node {
          id
          state
          quantity
          deliveredQuantity
          createdAt
          sellerOrganisationId
          offer {
            title
            unit
          }
          buyer {
            name
          }
          seller {
            name
          }
          netTotal {
            formatted(locale: $locale)
          }
        }
      }
    }
    wholesaleInvoices(organisationId: $organisationId, first: 50) {
      edges {
        node {
          id
          number
          state
          dueDate
          purchaseOrderId
          sellerOrganisationId
          seller {
            name
          }
          buyer {
            name
          }
          gross {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
`);

export const meta = pageTitle('trade.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { token, organisations, organisationId, locale } = await tradeContext(request);
  const params = new URL(request.url).searchParams;
  const search = params.get('q')?.trim() ?? '';
  const incoterm = INCOTERMS.find((code) => code === params.get('incoterm')) ?? null;
  if (!organisationId) return { forbidden: true as const, organisations, organisationId, search, incoterm, desk: null };
  try {
    const desk = await api.request(
      TradeDesk,
      { organisationId, filter: { search: search || undefined, incoterm: incoterm ?? undefined }, locale },
      { token },
    );
    return { forbidden: false as const, organisations, organisationId, search, incoterm, desk };
  } catch (error) {
    if (error instanceof api.ApiError && error.code === 'FORBIDDEN') {
      return { forbidden: true as const, organisations, organisationId, search, incoterm, desk: null };
    }
    throw error;
  }
}

export default function TradeDeskPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { organisations, organisationId, search, incoterm, desk } = loaderData;
  if (!desk) return <NotVerified />;
  const org = (path: string) => withOrgLink(path, organisationId);
  const date = (iso: string) => new Date(iso).toISOString().slice(0, 10);
  return (
    <section className="page trade-desk">
      <h1>{t('trade.title')}</h1>
      <p>{t('trade.intro')}</p>
      <TradeOrgSelect organisations={organisations} organisationId={organisationId} />
      <p className="actions">
        <Link className="button" to={org('/trade/offers/new')}>
          {t('trade.publish')}
        </Link>
        <Link to="/statistics/trade">{t('nav.tradeStatistics')}</Link>
      </p>

      <h2 id="offers">
        {t('trade.offers')} ({desk.wholesaleOffers.totalCount})
      </h2>
      <Form method="get" className="inline-form" role="search">
        <input type="hidden" name="org" value={organisationId ?? ''} />
        <label htmlFor="trade-q">{t('trade.search')}</label>
        <input id="trade-q" name="q" type="search" defaultValue={search} />
        <label htmlFor="trade-incoterm" className="visually-hidden">
          {t('trade.delivery')}
        </label>
        <select id="trade-incoterm" name="incoterm" defaultValue={incoterm ?? ''}>
          <option value="">{t('trade.anyIncoterm')}</option>
          {INCOTERMS.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        <button type="submit">{t('trade.filter')}</button>
      </Form>
      {desk.wholesaleOffers.edges.length === 0 ? (
        <p>{t('trade.noOffers')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="offers" tabIndex={0}>
          <table data-testid="trade-offers">
            <thead>
              <tr>
                <th scope="col">{t('trade.offer')}</th>
                <th scope="col">{t('trade.seller')}</th>
                <th scope="col">{t('trade.priceFrom')}</th>
                <th scope="col">{t('trade.available')}</th>
                <th scope="col">{t('trade.delivery')}</th>
                <th scope="col">{t('trade.validUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {desk.wholesaleOffers.edges.map(({ node: offer }) => (
                <tr key={offer.id}>
                  <th scope="row">
                    <Link to={org(`/trade/offers/${offer.id}`)}>{offer.title}</Link>
                    {offer.sellerOrganisationId === organisationId && <span className="badge">{t('trade.side.SELLER')}</span>}
                  </th>
                  <td>
                    {offer.seller.name}
                    {offer.seller.country ? ` (${offer.seller.country})` : ''}
                  </td>
                  <td>
                    {offer.tiers.at(-1)?.unitPrice.formatted} / {offer.unit}
                  </td>
                  <td>
                    {offer.availableQuantity} {offer.unit} (min. {offer.minimumQuantity})
                  </td>
                  <td>
                    {offer.incoterm} {offer.incotermPlace}
                  </td>
                  <td>{date(offer.validUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="negotiations">{t('trade.negotiations')}</h2>
      {desk.wholesaleNegotiations.edges.length === 0 ? (
        <p>{t('trade.noNegotiations')}</p>
      ) : (
        <ul className="card-list" data-testid="trade-negotiations">
          {desk.wholesaleNegotiations.edges.map(({ node: negotiation }) => {
            const selling = negotiation.sellerOrganisationId === organisationId;
            return (
              <li key={negotiation.id} className="card">
                <div className="trade-card-head">
                  <Link to={org(`/trade/negotiations/${negotiation.id}`)}>{negotiation.offer.title}</Link>
                  <span className="badge">{t(`trade.negotiationState.${negotiation.state}`)}</span>
                </div>
                <p className="hint">
                  {t(selling ? 'trade.side.SELLER' : 'trade.side.BUYER')} · {t('trade.counterparty')}{' '}
                  {selling ? negotiation.buyer.name : negotiation.seller.name} · {negotiation.onTable.quantity}{' '}
                  {negotiation.offer.unit} × {negotiation.onTable.unitPrice.formatted}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      <h2 id="orders">{t('trade.orders')}</h2>
      {desk.wholesalePurchaseOrders.edges.length === 0 ? (
        <p>{t('trade.noOrders')}</p>
      ) : (
        <ul className="card-list" data-testid="trade-orders">
          {desk.wholesalePurchaseOrders.edges.map(({ node: order }) => {
            const selling = order.sellerOrganisationId === organisationId;
            return (
              <li key={order.id} className="card">
                <div className="trade-card-head">
                  <Link to={org(`/trade/orders/${order.id}`)}>{order.offer.title}</Link>
                  <span className="badge">{t(`trade.orderState.${order.state}`)}</span>
                </div>
                <p className="hint">
                  {t(selling ? 'trade.side.SELLER' : 'trade.side.BUYER')} · {t('trade.counterparty')}{' '}
                  {selling ? order.buyer.name : order.seller.name} · {order.deliveredQuantity}/{order.quantity} {order.offer.unit}{' '}
                  · {order.netTotal.formatted}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      <h2 id="invoices">{t('trade.invoices')}</h2>
      {desk.wholesaleInvoices.edges.length === 0 ? (
        <p>{t('trade.noInvoices')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="invoices" tabIndex={0}>
          <table data-testid="trade-invoices">
            <thead>
              <tr>
                <th scope="col">{t('trade.invoices')}</th>
                <th scope="col">{t('trade.counterparty')}</th>
                <th scope="col">{t('trade.invoice.gross')}</th>
                <th scope="col">{t('trade.invoice.due')}</th>
                <th scope="col">{t('trade.state')}</th>
              </tr>
            </thead>
            <tbody>
              {desk.wholesaleInvoices.edges.map(({ node: invoice }) => (
                <tr key={invoice.id}>
                  <th scope="row">
                    <Link to={org(`/trade/orders/${invoice.purchaseOrderId}#invoice-${invoice.id}`)}>
                      {invoice.seller.name} · {invoice.number}
                    </Link>
                  </th>
                  <td>{invoice.sellerOrganisationId === organisationId ? invoice.buyer.name : invoice.seller.name}</td>
                  <td>{invoice.gross.formatted}</td>
                  <td>{invoice.dueDate}</td>
                  <td>{t(`trade.invoiceState.${invoice.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
