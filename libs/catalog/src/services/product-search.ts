import { CursorPart, decodeCursor } from '@allmende/core';
import type { ProductCondition } from '../entities/product.entity';
import { synonymsOf } from './search-synonyms';

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
  PRICE_ASC: { key: 's.price_amount', direction: 'ASC', part: 'integer' },
  PRICE_DESC: { key: 's.price_amount', direction: 'DESC', part: 'integer' },
  NEWEST: { key: 's.published_at', direction: 'DESC', part: 'timestamp' },
};

/**
 * The facet columns as decoded from product_search.facet_bits (see the migration's
 * product_facet_bits), in the order of the facet statement's grouping sets.
 */
const FACET_BITS: readonly (readonly [string, string])[] = [
  ['fair', `(m.facet_bits & 1) <> 0`],
  ['ecological', `(m.facet_bits & 2) <> 0`],
  ['small_and_precious', `(m.facet_bits & 4) <> 0`],
  ['condition', `CASE WHEN (m.facet_bits & 16) <> 0 THEN 'USED' ELSE 'NEW' END`],
  [
    'origin_country',
    `CASE WHEN (m.facet_bits >> 8) & 31 > 0 THEN chr(64 + ((m.facet_bits >> 8) & 31)) || chr(64 + ((m.facet_bits >> 13) & 31)) END`,
  ],
  ['traceable', `(m.facet_bits & 8) <> 0`],
  ['price_band', `(m.facet_bits >> 5) & 7`],
];

