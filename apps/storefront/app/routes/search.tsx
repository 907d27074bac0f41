import { Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/search';
import { ProductGrid } from '../components/catalog';
import { graphql } from '../graphql';
import type { ProductFilterInput, ProductSort } from '../graphql/graphql';
import { type Locale, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { detectLocale } from '../lib/locale.server';
import { formatMinorUnits, SHOP_CURRENCY } from '../lib/money';

const SearchPage = graphql(`
  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {
    categories {
      slug
      name(locale: $locale)
    }
    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {
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
      facets {
        categories {
          value
          count
        }
        fair {
          value
          count
        }
        ecological {
          value
          count
        }
        smallAndPrecious {
          value
          count
        }
        traceable {
          value
          count
        }
        condition {
          value
          count
        }
        originCountries {
          value
          count
        }
        priceBands {
          value
          count
        }
      }
    }
  }
`);

const SORTS = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'] as const satisfies readonly ProductSort[];
/** Parameters that hold one value; choosing another value replaces it. The rest (category, country) add up. */
const SINGLE = new Set(['fair', 'ecological', 'small', 'traceable', 'condition', 'price']);

/** The API's filter, read from the page's URL, so every result page can be shared and works without scripts. */
function filterFrom(params: URLSearchParams): ProductFilterInput {
  const [priceMin, priceMax] = (params.get('price') ?? '').split('-').map((bound) => (bound ? Number(bound) : undefined));
  const condition = params.get('condition');
  return {
    categorySlugs: params.getAll('category').length ? params.getAll('category') : undefined,
    originCountries: params.getAll('country').length ? params.getAll('country') : undefined,
    fair: params.get('fair') === '1' || undefined,
    ecological: params.get('ecological') === '1' || undefined,
    smallAndPrecious: params.get('small') === '1' || undefined,
    traceable: params.get('traceable') === '1' || undefined,
    condition: condition === 'NEW' || condition === 'USED' ? condition : undefined,
    priceMin: Number.isInteger(priceMin) ? priceMin : undefined,
    priceMax: Number.isInteger(priceMax) ? priceMax : undefined,
  };
}

export const meta = pageTitle('search.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { locale } = await detectLocale(request);
  const params = new URL(request.url).searchParams;
  const sort = SORTS.find((value) => value === params.get('sort'));
  const { categories, searchProducts } = await api.request(SearchPage, {
    locale,
    query: params.get('q') || undefined,
    filter: filterFrom(params),
    sort,
    after: params.get('after') || undefined,
  });
  return { locale, categories, result: searchProducts };
}

/** The same search with one filter value switched on or off, from the first page. */
function toggled(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params);
  next.delete('after');
  if (params.has(name, value)) next.delete(name, value);
  else if (SINGLE.has(name)) next.set(name, value);
  else next.append(name, value);
  return `?${next}`;
}

function priceBandLabel(band: string, locale: Locale): string {
  // Bands are minor units of the shop's currency, not Money, so they carry no `formatted` of their own.
  const [from, to] = band.split('-').map((bound) => formatMinorUnits(Number(bound), SHOP_CURRENCY, locale, { whole: true }));
  return to ? `${from} – ${to}` : `≥ ${from}`;
}

interface FacetOption {
  param: string;
  value: string;
  label: string;
  count: number;
}

function FacetGroup({ title, options, params }: { title: string; options: FacetOption[]; params: URLSearchParams }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      <ul>
        {options.map((option) => {
          const active = params.has(option.param, option.value);
          return (
            <li key={option.value}>
              {/* A link rather than a checkbox, so filtering needs no script; aria-current tells which are on. */}
              <Link
                to={toggled(params, option.param, option.value)}
                aria-current={active ? 'true' : undefined}
                preventScrollReset
              >
                <span className="check" aria-hidden="true">
                  {active ? '☑' : '☐'}
                </span>{' '}
                {option.label} <span className="count">({option.count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export default function Search({ loaderData: { locale, categories, result } }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const categoryNames = new Map(categories.map((category) => [category.slug, category.name]));
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const yes = (values: { value: string; count: number }[], param: string, label: string) =>
    values.filter((facet) => facet.value === 'true').map(({ count }) => ({ param, value: '1', label, count }));
  const { facets } = result;
  const groups: [string, FacetOption[]][] = [
    [
      t('search.facet.fairness'),
      [
        ...yes(facets.fair, 'fair', t('badge.fair')),
        ...yes(facets.ecological, 'ecological', t('badge.ecological')),
        ...yes(facets.smallAndPrecious, 'small', t('badge.smallAndPrecious')),
        ...yes(facets.traceable, 'traceable', t('badge.traceable')),
      ],
    ],
    [
      t('search.facet.category'),
      facets.categories
        .filter((facet) => categoryNames.has(facet.value))
        .map(({ value, count }) => ({ param: 'category', value, count, label: categoryNames.get(value) ?? value })),
    ],
    [
      t('search.facet.condition'),
      facets.condition.map(({ value, count }) => ({ param: 'condition', value, count, label: t(`condition.${value}`) })),
    ],
    [
      t('search.facet.origin'),
      facets.originCountries
        .filter((facet) => /^[A-Z]{2}$/.test(facet.value))
        .map(({ value, count }) => ({ param: 'country', value, count, label: countries.of(value) ?? value })),
    ],
    [
      t('search.facet.price'),
      facets.priceBands.map(({ value, count }) => ({ param: 'price', value, count, label: priceBandLabel(value, locale) })),
    ],
  ];
  const kept = [...params].filter(([name]) => !['q', 'sort', 'after'].includes(name));
  const nextPage = new URLSearchParams(params);
  nextPage.set('after', result.pageInfo.endCursor ?? '');
  const firstPage = new URLSearchParams(params);
  firstPage.delete('after');
  return (
    <section className="page">
      <h1>{t('search.title')}</h1>
      <Form method="get" role="search" className="search-form">
        {kept.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="search-q" className="visually-hidden">
          {t('search.query')}
        </label>
        <input id="search-q" name="q" type="search" defaultValue={params.get('q') ?? ''} placeholder={t('search.placeholder')} />
        <label htmlFor="search-sort" className="visually-hidden">
          {t('search.sort')}
        </label>
        <select id="search-sort" name="sort" defaultValue={params.get('sort') ?? ''}>
          <option value="">{t('search.sort')}</option>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t('search.submit')}</button>
      </Form>
      <div className="search-layout">
        <aside aria-label={t('search.filters')} className="facets" data-testid="facets">
          {groups.map(([title, options]) => (
            <FacetGroup key={title} title={title} options={options} params={params} />
          ))}
          {kept.length > 0 && (
            <p>
              <Link to={params.get('q') ? `?q=${encodeURIComponent(params.get('q') ?? '')}` : '?'}>{t('search.clear')}</Link>
            </p>
          )}
        </aside>
        <div>
          <p role="status" data-testid="result-count">
            {result.totalCount} {t(result.totalCount === 1 ? 'search.result' : 'search.results')}
          </p>
          <ProductGrid products={result.edges.map((edge) => edge.node)} />
          <nav className="pager" aria-label={t('search.pages')}>
            {params.has('after') && <Link to={`?${firstPage}`}>{t('search.firstPage')}</Link>}
            {result.pageInfo.hasNextPage && (
              <Link to={`?${nextPage}`} rel="next">
                {t('search.nextPage')}
              </Link>
            )}
          </nav>
        </div>
      </div>
    </section>
  );
}
