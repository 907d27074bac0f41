import {
  COMPLETE_LEGAL_DETAILS,
  createTestApp,
  registerAccount,
  registerStaff,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
  waitForMail,
} from '@allmende/testing';

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const QUEUE = `{ verificationQueue(first: 20) { totalCount edges { node { id name kind legalName imprint verificationRefusalReason } } } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganisation(id: $id) { id isVerified } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseVerification(id: $id, input: { reason: $reason }) { id isVerified verificationRefusalReason } }`;
const ACCOUNTS = `query($search: String) { staffAccounts(search: $search, first: 10) { totalCount edges { node { id email suspendedAt } } } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendAccount(id: $id, input: { reason: $reason }) { id suspendedAt suspendedReason } }`;
const REINSTATE = `mutation($id: ID!) { reinstateAccount(id: $id) { id suspendedAt } }`;
const CREATE_CATEGORY = `mutation { createCategory(input: { slug: "tea", nameEn: "Tea", nameDe: "Tee" }) { id } }`;
const LOGIN = `mutation($email: String!) { login(input: { email: $email, password: "${TEST_PASSWORD}" }) { token } }`;
const ME = `{ me { id } }`;

/** Every operation of the staff console, with variables that would work for staff. */
function consoleOperations(orgId: string, accountId: string): [string, string, Record<string, unknown>][] {
  return [
    ['verificationQueue', QUEUE, {}],
    ['verifyOrganisation', VERIFY, { id: orgId }],
    ['refuseVerification', REFUSE, { id: orgId, reason: 'No register entry' }],
    ['staffAccounts', ACCOUNTS, { search: null }],
    ['suspendAccount', SUSPEND, { id: accountId, reason: 'Spam' }],
    ['reinstateAccount', REINSTATE, { id: accountId }],
    ['createCategory', CREATE_CATEGORY, {}],
  ];
}

describe('staff console API', () => {
  let app: TestApp;
  let staff: TestAccount;
  let owner: TestAccount;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    staff = await registerStaff(app.gql, app.dataSource);
    owner = await registerAccount(app.gql, 'Coop Owner');
  });

  async function createOrg(kind: string, name: string): Promise<string> {
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name, kind, ...COMPLETE_LEGAL_DETAILS },
    });
    return createOrganisation.id;
  }

  it('a member gets FORBIDDEN and a guest UNAUTHENTICATED on every console operation, and nothing changes', async () => {
    const orgId = await createOrg('COOPERATIVE', 'Kaffeekooperative');
    for (const [name, query, variables] of consoleOperations(orgId, staff.id)) {
      const asMember = await owner.gql.request(query, variables);
      expect([name, asMember.errors?.[0].extensions?.code]).toEqual([name, 'FORBIDDEN']);
      const asGuest = await app.gql.request(query, variables);
      expect([name, asGuest.errors?.[0].extensions?.code]).toEqual([name, 'UNAUTHENTICATED']);
    }
    const [org] = await app.dataSource.query(`SELECT verified_at, verification_refused_at FROM organisation WHERE id = $1`, [
      orgId,
    ]);
    expect(org).toEqual({ verified_at: null, verification_refused_at: null });
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM category`)).toEqual([{ n: 0 }]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE suspended_at IS NOT NULL`)).toEqual([
      { n: 0 },
    ]);
  });

  it('lists co-ops and NGOs waiting, refuses one with a reason the owner is mailed, and verifies it later', async () => {
    const coop = await createOrg('COOPERATIVE', 'Kaffeekooperative');
    await createOrg('COMPANY', 'Handels GmbH');
    const ngo = await createOrg('NGO', 'Brunnen e.V.');

    const queue = await staff.gql.ok<{
      verificationQueue: { totalCount: number; edges: { node: { id: string; legalName: string } }[] };
    }>(QUEUE);
    // Oldest first; the company is not verified at all.
    expect(queue.verificationQueue.totalCount).toBe(2);
    expect(queue.verificationQueue.edges.map((e) => e.node.id)).toEqual([coop, ngo]);
    expect(queue.verificationQueue.edges[0].node.legalName).toBe('Test Cooperative eG');

    const refused = await staff.gql.ok<{ refuseVerification: { isVerified: boolean; verificationRefusalReason: string } }>(
      REFUSE,
      {
        id: coop,
        reason: '  The register number in the imprint does not exist.  ',
      },
    );
    expect(refused.refuseVerification).toEqual({
      id: coop,
      isVerified: false,
      verificationRefusalReason: 'The register number in the imprint does not exist.',
    });
    const refusal = await waitForMail(app, owner.email, 'verification-refused');
    expect(refusal.subject).toBe('Kaffeekooperative was not verified yet');
    expect(refusal.text).toContain('The reason: The register number in the imprint does not exist.');

    // Wholesale is for verified co-ops: refused before, open after.
    const WHOLESALE = `{ wholesaleOffers { totalCount } }`;
    expect(await owner.gql.errorCode(WHOLESALE)).toBe('FORBIDDEN');
    await staff.gql.ok(VERIFY, { id: coop });
    expect(await owner.gql.ok(WHOLESALE)).toEqual({ wholesaleOffers: { totalCount: 0 } });
    const verified = await waitForMail(app, owner.email, 'organisation-verified');
    expect(verified.subject).toBe('Kaffeekooperative is verified');
    expect(verified.text).toContain('You can now use the co-op-to-co-op wholesale trade.');
    const after = await staff.gql.ok<{ verificationQueue: { edges: { node: { id: string } }[] } }>(QUEUE);
    expect(after.verificationQueue.edges.map((e) => e.node.id)).toEqual([ngo]);

    const again = await staff.gql.request(REFUSE, { id: coop, reason: 'Changed my mind' });
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_VERIFIED');
  });

  it('finds accounts, suspends one (logged out, cannot log in) and reinstates it', async () => {
    const found = await staff.gql.ok<{ staffAccounts: { totalCount: number; edges: { node: { id: string } }[] } }>(ACCOUNTS, {
      search: 'COOP OWN',
    });
    expect(found.staffAccounts.edges.map((e) => e.node.id)).toEqual([owner.id]);
    const wildcard = await staff.gql.ok<{ staffAccounts: { totalCount: number } }>(ACCOUNTS, { search: '%' });
    expect(wildcard.staffAccounts.totalCount).toBe(0);

    const suspended = await staff.gql.ok<{ suspendAccount: { suspendedReason: string } }>(SUSPEND, {
      id: owner.id,
      reason: 'Sold counterfeit goods',
    });
    expect(suspended.suspendAccount.suspendedReason).toBe('Sold counterfeit goods');
    expect((await owner.gql.request(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql.request(LOGIN, { email: owner.email })).errors?.[0].extensions?.code).toBe('ACCOUNT_SUSPENDED');

    await staff.gql.ok(REINSTATE, { id: owner.id });
    expect((await app.gql.request(LOGIN, { email: owner.email })).errors).toBeUndefined();

    const self = await staff.gql.request(SUSPEND, { id: staff.id, reason: 'Oops' });
    expect(self.errors?.[0].extensions?.code).toBe('CANNOT_SUSPEND_SELF');
  });
});
