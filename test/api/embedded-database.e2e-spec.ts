import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig, RunningServer, startServer } from '@allmende/api';

describe('the embedded database (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-embedded-'));
  let server: RunningServer;

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts PGlite, migrates, seeds the demo co-op and answers /health', async () => {
    server = await startServer(
      loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SERVE_STOREFRONT: 'false' }),
    );
    expect(server.embedded).toBe(true);

    const health = await request(server.url).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });

    const worker = server.demoLogins?.find((login) => login.who.includes('platform worker'));
    expect(worker).toBeDefined();
    const login = await request(server.url)
      .post('/graphql')
      .send({
        query: `mutation($input: LoginInput!) { login(input: $input) { account { displayName platformRole } } }`,
        variables: { input: { email: worker!.email, password: worker!.password } },
      });
    expect(login.body.data.login.account).toMatchObject({ platformRole: 'STAFF' });

    const coops = await request(server.url).post('/graphql').send({
      query: `{ organisations(kind: COOPERATIVE, verified: true, first: 50) { totalCount edges { node { name country } } } }`,
    });
    expect(coops.body.data.organisations.totalCount).toBeGreaterThanOrEqual(3);
    const countries = new Set(
      coops.body.data.organisations.edges.map((edge: { node: { country: string } }) => edge.node.country),
    );
    expect(countries.size).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('searches the demo catalog through the search index, in German and with a typo', async () => {
    const titles = async (query: string) => {
      const res = await request(server.url)
        .post('/graphql')
        .send({
          query: `query($q: String) { searchProducts(query: $q, first: 50) { edges { node { title } } } }`,
          variables: { q: query },
        });
      return res.body.data.searchProducts.edges.map((edge: { node: { title: string } }) => edge.node.title);
    };
    // The demo lists each soap in two pack sizes; German "Seife" finds all four English listings.
    expect((await titles('Seife')).sort()).toEqual([
      'Black Soap, 3 bars × 120 g',
      'Black Soap, bar 120 g',
      'Shea Soap with Lemongrass, 3 bars × 120 g',
      'Shea Soap with Lemongrass, bar 120 g',
    ]);
    expect(await titles('choclate')).toContain('Dark Chocolate 70 %, bar 100 g');
  });

  it('keeps its data across a restart', async () => {
    await server.stop();
    server = await startServer(
      loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SERVE_STOREFRONT: 'false' }),
    );
    const accounts = await request(server.url).post('/graphql').send({ query: `{ organisations(first: 1) { totalCount } }` });
    expect(accounts.body.data.organisations.totalCount).toBe(7);
  }, 180_000);
});
