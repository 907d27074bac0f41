import { Link } from 'react-router';
import type { Route } from './+types/home';
import { ProductGrid } from '../components/catalog';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';

const HomePage = graphql(`
  query HomePage($locale: String!) {
    categories {
      id
      slug
      parentId
      name(locale: $locale)
    }
    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {
      edges {
        node {
          ...ProductCard
        }
      }
    }
  }
`);

export const meta = pageTitle('home.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const { categories, searchProducts } = await api.request(HomePage, { locale });
  return {
    categories: categories.filter((category) => !category.parentId),
    featured: searchProducts.edges.map((edge) => edge.node),
  };
}

export default function Home({ loaderData: { categories, featured } }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <form method="get" action="/search" role="search" className="search-form">
        <label htmlFor="home-q" className="visually-hidden">
          {t('search.query')}
        </label>
        <input id="home-q" name="q" type="search" placeholder={t('search.placeholder')} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      {categories.length > 0 && (
        <nav aria-labelledby="home-categories">
          <h2 id="home-categories">{t('home.categories')}</h2>
          <ul className="chips">
            {categories.map((category) => (
              <li key={category.id}>
                <Link to={`/search?category=${encodeURIComponent(category.slug)}`}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <h2>{t('home.featured')}</h2>
      {featured.length > 0 ? <ProductGrid products={featured} /> : <p>{t('home.noFeatured')}</p>}
      <p>
        <Link to="/search?fair=1">{t('home.allFair')}</Link>
      </p>
      <p>
        {t('home.join')} <Link to="/register">{t('nav.register')}</Link> ·{' '}
        <Link to="/organisations/new">{t('nav.newOrganisation')}</Link>
      </p>
    </section>
  );
}
