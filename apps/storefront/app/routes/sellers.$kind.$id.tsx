import { data, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/sellers.$kind.$id';
import { ProductGrid } from '../components/catalog';
import { SellerRatings } from '../components/ratings';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';

const SellerPage = graphql(`
  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {
    seller(id: $id, kind: $kind) {
      id
      kind
      name
      verified
      commercial
      isNgo
      vacationMode
      ratings {
        ...SellerRatings
      }
      products(first: 24, after: $after) {
        totalCount
        edges {
          node {
            ...ProductCard
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const KINDS = { organisation: 'ORGANISATION', person: 'PERSON' } as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const kind = KINDS[params.kind as keyof typeof KINDS];
  if (!kind) throw data(null, { status: 404 });
  const { locale } = await detectLocale(request);
  const after = new URL(request.url).searchParams.get('after') || undefined;
  const { seller } = await api.requestOr404(SellerPage, { id: params.id, kind, locale, after });
  return { seller };
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.seller.name ?? ''} · Allmende` }];
}

export default function Seller({ loaderData: { seller } }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const { products } = seller;
  return (
    <section className="page">
      <h1>{seller.name}</h1>
      <p>
        {t(seller.isNgo ? 'seller.ngo' : seller.commercial ? 'seller.commercial' : 'seller.private')}
        {seller.verified && (
          <>
            {' '}
            · <span className="badge verified">{t('organisation.verified')}</span>
          </>
        )}
      </p>
      {seller.kind === 'ORGANISATION' && (
        <p>
          <Link to={`/organisations/${seller.id}`}>{t('seller.legalDetails')}</Link>
        </p>
      )}
      {seller.vacationMode && <p className="notice">{t('seller.onVacation')}</p>}
      <section aria-labelledby="ratings-title">
        <h2 id="ratings-title">{t('ratings.title')}</h2>
        <SellerRatings ratings={seller.ratings} />
      </section>
      <h2>
        {t('seller.products')} ({products.totalCount})
      </h2>
      <ProductGrid products={products.edges.map((edge) => edge.node)} />
      <nav className="pager" aria-label={t('search.pages')}>
        {params.has('after') && <Link to="?">{t('search.firstPage')}</Link>}
        {products.pageInfo.hasNextPage && (
          <Link to={`?after=${encodeURIComponent(products.pageInfo.endCursor ?? '')}`} rel="next">
            {t('search.nextPage')}
          </Link>
        )}
      </nav>
    </section>
  );
}
