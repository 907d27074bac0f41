import { CursorPart, decodeCursor } from '@allmende/core';
import type { ProductCondition } from '../entities/product.entity';

export const SEARCH_SORTS = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'NEWEST'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface ProductFilter {
  categorySlugs?: string[] | null;
  fair?: boolean | null;
  ecological?: boolean | null;
  smallAndPrecious?: boolean | null;
  /** Physically traceable through a provenance chain. */
  traceable?: boolean | null;
  condition?: ProductCondition | null;
  originCountries?: string[] | null;
  /** Gross price bounds in minor units: min inclusive, max exclusive. */
  priceMin?: number | null;
  priceMax?: number | null;
}

export interface ProductSearchInput {
  query?: string | null;
  /** Match titles by trigram word similarity instead of full text: the fallback for a query with a typo. */
  typoTolerant?: boolean;
  filter?: ProductFilter | null;
  sort?: SearchSort | null;
  first: number;
  after?: string | null;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** Price bands of the price facet, in minor units: [from, to) with to = null for "and above". */
export const PRICE_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 1000],
  [1000, 2500],
  [2500, 5000],
  [5000, 10000],
  [10000, null],
];

export const priceBandKey = ([from, to]: readonly [number, number | null]) => `${from}-${to ?? ''}`;

const SORT_ORDER: Record<SearchSort, { key: string; direction: 'ASC' | 'DESC'; part: CursorPart }> = {
  RELEVANCE: { key: 'rank', direction: 'DESC', part: 'number' },
  PRICE_ASC: { key: 'p.price_amount', direction: 'ASC', part: 'integer' },
  PRICE_DESC: { key: 'p.price_amount', direction: 'DESC', part: 'integer' },
  NEWEST: { key: 'p.published_at', direction: 'DESC', part: 'timestamp' },
};

/** Words of the query, reduced to what tsquery syntax accepts, each matched as a prefix. */
export function searchTerms(query: string | null | undefined): string[] {
  return (query ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/**
 * The two statements of a product search: the page (keyset-paginated, `first + 1` rows) and
 * the facet counts with the total (one GROUPING SETS pass). Exposed so the benchmark can run
 * the very same SQL directly as its floor.
 *
 * Matching: every word as a prefix, stemmed in English or German, against the title (weight A)
 * and description (weight B); relevance ranks title matches above description matches. With
 * `typoTolerant`, titles are matched by trigram word similarity instead, which finds words
 * with a typo but cannot use the full-text index, so it serves only as a fallback.
 */
export function buildSearchStatements(input: ProductSearchInput): { page: SqlStatement; facets: SqlStatement } {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const terms = searchTerms(input.query);
  const where = [`p.state IN ('ACTIVE', 'SOLD_OUT')`];
  let from = 'product p';
  let rank = '0::real';

  if (terms.length) {
    if (input.typoTolerant) {
      const text = param(terms.join(' '));
      where.push(`${text} <% p.title`);
      rank = `word_similarity(${text}, p.title)::real`;
    } else {
      const prefixQuery = param(terms.map((term) => `${term}:*`).join(' & '));
      from += ` CROSS JOIN LATERAL (SELECT to_tsquery('english', ${prefixQuery}) || to_tsquery('german', ${prefixQuery}) AS tsq) q`;
      where.push(`p.search_vector @@ q.tsq`);
      rank = `ts_rank(p.search_vector, q.tsq)`;
    }
  }
  const filter = input.filter ?? {};
  if (filter.categorySlugs?.length) {
    const slugs = param(filter.categorySlugs);
    where.push(`p.category_id IN (SELECT c.id FROM category c LEFT JOIN category parent ON parent.id = c.parent_id
      WHERE c.slug = ANY(${slugs}) OR parent.slug = ANY(${slugs}))`);
  }
  for (const [field, column] of [
    ['fair', 'fair'],
    ['ecological', 'ecological'],
    ['smallAndPrecious', 'small_and_precious'],
    ['traceable', 'traceable'],
  ] as const) {
    if (filter[field] != null) where.push(`p.${column} = ${param(filter[field])}`);
  }
  if (filter.condition) where.push(`p.condition = ${param(filter.condition)}`);
  if (filter.originCountries?.length) where.push(`p.origin_country = ANY(${param(filter.originCountries)})`);
  if (filter.priceMin != null) where.push(`p.price_amount >= ${param(filter.priceMin)}`);
  if (filter.priceMax != null) where.push(`p.price_amount < ${param(filter.priceMax)}`);

  const facetValues = [...values];
  const facetWhere = where.join(' AND ');
  const bandCase = `CASE ${PRICE_BANDS.map(
    (band) =>
      `WHEN p.price_amount >= ${band[0]}${band[1] === null ? '' : ` AND p.price_amount < ${band[1]}`} THEN '${priceBandKey(band)}'`,
  ).join(' ')} END`;
  const facets: SqlStatement = {
    text: `SELECT c.slug AS category, p.fair, p.ecological, p.small_and_precious, p.condition, p.origin_country, p.traceable,
        ${bandCase} AS price_band, count(*)::int AS count,
        GROUPING(c.slug, p.fair, p.ecological, p.small_and_precious, p.condition, p.origin_country, p.traceable, ${bandCase}) AS grouping
      FROM ${from} LEFT JOIN category c ON c.id = p.category_id
      WHERE ${facetWhere}
      GROUP BY GROUPING SETS ((c.slug), (p.fair), (p.ecological), (p.small_and_precious), (p.condition), (p.origin_country),
        (p.traceable), (${bandCase}), ())`,
    values: facetValues,
  };

  const sort = SORT_ORDER[input.sort ?? (terms.length ? 'RELEVANCE' : 'NEWEST')];
  const sortKey = sort.key === 'rank' ? rank : sort.key;
  if (input.after) {
    const [key, id] = decodeCursor(input.after, [sort.part, 'uuid']);
    const comparison = sort.direction === 'DESC' ? '<' : '>';
    where.push(`(${sortKey}, p.id) ${comparison} (${param(key)}, ${param(id)})`);
  }
  const page: SqlStatement = {
    text: `SELECT p.*, ${rank} AS rank, ${sortKey} AS sort_key FROM ${from}
      WHERE ${where.join(' AND ')}
      ORDER BY ${sortKey} ${sort.direction}, p.id ${sort.direction}
      LIMIT ${param(input.first + 1)}`,
    values,
  };
  return { page, facets };
}
