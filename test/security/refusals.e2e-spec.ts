import { Logger } from '@nestjs/common';
import request from 'supertest';
import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestAccount,
  TestApp,
} from '@allmende/testing';

/**
 * Issue 11, items 2, 3, 4, 6 and 7: each input class that answered HTTP 500 or
 * INTERNAL_SERVER_ERROR, with the reproduction from the issue, now a refusal with a stable code
 * that names the field and writes nothing.
 */
describe('bad input is refused with a code, never a 500', () => {
  let app: TestApp;
  let owner: TestAccount;
  let organisationId: string;
  let categoryId: string;
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const post = (body: unknown) =>
    request(app.server.app.getHttpServer())
      .post('/graphql')
      .send(body as object);

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    owner = await registerAccount(app.gql, 'Owner');
    organisationId = await createSellerOrganisation(owner);
    ({ food: categoryId } = await createCategories(app.dataSource, { food: 'Food' }));
  });

  describe('item 2: a variable that does not coerce is a 400 BAD_USER_INPUT', () => {
    const QUERY = 'query($first:Int!){listedProducts(first:$first){totalCount}}';

    it.each([[{ first: 'abc' }], [{}], [{ first: 1.5 }]])('variables %j', async (variables) => {
      const response = await post({ query: QUERY, variables });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors[0].message).toContain('$first');
    });
  });

  describe('item 3: client faults that reached the database are refused first, naming the field', () => {
    const CREATE_ORG = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';

    it('a NUL byte in a string', async () => {
      const before = await count('organisation');
      const response = await owner.gql.request(CREATE_ORG, { input: { kind: 'COMPANY', name: 'a\u0000b' } });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: [expect.any(String)] } });
      expect(await count('organisation')).toBe(before);
    });

    it('a NUL byte written inline in the query', async () => {
      const response = await owner.gql.request(
        'mutation { createOrganisation(input: {kind: COMPANY, name: "a\\u0000b"}) { id } }',
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['login', 'mutation($e: String!) { login(input: {email: $e, password: "whatever!!"}) { token } }'],
      [
        'register',
        'mutation($e: String!) { register(input: {email: $e, password: "long enough pw", displayName: "X", acceptTerms: true}) { token } }',
      ],
    ])('a lone surrogate in the email of %s', async (_name, mutation) => {
      const response = await app.gql.request(mutation, { e: 'bad\ud800@example.org' });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(Object.keys(response.errors?.[0].extensions?.fields as object)).toEqual(['email']);
    });

    it('a lone surrogate in the email of addOrganisationStaff', async () => {
      const response = await owner.gql.request(
        'mutation($o: ID!, $e: String!) { addOrganisationStaff(organisationId: $o, input: {email: $e}) { role } }',
        { o: organisationId, e: '\udc00x@example.org' },
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['listedProducts', 'query($after: String) { listedProducts(after: $after) { totalCount } }'],
      ['searchProducts', 'query($after: String) { searchProducts(after: $after) { totalCount } }'],
      ['organisations', 'query($after: String) { organisations(after: $after) { totalCount } }'],
    ])('a forged cursor on %s', async (_name, query) => {
      for (const after of ['WyInIE9SIDE9MS0tIiwieCJd', 'WzEsMl0', 'bnVsbA', '!!!']) {
        const response = await app.gql.request(query, { after });
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { after: [expect.any(String)] },
        });
      }
    });

    it('a forged cursor on a buyer’s orders and a seller’s listings', async () => {
      for (const query of [
        'query($after: String) { myOrders(after: $after) { totalCount } }',
        'query($after: String) { myProducts(after: $after) { totalCount } }',
      ]) {
        const response = await owner.gql.request(query, { after: 'WyInIE9SIDE9MS0tIiwieCJd' });
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('a name of only spaces', async () => {
      const before = await count('organisation');
      const response = await owner.gql.request(CREATE_ORG, { input: { kind: 'COMPANY', name: '   ' } });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: ['must not be blank'] } });
      const registered = await app.gql.request(
        'mutation { register(input: {email: "blank@example.org", password: "long enough pw", displayName: "  \\t ", acceptTerms: true}) { token } }',
      );
      expect(registered.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { displayName: ['must not be blank'] },
      });
      expect(await count('organisation')).toBe(before);
    });

    it('a second product with an empty SKU is just a product without one', async () => {
      const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id sku } }';
      const input = {
        organisationId,
        title: 'Tea',
        categoryId,
        price: { amount: 500, currency: 'EUR' },
        vatRateBp: 700,
        sku: '',
      };
      const first = await owner.gql.ok<{ createProduct: { sku: string | null } }>(CREATE, { input });
      const second = await owner.gql.ok<{ createProduct: { sku: string | null } }>(CREATE, { input });
      expect([first.createProduct.sku, second.createProduct.sku]).toEqual([null, null]);
    });

    it.each([1e308, 5e-324, -0])('a quantity of %d', async (quantity) => {
      const response = await owner.gql.request(
        'mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }',
        { input: { organisationId, code: 'L-1', name: 'Lot', custodyModel: 'SEGREGATED', quantity, uom: 'KGM' } },
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { quantity: expect.any(Array) } });
      expect(await count('provenance_lot')).toBe(0);
    });

    it('a package content too large for its column', async () => {
      const response = await owner.gql.request('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: {
          organisationId,
          title: 'Tea',
          price: { amount: 500, currency: 'EUR' },
          vatRateBp: 700,
          unit: 'KG',
          unitQuantity: 1e308,
        },
      });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { unitQuantity: [expect.any(String)] },
      });
      expect(await count('product')).toBe(0);
    });

    it.each(['a-', 'x'.repeat(300), '', 'de-DE-u-nu-invalidnumbering'])('formatted(locale: %j)', async (locale) => {
      const productId = await createActiveProduct(owner, organisationId, { title: 'Tea', categoryId, priceCents: 500 });
      const response = await app.gql.request(
        'query($id: ID!, $locale: String!) { product(id: $id) { price { formatted(locale: $locale) } } }',
        {
          id: productId,
          locale,
        },
      );
      if (response.errors)
        expect(response.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { locale: [expect.any(String)] } });
    });
  });

  it('item 4: a seller replaces and then clears a product’s gallery', async () => {
    const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
    const UPDATE =
      'mutation($id: ID!, $input: ProductFieldsInput!) { updateProduct(id: $id, input: $input) { images { url position } } }';
    const { createProduct } = await owner.gql.ok<{ createProduct: { id: string } }>(CREATE, {
      input: {
        organisationId,
        title: 'Tea',
        price: { amount: 500, currency: 'EUR' },
        vatRateBp: 700,
        images: [{ url: 'https://example.org/a.jpg' }, { url: 'https://example.org/b.jpg' }],
      },
    });
    const replaced = await owner.gql.ok<{ updateProduct: { images: { url: string; position: number }[] } }>(UPDATE, {
      id: createProduct.id,
      input: {
        images: [
          { url: 'https://example.org/c.jpg' },
          { url: 'https://example.org/a.jpg' },
          { url: 'https://example.org/d.jpg' },
        ],
      },
    });
    expect(replaced.updateProduct.images).toEqual([
      { url: 'https://example.org/c.jpg', position: 0 },
      { url: 'https://example.org/a.jpg', position: 1 },
      { url: 'https://example.org/d.jpg', position: 2 },
    ]);
    const cleared = await owner.gql.ok<{ updateProduct: { images: unknown[] } }>(UPDATE, {
      id: createProduct.id,
      input: { images: [] },
    });
    expect(cleared.updateProduct.images).toEqual([]);
    expect(await count('product_image')).toBe(0);
  });

  it('item 6: a draft is readable by its seller only', async () => {
    const { createProduct } = await owner.gql.ok<{ createProduct: { id: string } }>(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { input: { organisationId, title: 'Secret tea', price: { amount: 500, currency: 'EUR' }, vatRateBp: 700 } },
    );
    const PRODUCT = 'query($id: ID!) { product(id: $id) { id state title } }';
    const stranger = await registerAccount(app.gql, 'Stranger');
    for (const client of [app.gql, stranger.gql]) {
      const response = await client.request(PRODUCT, { id: createProduct.id });
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    }
    expect((await owner.gql.ok<{ product: { state: string } }>(PRODUCT, { id: createProduct.id })).product.state).toBe('DRAFT');
  });

  it('item 7: a body over the limit answers in the GraphQL error shape with a code', async () => {
    const response = await post({ query: `query { __typename } # ${'x'.repeat(2_000_000)}` });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [{ message: expect.stringContaining('limit'), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    const malformed = await request(app.server.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('item 8: refusals are logged at info without a stack; only our own faults at error level', async () => {
    const errorLines = jest.spyOn(Logger.prototype, 'error');
    const infoLines = jest.spyOn(Logger.prototype, 'log');
    try {
      await owner.gql.request('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { kind: 'COMPANY', name: '   ' },
      });
      await app.gql.request('query { me { id } organisation(id: "nope") { id } }');
      await app.gql.request('mutation { logout }');
      await app.gql.request('query($id: ID!) { product(id: $id) { id } }', { id: '7a1c9e52-4b8d-4c3e-9f61-2d5b8a0e1f34' });
      expect(errorLines).not.toHaveBeenCalled();
      const refusals = infoLines.mock.calls.map(([entry]) => entry as { msg?: string; code?: string; stack?: unknown });
      expect(refusals.filter((entry) => entry.msg === 'refused').map((entry) => entry.code)).toEqual([
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'NOT_FOUND',
      ]);
      expect(JSON.stringify(infoLines.mock.calls)).not.toContain('    at ');
    } finally {
      errorLines.mockRestore();
      infoLines.mockRestore();
    }
  });
});
