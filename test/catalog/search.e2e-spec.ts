import {
  countStatements,
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestAccount,
  TestApp,
} from '@allmende/testing';

const SEARCH = `query($q: String, $filter: ProductFilterInput, $sort: ProductSort, $first: Int!, $after: String) {
  searchProducts(query: $q, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title fair price { amount formatted } category { slug } images { url } seller { name verified }
      priceBreakdown { producerShare { amount } } } }
    facets { categories { value count } fair { value count } ecological { value count } smallAndPrecious { value count }
      condition { value count } originCountries { value count } priceBands { value count } }
  }
}`;

interface SearchResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; title: string; fair: boolean; price: { amount: number } } }[];
  facets: Record<string, { value: string; count: number }[]>;
}

describe('catalog: search', () => {
  let app: TestApp;
  let owner: TestAccount;
  let categories: Record<string, string>;
  const search = async (variables: Record<string, unknown>) =>
    (await app.gql.ok<{ searchProducts: SearchResult }>(SEARCH, { first: 24, ...variables })).searchProducts;

  beforeAll(async () => {
    app = await createTestApp();
    categories = await createCategories(app.dataSource, { coffee: 'Coffee', tea: 'Tea', textiles: 'Textiles' });
    owner = await registerAccount(app.gql, 'Search Owner');
    const organisationId = await createSellerOrganisation(owner, 'Search Co-op');
    const listings = [
      { title: 'Fair coffee from Peru', categoryId: categories.coffee, priceCents: 899, fair: true, originCountry: 'PE' },
      {
        title: 'Espresso beans',
        description: 'A dark roast coffee for espresso.',
        categoryId: categories.coffee,
        priceCents: 1299,
        originCountry: 'CO',
      },
      {
        title: 'Kaffeebohnen aus Äthiopien',
        description: 'Fairer Kaffee, handgeröstet.',
        categoryId: categories.coffee,
        priceCents: 1050,
        fair: true,
        smallAndPrecious: true,
        originCountry: 'ET',
      },
      { title: 'Green tea', categoryId: categories.tea, priceCents: 450, fair: true, ecological: true, originCountry: 'IN' },
      {
        title: 'Cotton scarf',
        description: 'Woven by hand.',
        categoryId: categories.textiles,
        priceCents: 3900,
        smallAndPrecious: true,
        condition: 'USED' as const,
        originCountry: 'IN',
      },
    ];
    for (const listing of listings) await createActiveProduct(owner, organisationId, listing);
  });
  afterAll(() => app.close());

  it('ranks a title match above a description match', async () => {
    const titles = (await search({ q: 'coffee' })).edges.map((edge) => edge.node.title);
    // The two others say coffee only in their description (one in German) and their category.
    expect(titles[0]).toBe('Fair coffee from Peru');
    expect(titles.slice(1).sort()).toEqual(['Espresso beans', 'Kaffeebohnen aus Äthiopien']);
  });

  it('matches German words, prefixes and a typo', async () => {
    expect((await search({ q: 'kaffee' })).edges.map((edge) => edge.node.title)).toContain('Kaffeebohnen aus Äthiopien');
    expect((await search({ q: 'esp' })).edges.map((edge) => edge.node.title)).toEqual(['Espresso beans']);
    expect((await search({ q: 'cofee' })).edges.map((edge) => edge.node.title)).toContain('Fair coffee from Peru');
  });

  it('gives facet counts that equal the totals of the filtered searches', async () => {
    const all = await search({});
    expect(all.totalCount).toBe(5);
    for (const [facet, filterOf] of [
      ['categories', (value: string) => ({ categorySlugs: [value] })],
      ['fair', (value: string) => ({ fair: value === 'true' })],
      ['ecological', (value: string) => ({ ecological: value === 'true' })],
      ['smallAndPrecious', (value: string) => ({ smallAndPrecious: value === 'true' })],
      ['condition', (value: string) => ({ condition: value })],
      ['originCountries', (value: string) => ({ originCountries: [value] })],
      [
        'priceBands',
        (value: string) => {
          const [from, to] = value.split('-');
          return { priceMin: Number(from), ...(to ? { priceMax: Number(to) } : {}) };
        },
      ],
    ] as const) {
      const values = all.facets[facet];
      expect(values.length).toBeGreaterThan(0);
      for (const { value, count } of values) {
        expect({ facet, value, total: (await search({ filter: filterOf(value) })).totalCount }).toEqual({
          facet,
          value,
          total: count,
        });
      }
    }
    const fairCoffee = await search({ q: 'coffee', filter: { fair: true, categorySlugs: ['coffee'] } });
    expect(fairCoffee.totalCount).toBe(fairCoffee.edges.length);
    expect(fairCoffee.edges.every((edge) => edge.node.fair)).toBe(true);
  });

  it('sorts by price both ways', async () => {
    const ascending = (await search({ sort: 'PRICE_ASC' })).edges.map((edge) => edge.node.price.amount);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = (await search({ sort: 'PRICE_DESC' })).edges.map((edge) => edge.node.price.amount);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('pages through every result once, never repeating or skipping, in every sort', async () => {
    for (const sort of ['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'RELEVANCE']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: SearchResult = await search({
          q: sort === 'RELEVANCE' ? 'coffee tea scarf' : undefined,
          sort,
          first: 2,
          after,
        });
        seen.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const expected = (await search({ q: sort === 'RELEVANCE' ? 'coffee tea scarf' : undefined, sort, first: 100 })).edges.map(
        (e) => e.node.id,
      );
      expect({ sort, seen }).toEqual({ sort, seen: expected });
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('refuses a page size over 100 and a cursor it did not make', async () => {
    expect(await app.gql.errorCode(SEARCH, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await app.gql.errorCode(SEARCH, { first: 10, after: 'bogus' })).toBe('BAD_USER_INPUT');
  });

  it('issues as many SQL statements for a page of 100 as for a page of 10 (no N+1)', async () => {
    // Enough listings from several sellers for a full page of 100.
    const sellers = [owner];
    for (let i = 0; i < 3; i++) sellers.push(await registerAccount(app.gql, `Bulk Seller ${i}`));
    const organisations = await Promise.all(
      sellers.slice(1).map((seller, i) => createSellerOrganisation(seller, `Bulk Co-op ${i}`)),
    );
    await app.dataSource.query(
      `INSERT INTO product (seller_id, seller_kind, title, description, category_id, price_amount, currency, vat_rate_bp, stock, state, published_at)
       SELECT ($1::uuid[])[1 + i % 3], 'ORGANISATION', 'Bulk item ' || i, 'Bulk', $2, 100 + i, 'EUR', 1900, 5, 'ACTIVE', now() - i * interval '1 minute'
       FROM generate_series(1, 120) AS i`,
      [organisations, categories.tea],
    );
    await app.dataSource.query(
      `INSERT INTO product_image (product_id, url, position) SELECT id, 'https://img.example/' || id || '.jpg', 0 FROM product`,
    );
    const statements = async (first: number) => countStatements(app.dataSource, () => search({ first }));
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(10);
  });
});
