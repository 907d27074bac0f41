import jwt from 'jsonwebtoken';
import {
  COMPLETE_LEGAL_DETAILS,
  createTestApp,
  registerAccount,
  TEST_JWT_SECRET,
  TEST_PASSWORD,
  TestApp,
} from '@allmende/testing';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const UPDATE_ORG = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganisation(id: $id) { id isVerified } }`;
const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

describe('bad input gets a stable error code and writes nothing', () => {
  let app: TestApp;
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    app = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '5' });
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  it('refuses a duplicate email, in any letter case', async () => {
    await app.gql.ok(REGISTER, {
      input: { email: 'dup@example.org', password: TEST_PASSWORD, displayName: 'First', acceptTerms: true },
    });
    const response = await app.gql.request(REGISTER, {
      input: { email: 'DUP@example.org', password: TEST_PASSWORD, displayName: 'Second', acceptTerms: true },
    });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'EMAIL_TAKEN' },
      message: expect.stringContaining('dup@example.org'),
    });
    expect(await count('account')).toBe(1);
  });

  it('refuses a malformed email and a short password, naming the field', async () => {
    const malformed = await app.gql.request(REGISTER, {
      input: { email: 'not-an-email', password: TEST_PASSWORD, displayName: 'X', acceptTerms: true },
    });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: ['must be an email address'] },
    });

    const short = await app.gql.request(REGISTER, {
      input: { email: 'short@example.org', password: 'nine char', displayName: 'X', acceptTerms: true },
    });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: ['must be at least 10 characters long'] },
    });
    expect(short.errors?.[0].message).toContain('password');
    expect(short.status).toBe(200);
    expect(await count('account')).toBe(0);
  });

  it('refuses a wrong password and an unknown email alike, and opens no session', async () => {
    const account = await registerAccount(app.gql);
    const sessionsBefore = await count('session');
    expect(await app.gql.errorCode(LOGIN, { input: { email: account.email, password: 'wrong password!' } })).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(await app.gql.errorCode(LOGIN, { input: { email: 'nobody@example.org', password: TEST_PASSWORD } })).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(await count('session')).toBe(sessionsBefore);
  });

  it('rate-limits login attempts for one email from one address', async () => {
    const account = await registerAccount(app.gql);
    const attempt = () => app.gql.request(LOGIN, { input: { email: account.email, password: 'wrong password!' } });
    for (let i = 0; i < 5; i++) expect((await attempt()).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await attempt()).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Even the right password waits now: the limit is not a hint about the password.
    const right = await app.gql.request(LOGIN, { input: { email: account.email, password: TEST_PASSWORD } });
    expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses an expired token and a forged one', async () => {
    const account = await registerAccount(app.gql);
    const { sid } = jwt.decode(account.token) as { sid: string };
    const expired = jwt.sign({ sub: account.id, sid, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET);
    const expiredError = (await app.gql.as(expired).request(`{ me { id } }`)).errors?.[0];
    expect(expiredError).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('expired') });

    const forged = jwt.sign({ sub: account.id, sid }, 'some-other-secret-some-other-secret-123');
    expect(await app.gql.as(forged).errorCode(`{ me { id } }`)).toBe('UNAUTHENTICATED');
    expect(await app.gql.as('garbage').errorCode(`{ me { id } }`)).toBe('UNAUTHENTICATED');
  });

  it('lets only an owner edit an organisation', async () => {
    const owner = await registerAccount(app.gql, 'Owner');
    const stranger = await registerAccount(app.gql, 'Stranger');
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Honest Honey eG', kind: 'COOPERATIVE', ...COMPLETE_LEGAL_DETAILS },
    });
    const id = createOrganisation.id;
    expect(await stranger.gql.errorCode(UPDATE_ORG, { id, input: { name: 'Stolen' } })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(UPDATE_ORG, { id, input: { name: 'Stolen' } })).toBe('UNAUTHENTICATED');
    expect(await owner.gql.errorCode(UPDATE_ORG, { id, input: { country: 'Germany' } })).toBe('BAD_USER_INPUT');
    const [row] = await app.dataSource.query(`SELECT name, country FROM organisation WHERE id = $1`, [id]);
    expect(row).toEqual({ name: 'Honest Honey eG', country: 'DE' });

    const renamed = await owner.gql.ok<{ updateOrganisation: { name: string } }>(UPDATE_ORG, {
      id,
      input: { name: 'Honest Honey' },
    });
    expect(renamed.updateOrganisation.name).toBe('Honest Honey');
  });

  it('lets only platform staff verify a co-operative', async () => {
    const owner = await registerAccount(app.gql, 'Co-op Owner');
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Kaffee Kollektiv', kind: 'COOPERATIVE' },
    });
    expect(await owner.gql.errorCode(VERIFY, { id: createOrganisation.id })).toBe('FORBIDDEN');
    const [row] = await app.dataSource.query(`SELECT verified_at FROM organisation WHERE id = $1`, [createOrganisation.id]);
    expect(row.verified_at).toBeNull();
  });

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const account = await registerAccount(app.gql);
    const nest = (depth: number): string => (depth === 0 ? 'role' : `organisation { staff { ${nest(depth - 1)} } }`);
    const deep = `{ me { memberships { ${nest(6)} } } }`;
    const response = await account.gql.request(deep);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(response.data).toBeNull();
  });

  it('refuses a query that costs more than the limit, before running it', async () => {
    const page = (alias: string, first: number) =>
      `${alias}: organisations(first: ${first}) { edges { node { id name staff { role } } } }`;
    expect((await app.gql.request(`{ ${page('one', 100)} }`)).errors).toBeUndefined();
    const aliases = Array.from({ length: 30 }, (_, i) => page(`page${i}`, 100));
    const response = await app.gql.request(`{ ${aliases.join(' ')} }`);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.status).toBe(400);
  });

  it('never answers bad input with a 500 or a stack trace', async () => {
    const response = await app.gql.request(`mutation { register(input: { email: 42 }) { token } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
