'use strict';
// The requests the benchmark sends: ours (POST /graphql) and the Vendure peer's (POST /shop-api), same shape on both
// sides: the text "fair coffee" with two facets (fair, category coffee), a page of 24 with the total count; and a plain
// list of 24 with the total count.

const TERM = 'fair coffee';

const OURS = {
  search: {
    query: `query Search($q: String!, $filter: ProductFilterInput) {
  searchProducts(query: $q, filter: $filter, first: 24) {
    totalCount
    edges { node { id title price { amount currency } } }
    facets {
      categories { value count } fair { value count } ecological { value count } condition { value count }
      originCountries { value count } priceBands { value count }
    }
  }
}`,
    variables: { q: TERM, filter: { fair: true, categorySlugs: ['coffee'] } },
    // The same search as input of the exported SQL builder, to check that it issues what the API issues.
    builderInput: { query: TERM, filter: { fair: true, categorySlugs: ['coffee'] }, first: 24 },
    total: (data) => data.searchProducts.totalCount,
  },
  list: {
    query: `query List { listedProducts(first: 24) { totalCount edges { node { id title price { amount currency } } } } }`,
    variables: {},
    total: (data) => data.listedProducts.totalCount,
  },
};

// Vendure's shop API: the query of the peer's src/bench.js, with both facet values ANDed as our filter does.
// The facet value ids are looked up in the peer's database.
const PEER_FACETS = [
  ['certification', 'fair'],
  ['category', 'coffee'],
];
const PEER = {
  search: {
    query: `query Search($input: SearchInput!) {
  search(input: $input) {
    totalItems
    items {
      productId productName slug productVariantId sku currencyCode facetValueIds
      priceWithTax { ... on SinglePrice { value } ... on PriceRange { min max } }
    }
  }
}`,
    variables: (facetValueIds) => ({
      input: { term: TERM, facetValueFilters: facetValueIds.map((id) => ({ and: id })), groupByProduct: true, take: 24 },
    }),
    total: (data) => data.search.totalItems,
  },
  list: {
    query: `query Products { products(options: { take: 24 }) { totalItems items { id name slug } } }`,
    variables: () => ({}),
    total: (data) => data.products.totalItems,
  },
};

module.exports = { TERM, OURS, PEER, PEER_FACETS };