/** Words of the query, reduced to what tsquery syntax accepts, each matched as a prefix. */
export function searchTerms(query: string | null | undefined): string[] {
  return (query ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/** Most listed words a typed prefix is completed to; a shorter prefix is matched as a prefix instead. */
const MAX_COMPLETIONS = 30;

/**
 * What the index knows of one query word: the lexemes (English and German stems) it stands for,
 * whether it is also to be matched as a prefix (when it has too many completions to list), and
 * for "did you mean" whether any listing has it and its near spellings.
 */
export interface WordExpansion {
  word: string;
  known: boolean;
  similar: string[];
  /** The stems of the word as typed, its completions and compounds: a match of these ranks above one of a synonym or spelling. */
  ownLexemes: string[];
  lexemes: string[];
  prefix: boolean;
}

/**
 * The statement that looks up every query word in the word list of the listed products: its
 * completions (the listed words it is a prefix of: it may still be being typed), the German
 * compounds it ends (Seife: Olivenseife), its curated synonyms (given by the caller, see
 * search-synonyms.ts), and, for a word no listing has, its nearest spellings (trigram
 * similarity, or at most one edit for short words and two for longer ones among the words with
 * the same first letter). All of these become exact lexemes in both stemmers, so the search
 * runs on exact GIN lookups, which the planner estimates well, instead of prefix scans, which
 * it cannot.
 */
export function buildWordStatement(terms: string[]): SqlStatement {
  return {
    text: `SELECT u.word, x.known, c.similar, x.prefix,
        ARRAY(SELECT DISTINCT lexeme FROM unnest(u.word || x.completions || c.compounds) a,
          unnest(tsvector_to_array(to_tsvector('english', a) || to_tsvector('german', a))) lexeme ORDER BY lexeme) AS "ownLexemes",
        ARRAY(SELECT DISTINCT lexeme FROM unnest(u.word || x.completions || c.compounds || x.synonyms
            || CASE WHEN x.known THEN '{}' ELSE c.similar END) a,
          unnest(tsvector_to_array(to_tsvector('english', a) || to_tsvector('german', a))) lexeme ORDER BY lexeme) AS lexemes
      FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(word, synonyms, position)
      CROSS JOIN LATERAL (SELECT
        ARRAY(SELECT w.word FROM search_word w WHERE w.word >= u.word AND w.word < u.word || chr(65535)
          ORDER BY w.word LIMIT ${MAX_COMPLETIONS + 1}) AS completions,
        ARRAY(SELECT w.word FROM search_word w WHERE length(u.word) >= 4 AND w.word LIKE '%_' || u.word
          ORDER BY w.word LIMIT ${MAX_COMPLETIONS}) AS compounds,
        ARRAY(SELECT w.word FROM search_word w
          WHERE length(u.word) >= 4 AND w.word <> u.word AND (w.word % u.word OR (w.word >= left(u.word, 1)
            AND w.word < left(u.word, 1) || chr(65535) AND abs(length(w.word) - length(u.word)) <= 2
            AND levenshtein_less_equal(w.word, u.word, 2) <= CASE WHEN length(u.word) < 5 THEN 1 ELSE 2 END))
          ORDER BY levenshtein(w.word, u.word), similarity(w.word, u.word) DESC, w.word LIMIT 3) AS similar) c
      CROSS JOIN LATERAL (SELECT string_to_array(u.synonyms, ' ') AS synonyms,
        cardinality(c.completions) > 0 OR cardinality(c.compounds) > 0 OR u.synonyms <> '' AS known,
        cardinality(c.completions) > ${MAX_COMPLETIONS} AS prefix,
        c.completions[1:${MAX_COMPLETIONS}] AS completions) x
      ORDER BY u.position`,
    values: [terms, terms.map((term) => synonymsOf(term).join(' '))],
  };
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/['\\]/g, (c) => `\\${c}`)}'`;

/** The tsqueries (as text, cast with ::tsquery) of a search: what must match, and what ranks a match higher. */
export interface SearchQuery {
  /** Every word must match one of its lexemes, or as a prefix where it has too many completions. */
  match: string;
  /** The same with the words as typed only; null when it is the same as `match`. */
  typed: string | null;
}

function tsquery(expansions: WordExpansion[], lexemesOf: (expansion: WordExpansion) => string[]): string {
  return expansions
    .map((expansion) => {
      const alternatives = [
        ...lexemesOf(expansion).map(quoteLexeme),
        ...(expansion.prefix ? [`${quoteLexeme(expansion.word)}:*`] : []),
      ];
      return alternatives.length > 1 ? `(${alternatives.join(' | ')})` : (alternatives[0] ?? '');
    })
    .filter(Boolean) // a stop word in both languages has no lexeme and is left out, as to_tsquery would
    .join(' & ');
}

export function searchQuery(expansions: WordExpansion[]): SearchQuery {
  const match = tsquery(expansions, (e) => e.lexemes);
  const typed = tsquery(expansions, (e) => e.ownLexemes);
  return { match, typed: typed === match ? null : typed };
}

/** Price bounds as a range of whole bands [first, last], or null when a bound falls inside a band. */
function bandRange(min: number | null | undefined, max: number | null | undefined): [number, number] | null {
  const first = min == null ? 0 : PRICE_BANDS.findIndex(([from]) => from === min);
  const last = max == null ? PRICE_BANDS.length - 1 : PRICE_BANDS.findIndex(([, to]) => to === max);
  return first === -1 || last === -1 || last < first ? null : [first, last];
}

function statement() {
  const values: unknown[] = [];
  return { values, param: (value: unknown) => `$${values.push(value)}` };
}

/** The filter as conditions on `s` (product_search or product_facet_count), the price by amount or by whole bands. */
function filterConditions(
  filter: ProductFilter,
  param: (value: unknown) => string,
  price: 'amount' | [number, number],
): string[] {
  const where: string[] = [];
  if (filter.categorySlugs?.length) {
    const slugs = param(filter.categorySlugs);
    where.push(`s.category_id IN (SELECT c.id FROM category c LEFT JOIN category parent ON parent.id = c.parent_id
      WHERE c.slug = ANY(${slugs}) OR parent.slug = ANY(${slugs}))`);
  }
  for (const [field, column] of [
    ['fair', 'fair'],
    ['ecological', 'ecological'],
    ['smallAndPrecious', 'small_and_precious'],
    ['traceable', 'traceable'],
  ] as const) {
    if (filter[field] != null) where.push(`s.${column} = ${param(filter[field])}`);
  }
  if (filter.condition) where.push(`s.condition = ${param(filter.condition)}`);
  if (filter.originCountries?.length) where.push(`s.origin_country = ANY(${param(filter.originCountries)})`);
  if (price === 'amount') {
    if (filter.priceMin != null) where.push(`s.price_amount >= ${param(filter.priceMin)}`);
    if (filter.priceMax != null) where.push(`s.price_amount < ${param(filter.priceMax)}`);
  } else if (price[0] > 0 || price[1] < PRICE_BANDS.length - 1) {
    where.push(`s.price_band BETWEEN ${param(price[0])} AND ${param(price[1])}`);
  }
  return where;
}

/**
 * The two statements of a product search over the search index (product_search): the page
 * (keyset-paginated, `first + 1` rows, joined to the products) and the facet counts with the
 * total. Exposed so the benchmark can run the very same SQL directly as its floor.
 *
 * Matching: the query (from searchQuery) against title (weight A), description (B) and the
 * category's names (C), stemmed in English and German; relevance ranks title matches first.
 * Facets: the matches are counted per combination of facet values first and the grouping sets
 * taken over those few rows; a search without words (with whole price bands) reads the
 * combinations' counts kept by the index instead of counting listings.
 */
export function buildSearchStatements(
  input: ProductSearchInput,
  query: SearchQuery | null = null,
): { page: SqlStatement; facets: SqlStatement } {
  const filter = input.filter ?? {};
  const words = query !== null;
  const matching = (param: (value: unknown) => string, ranked: boolean) => {
    if (!query) return { from: 'product_search s', rank: '0::real', where: [] as string[] };
    const typed = ranked && query.typed !== null;
    return {
      from: `product_search s CROSS JOIN LATERAL (SELECT ${param(query.match)}::tsquery AS tsq${
        typed ? `, ${param(query.typed)}::tsquery AS typed` : ''
      }) q`,
      rank: typed ? 'ts_rank(s.document, q.tsq) + ts_rank(s.document, q.typed)' : 'ts_rank(s.document, q.tsq)',
      where: ['s.document @@ q.tsq'],
    };
  };

  const facetStatement = statement();
  const bands = words ? null : bandRange(filter.priceMin, filter.priceMax);
  let counted: string;
  if (bands) {
    const where = ['s.count > 0', ...filterConditions(filter, facetStatement.param, bands)];
    counted = `SELECT s.category_id, s.facet_bits, s.count AS n FROM product_facet_count s WHERE ${where.join(' AND ')}`;
  } else {
    const match = matching(facetStatement.param, false);
    const where = [...match.where, ...filterConditions(filter, facetStatement.param, 'amount')];
    counted = `SELECT s.category_id, s.facet_bits, count(*) AS n FROM ${match.from}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY s.category_id, s.facet_bits`;
  }
  const groupColumns = ['c.slug', ...FACET_BITS.map(([column]) => column)];
  const facets: SqlStatement = {
    text: `SELECT c.slug AS category, ${FACET_BITS.map(([column]) => column).join(', ')}, sum(m.n)::int AS count,
        GROUPING(${groupColumns.join(', ')}) AS grouping
      FROM (SELECT m.category_id, m.n, ${FACET_BITS.map(([column, decoded]) => `${decoded} AS ${column}`).join(', ')}
        FROM (${counted}) m) m
      LEFT JOIN category c ON c.id = m.category_id
      GROUP BY GROUPING SETS (${groupColumns.map((c) => `(${c})`).join(', ')}, ())`,
    values: facetStatement.values,
  };

  const pageStatement = statement();
  const match = matching(pageStatement.param, (input.sort ?? 'RELEVANCE') === 'RELEVANCE');
  const where = [...match.where, ...filterConditions(filter, pageStatement.param, 'amount')];
  const sort = SORT_ORDER[input.sort ?? (words ? 'RELEVANCE' : 'NEWEST')];
  const sortKey = sort.key === 'rank' ? match.rank : sort.key;
  if (input.after) {
    const [key, id] = decodeCursor(input.after, [sort.part, 'uuid']);
    const comparison = sort.direction === 'DESC' ? '<' : '>';
    where.push(`(${sortKey}, s.product_id) ${comparison} (${pageStatement.param(key)}, ${pageStatement.param(id)})`);
  }
  const order = `ORDER BY sort_key ${sort.direction}, product_id ${sort.direction}`;
  const page: SqlStatement = {
    text: `SELECT p.*, m.sort_key FROM (
        SELECT s.product_id, ${sortKey} AS sort_key FROM ${match.from}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ${order} LIMIT ${pageStatement.param(input.first + 1)}
      ) m JOIN product p ON p.id = m.product_id
      ${order}`,
    values: pageStatement.values,
  };
  return { page, facets };
}
