import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { createTestApp, TestApp } from '@allmende/testing';
import { MatrixRow, MUTATIONS, OK, PRIVATE_QUERIES, PUBLIC_QUERIES, Role, ROLES } from './authorization-matrix';
import { AuthWorld } from './authorization-world';

/**
 * Issue 11 item 10: every mutation and every query with private data, called as each role; the
 * outcome of each cell must be the one in authorization-matrix.ts. Add a row there for every new
 * mutation (this test names the ones without).
 */
describe('authorization matrix', () => {
  let app: TestApp;
  let world: AuthWorld;

  beforeAll(async () => {
    app = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    world = await new AuthWorld(app).build();
  }, 120_000);
  afterAll(() => app?.close());

  it('has a row for every mutation and a place for every query', () => {
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    expect({ mutationsWithoutRow: mutations.filter((name) => !(name in MUTATIONS)) }).toEqual({ mutationsWithoutRow: [] });
    expect({ rowsWithoutMutation: Object.keys(MUTATIONS).filter((name) => !mutations.includes(name)) }).toEqual({
      rowsWithoutMutation: [],
    });
    const placed = [...Object.keys(PRIVATE_QUERIES), ...Object.keys(PUBLIC_QUERIES)];
    expect({ queriesWithoutRow: queries.filter((name) => !placed.includes(name)) }).toEqual({ queriesWithoutRow: [] });
    expect({ rowsWithoutQuery: placed.filter((name) => !queries.includes(name)) }).toEqual({ rowsWithoutQuery: [] });
  });

  it(
    'gives each role exactly the outcome in the table',
    async () => {
      const http = app.server.app.getHttpServer();
      const rows: [string, MatrixRow][] = [...Object.entries(MUTATIONS), ...Object.entries(PRIVATE_QUERIES)];
      const actual: Record<string, Record<Role, string>> = {};
      const expected: Record<string, Record<Role, string>> = {};
      for (const [name, row] of rows) {
        expected[name] = row.expected;
        actual[name] = {} as Record<Role, string>;
        for (const role of ROLES) {
          const call = await row.call(world, role);
          const token = 'token' in call ? call.token : world.tokenOf(role);
          let http2 = request(http).post('/graphql').set('Content-Type', 'application/json');
          if (token) http2 = http2.set('Authorization', `Bearer ${token}`);
          const response = await http2.send({ query: call.query, variables: call.variables });
          const code = response.body.errors?.[0]?.extensions?.code;
          actual[name][role] = code ? String(code) : row.observe ? row.observe(response.body.data) : OK;
        }
      }
      const cells = rows.length * ROLES.length;
      if (process.env.MATRIX_REPORT) writeFileSync(process.env.MATRIX_REPORT, JSON.stringify({ cells, actual }, null, 2));
      expect(actual).toEqual(expected);
    },
    20 * 60_000,
  );
});
