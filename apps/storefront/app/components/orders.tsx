import { Form, Link } from 'react-router';
import { useT } from '../i18n';

interface Money {
  formatted: string;
}

export interface OrderSummary {
  id: string;
  number: number;
  state: string;
  createdAt: string;
  total: Money;
  seller: { name: string };
}

/** A list of orders: number, date, seller, state and total, each linking to its page. */
export function OrderTable({ orders, locale, label }: { orders: OrderSummary[]; locale: string; label: string }) {
  const t = useT();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table data-testid="orders">
        <thead>
          <tr>
            <th scope="col">{t('order.number')}</th>
            <th scope="col">{t('orders.date')}</th>
            <th scope="col">{t('order.seller')}</th>
            <th scope="col">{t('order.state')}</th>
            <th scope="col">{t('cart.total')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} data-testid="order-row">
              <th scope="row">
                <Link to={`/orders/${order.id}`}>#{order.number}</Link>
              </th>
              <td>{date.format(new Date(order.createdAt))}</td>
              <td>{order.seller.name}</td>
              <td data-testid="order-state">{t(`order.state.${order.state}`)}</td>
              <td>{order.total.formatted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The seller's terms and withdrawal policy as they were when the order was placed. */
export function SellerTerms({ seller }: { seller: { name: string; terms?: string | null; withdrawalPolicy?: string | null } }) {
  const t = useT();
  if (!seller.terms && !seller.withdrawalPolicy) return null;
  return (
    <details className="seller-terms" data-testid="seller-terms">
      <summary>
        {t('order.terms')} · {t('order.withdrawal')} ({seller.name})
      </summary>
      {seller.terms && (
        <>
          <h4>{t('order.terms')}</h4>
          <p>{seller.terms}</p>
        </>
      )}
      {seller.withdrawalPolicy && (
        <>
          <h4>{t('order.withdrawal')}</h4>
          <p>{seller.withdrawalPolicy}</p>
        </>
      )}
    </details>
  );
}

/** The seller sends the order, with carrier and tracking code where there is one. */
export function ShipForm({ action, next }: { action?: string; next?: string }) {
  const t = useT();
  return (
    <Form method="post" action={action} className="inline-form" data-testid="ship-form">
      <input type="hidden" name="intent" value="ship" />
      {next && <input type="hidden" name="next" value={next} />}
      <label htmlFor={`carrier-${action ?? ''}`}>{t('order.carrier')}</label>
      <input id={`carrier-${action ?? ''}`} name="carrier" maxLength={100} />
      <label htmlFor={`tracking-${action ?? ''}`}>{t('order.trackingCode')}</label>
      <input id={`tracking-${action ?? ''}`} name="trackingCode" maxLength={100} />
      <button type="submit">{t('order.markShipped')}</button>
    </Form>
  );
}
