import type { Route } from './+types/orders';
import { OrderTable } from '../components/orders';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const MyOrders = graphql(`
  query MyOrders($after: String, $locale: String!) {
    myOrders(first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          number
          state
          createdAt
          seller {
            name
          }
          total {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
`);

export const meta = pageTitle('orders.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const after = new URL(request.url).searchParams.get('after') || undefined;
  const { myOrders } = await api.request(MyOrders, { after, locale }, { token });
  return { locale, orders: myOrders.edges.map((edge) => edge.node), totalCount: myOrders.totalCount };
}

export default function Orders({ loaderData: { locale, orders } }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('orders.title')}</h1>
      {orders.length === 0 ? <p>{t('orders.none')}</p> : <OrderTable orders={orders} locale={locale} label={t('orders.title')} />}
    </section>
  );
}
