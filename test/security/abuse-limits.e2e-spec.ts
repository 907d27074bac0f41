import request from 'supertest';
import {
  addToCart,
  checkoutCart,
  createCategories,
  createShop,
  createTestApp,
  registerAccount,
  registerStaff,
  startTestServer,
  TEST_PASSWORD,
  TestApp,
} from '@allmende/testing';
import { CAST, closeVote, joinAsMember, OPEN_VOTING, proposalReadyToVote } from '../governance/governance-helpers';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { token } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const registration = (n: number) => ({
  input: { email: `limit.${n}@example.org`, password: TEST_PASSWORD, displayName: `N ${n}`, acceptTerms: true },
});

/** Issue 11 item 11: limits on what one client may do, shared by every API replica through PostgreSQL. */
describe('abuse limits', () => {
  let first: TestApp;
  let second: TestApp;
  const count = async (table: string) => Number((await first.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    const limits = {
      REGISTRATIONS_PER_HOUR: '3',
      CHECKOUTS_PER_HOUR: '2',
      VOTES_PER_HOUR: '3',
      LOGIN_LOCKOUT_AFTER_FAILURES: '3',
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    };
    // Two API processes on one database, as replicas behind a load balancer.
    first = await createTestApp(limits);
    second = await createTestApp(limits);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });
  beforeEach(() => first.reset());

  it('refuses a request that repeats a mutation under aliases, and a batch of operations', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) =>
        `r${i}: register(input: {email: "alias${i}@example.org", password: "long enough pw", displayName: "A", acceptTerms: true}) { token }`,
    );
    const response = await first.gql.request(`mutation { ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('TOO_MANY_OPERATIONS');
    const batch = await request(first.server.app.getHttpServer())
      .post('/graphql')
      .send([
        { query: REGISTER, variables: registration(90) },
        { query: REGISTER, variables: registration(91) },
      ]);
    expect(batch.status).toBe(400);
    expect(await count('account')).toBe(0);
  });

  it('limits registrations per address, counted across replicas', async () => {
    await first.gql.ok(REGISTER, registration(1));
    await second.gql.ok(REGISTER, registration(2));
    await first.gql.ok(REGISTER, registration(3));
    for (const app of [first, second]) {
      const refused = await app.gql.request(REGISTER, registration(4));
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    }
    expect(await count('account')).toBe(3);
  });

  it('limits checkouts per account', async () => {
    const { food } = await createCategories(first.dataSource, { food: 'Food' });
    await first.dataSource.query(`DELETE FROM rate_limit`);
    const shop = await createShop(first.gql, 'Limits Co-op', food, [{ title: 'Tea', priceCents: 400, stock: 10 }]);
    const buyer = await registerAccount(first.gql, 'Eager Buyer');
    for (let i = 0; i < 2; i++) {
      await addToCart(buyer.gql, shop.productIds[0], 1);
      await checkoutCart(buyer);
    }
    await addToCart(buyer.gql, shop.productIds[0], 1);
    expect(await second.gql.as(buyer.token).errorCode('mutation { checkout(idempotencyKey: "third") { id } }')).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('limits ballots per account: changing a ballot again and again is refused past the hourly limit', async () => {
    const voters = [
      await joinAsMember(first, 'CONSUMER', 'Ballot Stuffer'),
      await joinAsMember(first, 'PRODUCER', 'Producer'),
      await joinAsMember(first, 'WORKER', 'Worker'),
    ];
    const { id } = await proposalReadyToVote(first, voters[0], voters);
    await voters[0].gql.ok(OPEN_VOTING, { id });
    await first.dataSource.query(`DELETE FROM rate_limit`);
    // Three ballots an hour (VOTES_PER_HOUR=3): the first and two changes go through, on either replica.
    await voters[0].gql.ok(CAST, { input: { proposalId: id, consent: 'AGREE' } });
    await second.gql.as(voters[0].token).ok(CAST, { input: { proposalId: id, consent: 'ABSTAIN' } });
    await voters[0].gql.ok(CAST, { input: { proposalId: id, consent: 'DISAGREE' } });
    expect(await second.gql.as(voters[0].token).errorCode(CAST, { input: { proposalId: id, consent: 'AGREE' } })).toBe(
      'TOO_MANY_REQUESTS',
    );
    const [ballot] = await first.dataSource.query(`SELECT choice FROM ballot WHERE proposal_id = $1`, [id]);
    expect(ballot.choice).toMatchObject({ consent: 'DISAGREE' });
  });

  it('locks an account out after failed logins, for longer each time, and logs each attempt', async () => {
    const account = await registerAccount(first.gql, 'Target');
    const attempt = (app: TestApp, password: string) => app.gql.request(LOGIN, { input: { email: account.email, password } });
    for (const app of [first, second, first])
      expect((await attempt(app, 'wrong password!')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    // Locked now, on every replica, even with the right password: the lock is no hint about it.
    const locked = await attempt(second, TEST_PASSWORD);
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 });

    const lockKey = `login-lockout:${account.email}`;
    const expireLock = () => first.dataSource.query(`UPDATE rate_limit SET expire = 1 WHERE key = $1`, [lockKey]);
    await expireLock();
    expect((await attempt(first, 'wrong again!!')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await attempt(first, TEST_PASSWORD)).errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 120,
    });
    await expireLock();
    expect((await attempt(first, TEST_PASSWORD)).errors).toBeUndefined();
    // A success forgets the failures: the next wrong password is a plain refusal again.
    expect((await attempt(first, 'wrong password!')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');

    const staff = await registerStaff(first.gql, first.dataSource);
    const { auditEvents } = await staff.gql.ok<{
      auditEvents: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      `query($s: String) { auditEvents(action: "login.", subjectId: $s, first: 20) { totalCount
        edges { node { action actorAccountId subjectId clientAddress details } } } }`,
      { s: account.id },
    );
    expect(auditEvents.edges.map((edge) => edge.node.action)).toEqual([
      'login.failed',
      'login.succeeded',
      'login.locked_out',
      'login.locked_out',
      'login.failed',
      'login.failed',
    ]);
    expect(auditEvents.edges[2].node).toEqual({
      action: 'login.locked_out',
      actorAccountId: null,
      subjectId: account.id,
      clientAddress: expect.stringMatching(/127\.0\.0\.1/),
      details: { email: account.email, lockedForSeconds: 120 },
    });
  });
});

describe('the audit log', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('records role, staff, verification and payout account changes, and the database refuses to change it', async () => {
    const owner = await registerAccount(app.gql, 'Owner');
    const helper = await registerAccount(app.gql, 'Helper');
    const staff = await registerStaff(app.gql, app.dataSource);
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(
      'mutation { createOrganisation(input: { kind: COOPERATIVE, name: "Audit eG" }) { id } }',
    );
    const id = createOrganisation.id;
    await owner.gql.ok(
      'mutation($id: ID!, $e: String!) { addOrganisationStaff(organisationId: $id, input: { email: $e }) { role } }',
      { id, e: helper.email },
    );
    await owner.gql.ok(
      'mutation($id: ID!) { updateOrganisation(id: $id, input: { payoutAccount: "DE89370400440532013000" }) { id } }',
      { id },
    );
    await staff.gql.ok('mutation($id: ID!) { verifyOrganisation(id: $id) { id } }', { id });
    const { auditEvents } = await staff.gql.ok<{
      auditEvents: { edges: { node: { action: string; actorAccountId: string; details: object } }[] };
    }>(
      'query($id: String) { auditEvents(action: "organisation.", subjectId: $id) { edges { node { action actorAccountId details } } } }',
      { id },
    );
    expect(auditEvents.edges.map((edge) => edge.node)).toEqual([
      { action: 'organisation.verified', actorAccountId: staff.id, details: {} },
      { action: 'organisation.payout_account_changed', actorAccountId: owner.id, details: { from: null, to: '3000' } },
      { action: 'organisation.staff_added', actorAccountId: owner.id, details: { accountId: helper.id, role: 'STAFF' } },
    ]);
    expect(await owner.gql.errorCode('{ auditEvents { totalCount } }')).toBe('FORBIDDEN');
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'login.succeeded'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
  it('records votes opened and closed, the policy change a passed proposal makes, and member suspensions', async () => {
    await app.reset();
    const staff = await registerStaff(app.gql, app.dataSource);
    const voters = [
      await joinAsMember(app, 'CONSUMER', 'Audit Consumer'),
      await joinAsMember(app, 'PRODUCER', 'Audit Producer'),
      await joinAsMember(app, 'WORKER', 'Audit Worker'),
    ];
    const { id } = await proposalReadyToVote(app, voters[0], voters, {
      kind: 'POLICY_CHANGE',
      policyChanges: [{ key: 'fees.fairRateBp', value: '250' }],
    });
    await voters[0].gql.ok(OPEN_VOTING, { id });
    for (const voter of voters) await voter.gql.ok(CAST, { input: { proposalId: id, consent: 'AGREE' } });
    await closeVote(app, id);
    await staff.gql.ok(`mutation($id: ID!) { suspendMember(memberId: $id, reason: "Chargeback on shares") { status } }`, {
      id: voters[2].memberId,
    });
    const { auditEvents } = await staff.gql.ok<{
      auditEvents: { edges: { node: { action: string; actorAccountId: string | null; subjectId: string; details: object } }[] };
    }>(`{ auditEvents(first: 20) { edges { node { action actorAccountId subjectId details } } } }`);
    const governance = auditEvents.edges
      .map((edge) => edge.node)
      .filter((event) => /^(proposal|policy|member)\./.test(event.action))
      .reverse();
    expect(governance).toEqual([
      { action: 'proposal.voting_opened', actorAccountId: voters[0].id, subjectId: id, details: { electorate: 3 } },
      { action: 'proposal.vote_closed', actorAccountId: null, subjectId: id, details: { outcome: 'PASSED', ballots: 3 } },
      {
        action: 'policy.changed',
        actorAccountId: voters[0].id,
        subjectId: id,
        details: { changes: [{ key: 'fees.fairRateBp', value: 250 }], reason: 'Proposal #1: Open a repair café' },
      },
      {
        action: 'member.suspended',
        actorAccountId: staff.id,
        subjectId: voters[2].memberId,
        details: { reason: 'Chargeback on shares' },
      },
    ]);
  });
});

describe('the storefront’s cookie is no ticket for other sites (CSRF)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestServer();
  });
  afterAll(() => app.close());

  it('refuses a form post from another origin, or from none, and lets its own through', async () => {
    const http = app.server.app.getHttpServer();
    const form = { email: 'someone@example.org', password: 'whatever it is' };
    const foreign = await request(http).post('/login').set('Origin', 'https://evil.example').type('form').send(form);
    expect(foreign.status).toBe(403);
    const anonymous = await request(http).post('/login').type('form').send(form);
    expect(anonymous.status).toBe(403);
    const own = await request(http).post('/login').set('Origin', app.baseUrl).type('form').send(form);
    expect(own.status).not.toBe(403);
    // The API never reads the cookie: it answers a cross-site post as a guest.
    const api = await request(http)
      .post('/graphql')
      .set('Origin', 'https://evil.example')
      .set('Cookie', 'allmende_session=whatever')
      .send({ query: '{ me { id } }' });
    expect(api.body).toEqual({ data: { me: null } });
  });
});
