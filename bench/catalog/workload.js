'use strict';
// The realistic search workload: a pool of distinct searches built from the generator's own vocabulary (1–3 words,
// some with a typo, some German, some without words), random facet combinations (category, fair, ecological, price
// band: the facets both sides have), sorts and second or third pages; and a long sequence drawn from that pool with a
// Zipf distribution (a few searches are very common, most are rare), from a seeded PRNG, so every run and both sides
// send the same searches in the same order.
const { rng, CATEGORIES, ADJECTIVES, ORIGIN_NAMES, FILLER } = require('./generate');

const PAGE_SIZE = 24;
// What German shoppers type for the generator's goods: the category names and the common product words.
const GERMAN = [
  ...Object.values(CATEGORIES).map((c) => c.de.toLowerCase()),
  'bio', 'honig', 'seife', 'kakao', 'vanille', 'zimt', 'pfeffer', 'reis', 'korb', 'schal', 'kerze', 'handgemacht',
  'bohnen', 'grüner tee', 'espresso', 'fair', 'gemahlen', 'dunkel',
]; // prettier-ignore
const NOUN_WORDS = Object.values(CATEGORIES).flatMap((c) => c.nouns);
const PRICE_BANDS = [
  [0, 1000],
  [1000, 2500],
  [2500, 5000],
  [5000, 10000],
];
const SORTS = [
  ['RELEVANCE', 0.6],
  ['NEWEST', 0.15],
  ['PRICE_ASC', 0.15],
  ['PRICE_DESC', 0.1],
];

const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const weighted = (r, pairs) => {
  let x = r();
  for (const [value, weight] of pairs) if ((x -= weight) < 0) return value;
  return pairs.at(-1)[0];
};

/** One letter dropped, doubled, swapped with the next or replaced by a neighbour: the usual slips. */
function typo(r, word) {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + 'eaiou'[Math.floor(r() * 5)] + word.slice(i + 1);
  }
}

function words(r) {
  const n = weighted(r, [
    [1, 0.5],
    [2, 0.35],
    [3, 0.15],
  ]);
  if (r() < 0.15) return pick(r, GERMAN);
  const out = [];
  while (out.length < n) {
    const source = weighted(r, [
      [NOUN_WORDS, 0.35],
      [ADJECTIVES, 0.3],
      [ORIGIN_NAMES, 0.15],
      [FILLER, 0.2],
    ]);
    out.push(...pick(r, source).toLowerCase().split(' '));
  }
  const text = out.slice(0, n);
  if (r() < 0.15) {
    const k = Math.floor(r() * text.length);
    text[k] = typo(r, text[k]);
  }
  return text.join(' ');
}

/** One logical search, the same for both sides. */
function makeSearch(r) {
  const query = r() < 0.1 ? null : words(r);
  const slugs = Object.keys(CATEGORIES);
  const categories = r() < 0.4 ? (r() < 0.1 ? [pick(r, slugs), pick(r, slugs)] : [pick(r, slugs)]) : [];
  return {
    query,
    categories: [...new Set(categories)],
    fair: r() < 0.3 ? true : null,
    ecological: r() < 0.2 ? true : null,
    priceBand: r() < 0.2 ? pick(r, PRICE_BANDS) : null,
    sort: query ? weighted(r, SORTS) : pick(r, ['NEWEST', 'PRICE_ASC', 'PRICE_DESC']),
    page: weighted(r, [
      [1, 0.75],
      [2, 0.17],
      [3, 0.08],
    ]),
  };
}

/**
 * `distinct` different searches and a sequence of `length` draws from them, Zipf-distributed with exponent `s`
 * over the pool's order (the first search is the most common).
 */
function buildWorkload({ distinct = 1500, length = 200000, s = 1, seed = 0x5ea4c4 } = {}) {
  const r = rng(seed);
  const seen = new Map();
  while (seen.size < distinct) {
    const search = makeSearch(r);
    const key = JSON.stringify(search);
    if (!seen.has(key)) seen.set(key, search);
  }
  const searches = [...seen.values()];
  const cdf = new Float64Array(distinct);
  let sum = 0;
  for (let k = 0; k < distinct; k++) cdf[k] = sum += 1 / (k + 1) ** s;
  const sequence = new Int32Array(length);
  const draw = rng(seed ^ 0x2f1b);
  for (let n = 0; n < length; n++) {
    const x = draw() * sum;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    sequence[n] = lo;
  }
  return { searches, sequence };
}

