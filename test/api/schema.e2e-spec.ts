import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, TestApp } from '@allmende/testing';

const SCHEMA_FILE = join(__dirname, '../../apps/api/schema.gql');
const HEADER = '# The GraphQL schema of the Allmende API, generated from the code: `npm run schema` writes it.\n\n';

describe('the committed schema.gql', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is the schema the code generates (run `npm run schema` after changing the API)', () => {
    const generated = HEADER + printSchema(lexicographicSortSchema(app.server.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
