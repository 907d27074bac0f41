import {
  createActiveProduct,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestAccount,
  TestApp,
} from '@allmende/testing';

const SEARCH = `query($q: String, $filter: ProductFilterInput) {
  searchProducts(query: $q, filter: $filter, first: 100) {
    totalCount
    edges { node { id title } }
    facets { categories { value count } fair { value count } priceBands { value count } originCountries { value count } }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: ProductFieldsInput!) { updateProduct(id: $id, input: $input) { state } }`;

interface SearchResult {
  totalCount: number;
  edges: { node: { id: string; title: string } }[];
  facets: Record<string, { value: string; count: number }[]>;
}

/** The bilingual fixture: categories with their English and German names, listings written in either language. */
const CATEGORIES = [
  ['coffee', 'Coffee', 'Kaffee'],
  ['tea', 'Tea', 'Tee'],
  ['chocolate', 'Chocolate & cocoa', 'Schokolade & Kakao'],
  ['cosmetics', 'Natural cosmetics', 'Naturkosmetik'],
  ['clothing', 'Clothing', 'Kleidung'],
] as const;
type Slug = (typeof CATEGORIES)[number][0];
const LISTINGS: { title: string; description: string; category: Slug; priceCents: number; fair?: boolean; originCountry: string }[] = [
  { title: 'Espresso Roast', description: 'Dark and strong, for the moka pot.', category: 'coffee', priceCents: 899, fair: true, originCountry: 'MX' },
  { title: 'Café de Olla Blend', description: 'With cinnamon and piloncillo.', category: 'coffee', priceCents: 1099, originCountry: 'MX' },
  { title: 'Kaffee aus Chiapas', description: 'Ganze Bohnen, schonend geröstet.', category: 'coffee', priceCents: 1299, fair: true, originCountry: 'MX' },
  { title: 'First Flush Darjeeling', description: 'Light and floral.', category: 'tea', priceCents: 1450, originCountry: 'IN' },
  { title: 'Grüner Tee Sencha', description: 'Mild und frisch.', category: 'tea', priceCents: 650, fair: true, originCountry: 'IN' },
  { title: 'Dark Chocolate 70 %', description: 'Single origin bar.', category: 'chocolate', priceCents: 349, fair: true, originCountry: 'GH' },
  { title: 'Kakaopulver', description: 'Stark entölt, für Trinkschokolade.', category: 'chocolate', priceCents: 599, originCountry: 'GH' },
  { title: 'Shea Soap with Lemongrass', description: 'Cold-process bar.', category: 'cosmetics', priceCents: 550, originCountry: 'GH' },
  { title: 'Olivenseife', description: 'Handgesiedet mit Olivenöl.', category: 'cosmetics', priceCents: 450, originCountry: 'PE' },
  { title: 'Wool Socks', description: 'Alpaca and sheep wool.', category: 'clothing', priceCents: 1800, originCountry: 'PE' },
  { title: 'Schal aus Alpakawolle', description: 'Handgewebt.', category: 'clothing', priceCents: 3900, fair: true, originCountry: 'PE' },
]; // prettier-ignore