const OUR_QUERY = `query SearchPage($query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {
  categories { slug name(locale: "en") }
  searchProducts(query: $query, filter: $filter, sort: $sort, first: ${PAGE_SIZE}, after: $after) {
    totalCount
    edges { node { id title fair fairSeal ecological ecologicalSeal smallAndPrecious
      price { formatted(locale: "en") } unitPrice { per price { formatted(locale: "en") } } images { url } } }
    pageInfo { endCursor hasNextPage }
    facets { categories { value count } fair { value count } ecological { value count } smallAndPrecious { value count }
      traceable { value count } condition { value count } originCountries { value count } priceBands { value count } }
  }
}`;

/** Our storefront's search page request (the query of apps/storefront/app/routes/search.tsx) for one search. */
function ourVariables(search, after = null) {
  const filter = {};
  if (search.categories.length) filter.categorySlugs = search.categories;
  if (search.fair) filter.fair = true;
  if (search.ecological) filter.ecological = true;
  if (search.priceBand) [filter.priceMin, filter.priceMax] = search.priceBand;
  return { query: search.query, filter, sort: search.sort, after };
}

/**
 * Our request bodies, one per search. Later pages need the cursor of the page before, so `post` (a function
 * sending a body to our API and returning its data) is asked for pages 1 and 2 first; this happens before any
 * measurement.
 */
async function ourBodies(searches, post) {
  const bodies = [];
  for (const search of searches) {
    let after = null;
    for (let page = 1; page < search.page && (page === 1 || after); page++) {
      const data = await post(JSON.stringify({ query: OUR_QUERY, variables: ourVariables(search, after) }));
      after = data.searchProducts.pageInfo.hasNextPage ? data.searchProducts.pageInfo.endCursor : null;
    }
    bodies.push(JSON.stringify({ query: OUR_QUERY, variables: ourVariables(search, after) }));
  }
  return bodies;
}

const PEER_QUERY = `query Search($input: SearchInput!) {
  search(input: $input) {
    totalItems
    items { productId productName slug productVariantId sku currencyCode facetValueIds
      priceWithTax { ... on SinglePrice { value } ... on PriceRange { min max } } }
    facetValues { count facetValue { id code } }
  }
}`;

/**
 * The peer's request for the same search: Vendure's `search` with the category facets ORed and fair/ecological
 * ANDed, the price band as priceRange, `skip` for later pages, facet value counts. Vendure's search has no
 * "newest" sort: that becomes its default order.
 */
function peerBodies(searches, facetIds) {
  return searches.map((search) => {
    const filters = [];
    if (search.categories.length) filters.push({ or: search.categories.map((slug) => facetIds[`category:${slug}`]) });
    if (search.fair) filters.push({ and: facetIds['certification:fair'] });
    if (search.ecological) filters.push({ and: facetIds['certification:ecological'] });
    const input = { groupByProduct: true, take: PAGE_SIZE, skip: (search.page - 1) * PAGE_SIZE };
    if (search.query) input.term = search.query;
    if (filters.length) input.facetValueFilters = filters;
    if (search.priceBand) input.priceRange = { min: search.priceBand[0], max: search.priceBand[1] };
    if (search.sort === 'PRICE_ASC') input.sort = { price: 'ASC' };
    if (search.sort === 'PRICE_DESC') input.sort = { price: 'DESC' };
    return JSON.stringify({ query: PEER_QUERY, variables: { input } });
  });
}

/** The [facet code, value code] pairs the peer's requests use. */
const PEER_FACET_PAIRS = [
  ...Object.keys(CATEGORIES).map((slug) => ['category', slug]),
  ['certification', 'fair'],
  ['certification', 'ecological'],
];

module.exports = { buildWorkload, ourBodies, peerBodies, PEER_FACET_PAIRS, typo };
