import type { Route } from './+types/orders.$id.packing-slip';
import { AddressBlock } from '../components/address';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const PackingSlip = graphql(`
  query PackingSlip($id: ID!) {
    order(id: $id) {
      id
      number
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
      seller {
        name
      }
      lines {
        id
        title
        quantity
        productId
      }
    }
  }
`);

export const meta = pageTitle('slip.title');

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const { order } = await api.requestOr404(PackingSlip, { id: params.id }, { token });
  return { locale, order };
}

/** A page to print and put in the parcel: who it goes to and what is in it (no prices). */
export default function PackingSlipPage({ loaderData: { locale, order } }: Route.ComponentProps) {
  const t = useT();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  return (
    <section className="page packing-slip" data-testid="packing-slip">
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('slip.print')}
        </button>
      </p>
      <h1>
        {t('slip.title')} · {t('order.number')} {order.number}
      </h1>
      <p>
        {order.seller.name} · {date.format(new Date(order.createdAt))}
      </p>
      <section aria-labelledby="slip-to">
        <h2 id="slip-to">{t(order.deliveryAddress ? 'sales.shipTo' : 'sales.pickupBy')}</h2>
        {order.deliveryAddress ? <AddressBlock address={order.deliveryAddress} /> : <p>{order.buyerName}</p>}
      </section>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('cart.quantity')}</th>
            <th scope="col">{t('order.product')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.quantity}</td>
              <th scope="row">{line.title}</th>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('slip.thanks')}</p>
    </section>
  );
}
