import request from 'supertest';
import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestApp,
} from '@allmende/testing';

const PRODUCT = `query($id: ID!) { product(id: $id) { title } }`;

describe('the public query cache', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ PUBLIC_QUERY_CACHE_SECONDS: '60' });
  });
  afterAll(() => app.close());

  it('serves guests a cached copy of a public catalog query, but never a logged-in request or a query that also asks for private data', async () => {
    const categories = await createCategories(app.dataSource, { tea: 'Tea' });
    const owner = await registerAccount(app.gql, 'Cache Owner');
    const id = await createActiveProduct(owner, await createSellerOrganisation(owner), {
      title: 'Darjeeling',
      categoryId: categories.tea,
      priceCents: 700,
    });

    const asGuest = () => request(app.server.app.getHttpServer()).post('/graphql').send({ query: PRODUCT, variables: { id } });
    const first = await asGuest();
    expect(first.body.data.product.title).toBe('Darjeeling');
    expect(first.headers['age']).toBeUndefined();

    await app.dataSource.query(`UPDATE product SET title = 'Assam' WHERE id = $1`, [id]);
    const cached = await asGuest();
    expect(cached.body.data.product.title).toBe('Darjeeling');
    expect(Number(cached.headers['age'])).toBeGreaterThanOrEqual(0);

    const loggedIn = await owner.gql.ok<{ product: { title: string } }>(PRODUCT, { id });
    expect(loggedIn.product.title).toBe('Assam');

    const mixed = await request(app.server.app.getHttpServer())
      .post('/graphql')
      .send({ query: `query($id: ID!) { product(id: $id) { title } me { id } }`, variables: { id } });
    expect(mixed.body.data.product.title).toBe('Assam');
  });
});