describe('catalog: the search index, in German and English', () => {
  let app: TestApp;
  let owner: TestAccount;
  let organisationId: string;
  const categoryIds: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const search = async (variables: Record<string, unknown>) =>
    (await app.gql.ok<{ searchProducts: SearchResult }>(SEARCH, variables)).searchProducts;
  const titles = async (q: string, filter?: Record<string, unknown>) =>
    (await search({ q, filter })).edges.map((edge) => edge.node.title);
  const counts = (values: { value: string; count: number }[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));

  beforeAll(async () => {
    app = await createTestApp();
    for (const [position, [slug, nameEn, nameDe]] of CATEGORIES.entries()) {
      const [row] = await app.dataSource.query(
        `INSERT INTO category (slug, name_en, name_de, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [slug, nameEn, nameDe, position],
      );
      categoryIds[slug] = row.id;
    }
    owner = await registerAccount(app.gql, 'Bilingual Owner');
    organisationId = await createSellerOrganisation(owner, 'Zweisprachige Genossenschaft');
    for (const listing of LISTINGS) {
      ids[listing.title] = await createActiveProduct(owner, organisationId, {
        ...listing,
        categoryId: categoryIds[listing.category],
      });
    }
  });
  afterAll(() => app.close());

  it('finds every product of a category by the category’s name in English and in German (recall)', async () => {
    for (const [slug, nameEn, nameDe] of CATEGORIES) {
      const expected = LISTINGS.filter((listing) => listing.category === slug)
        .map((listing) => listing.title)
        .sort();
      for (const name of [nameEn, nameDe]) {
        const found = await titles(name);
        expect({ name, found: expected.filter((title) => found.includes(title)) }).toEqual({ name, found: expected });
      }
    }
  });

  it('finds German listings by English words and English listings by German words, through the synonyms', async () => {
    expect((await titles('coffee')).sort()).toEqual(['Café de Olla Blend', 'Espresso Roast', 'Kaffee aus Chiapas']);
    expect(await titles('Seife')).toEqual(expect.arrayContaining(['Shea Soap with Lemongrass', 'Olivenseife']));
    expect(await titles('soap')).toEqual(expect.arrayContaining(['Shea Soap with Lemongrass']));
    expect(await titles('Wolle')).toContain('Wool Socks');
    expect(await titles('Kakao')).toEqual(expect.arrayContaining(['Dark Chocolate 70 %', 'Kakaopulver']));
    expect(await titles('tea')).toEqual(expect.arrayContaining(['Grüner Tee Sencha', 'First Flush Darjeeling']));
  });

  it('ranks title matches first in either language', async () => {
    expect((await titles('Kaffee'))[0]).toBe('Kaffee aus Chiapas');
    expect((await titles('espresso'))[0]).toBe('Espresso Roast');
    expect((await titles('tee'))[0]).toBe('Grüner Tee Sencha');
  });

  it('forgives a typo in any word of the query, not only when the whole query finds nothing', async () => {
    expect(await titles('choclate')).toContain('Dark Chocolate 70 %');
    expect(await titles('sokcs')).toEqual(['Wool Socks']);
    // "dark" is spelt right and matches on its own; the typo in the second word is still forgiven.
    expect(await titles('dark choclate')).toEqual(['Dark Chocolate 70 %']);
    expect(await titles('wool sokcs')).toEqual(['Wool Socks']);
  });

  it('reflects an edit, a sale of the last piece and a closed listing in the very next search', async () => {
    await owner.gql.ok(UPDATE, {
      id: ids['Wool Socks'],
      input: { title: 'Alpaca Stockings', price: { amount: 2600, currency: 'EUR' } },
    });
    expect(await titles('socks')).toEqual([]);
    expect(await titles('stockings')).toEqual(['Alpaca Stockings']);
    // Sold out is still listed (it can be put back on sale); closed is gone.
    expect(
      (await owner.gql.ok<{ updateProduct: { state: string } }>(UPDATE, { id: ids['Olivenseife'], input: { stock: 0 } }))
        .updateProduct.state,
    ).toBe('SOLD_OUT');
    expect(await titles('Olivenseife')).toEqual(['Olivenseife']);
    await owner.gql.ok(`mutation($id: ID!) { closeProduct(id: $id) { state } }`, { id: ids['Kakaopulver'] });
    expect(await titles('Kakao')).toEqual(['Dark Chocolate 70 %']);

    // The counts without words come from the kept per-combination counts, with words from the matches: both exact.
    // 11 listings, Kakaopulver closed: 10. Fair: Espresso Roast, Kaffee aus Chiapas, Grüner Tee, Dark Chocolate, Schal = 5.
    // Prices: under 10 € Espresso 8.99, Grüner Tee 6.50, Dark Chocolate 3.49, Shea Soap 5.50, Olivenseife 4.50 = 5;
    // 10-25 € Café de Olla 10.99, Kaffee 12.99, Darjeeling 14.50 = 3; 25-50 € Alpaca Stockings 26.00, Schal 39.00 = 2.
    const all = await search({});
    expect(all.totalCount).toBe(10);
    expect(counts(all.facets.fair)).toEqual({ true: 5, false: 5 });
    expect(counts(all.facets.priceBands)).toEqual({ '0-1000': 5, '1000-2500': 3, '2500-5000': 2 });
    expect(counts(all.facets.categories)).toEqual({ coffee: 3, tea: 2, chocolate: 1, cosmetics: 2, clothing: 2 });
    expect(counts(all.facets.originCountries)).toEqual({ MX: 3, IN: 2, GH: 2, PE: 3 });
    const peru = await search({ filter: { originCountries: ['PE'], priceMin: 2500, priceMax: 5000 } });
    expect(peru.edges.map((edge) => edge.node.title).sort()).toEqual(['Alpaca Stockings', 'Schal aus Alpakawolle']);
    expect(counts(peru.facets.fair)).toEqual({ true: 1, false: 1 });
    // A bound inside a band is counted from the listings themselves: 5.00 up to 9.00 holds Espresso, Shea Soap, Grüner Tee.
    expect((await search({ filter: { priceMin: 500, priceMax: 900 } })).totalCount).toBe(3);
    const coffee = await search({ q: 'Kaffee' });
    expect(coffee.totalCount).toBe(3);
    expect(counts(coffee.facets.fair)).toEqual({ true: 2, false: 1 });
  });

  it('keeps the counts exact when many listings change at the same time', async () => {
    // Ten new tea listings written side by side, then five of them moved to coffee side by side.
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createActiveProduct(owner, organisationId, {
          title: `Chai Blend ${i}`,
          categoryId: categoryIds.tea,
          priceCents: 500,
          originCountry: 'IN',
        }),
      ),
    );
    await Promise.all(created.slice(0, 5).map((id) => owner.gql.ok(UPDATE, { id, input: { categoryId: categoryIds.coffee } })));
    const all = await search({});
    expect(all.totalCount).toBe(20);
    expect(counts(all.facets.categories)).toEqual({ coffee: 8, tea: 7, chocolate: 1, cosmetics: 2, clothing: 2 });
    expect((await search({ filter: { categorySlugs: ['coffee'] } })).totalCount).toBe(8);
  });

  it('records the language each listing is written in', async () => {
    const language = `mutation($id: ID!, $input: ProductFieldsInput!) { updateProduct(id: $id, input: $input) { language } }`;
    expect(
      (
        await owner.gql.ok<{ updateProduct: { language: string } }>(language, {
          id: ids['Grüner Tee Sencha'],
          input: { language: 'DE' },
        })
      ).updateProduct.language,
    ).toBe('DE');
    const read = await app.gql.ok<{ product: { language: string } }>(`query($id: ID!) { product(id: $id) { language } }`, {
      id: ids['First Flush Darjeeling'],
    });
    expect(read.product.language).toBe('EN'); // left out when it was listed
  });

  it('finds products by a category’s new name as soon as it is renamed, without a rebuild', async () => {
    await app.dataSource.query(`UPDATE category SET name_de = 'Körperpflege' WHERE slug = 'cosmetics'`);
    expect((await titles('Körperpflege')).sort()).toEqual(['Olivenseife', 'Shea Soap with Lemongrass']);
  });
});
