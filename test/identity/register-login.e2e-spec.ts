import { COMPLETE_LEGAL_DETAILS, createTestApp, registerAccount, registerStaff, TEST_PASSWORD, TestApp } from '@allmende/testing';

const ME = `{ me { id email displayName platformRole memberships { role organisation { id name } } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt account { id displayName } } }`;
const CREATE_ORG = `mutation Create($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name kind isVerified legalDetailsComplete missingLegalDetails payoutAccount staff { accountId role } }
}`;
const VERIFY = `mutation Verify($id: ID!) { verifyOrganisation(id: $id) { id isVerified verifiedAt } }`;

describe('accounts and organisations over GraphQL', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  it('registers, logs in, answers me, creates an organisation, and staff verifies it', async () => {
    const registered = await app.gql.ok<{ register: { token: string; account: { id: string } } }>(
      `mutation { register(input: { email: "Maria@Example.org", password: "${TEST_PASSWORD}", displayName: "María López", acceptTerms: true }) { token account { id email } } }`,
    );
    expect(registered.register.token).toEqual(expect.any(String));

    const login = await app.gql.ok<{ login: { token: string; expiresAt: string; account: { displayName: string } } }>(LOGIN, {
      input: { email: 'maria@example.org', password: TEST_PASSWORD },
    });
    expect(login.login.account.displayName).toBe('María López');
    expect(new Date(login.login.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const maria = app.gql.as(login.login.token);
    const me = await maria.ok<{ me: { email: string; platformRole: string; memberships: unknown[] } }>(ME);
    expect(me.me).toMatchObject({ email: 'maria@example.org', platformRole: 'MEMBER', memberships: [] });

    const created = await maria.ok<{
      createOrganisation: {
        id: string;
        isVerified: boolean;
        legalDetailsComplete: boolean;
        payoutAccount: string;
        staff: { role: string }[];
      };
    }>(CREATE_ORG, { input: { name: 'Café Chiapas', kind: 'COOPERATIVE', ...COMPLETE_LEGAL_DETAILS } });
    const organisation = created.createOrganisation;
    expect(organisation).toMatchObject({
      isVerified: false,
      legalDetailsComplete: true,
      payoutAccount: COMPLETE_LEGAL_DETAILS.payoutAccount,
    });
    expect(organisation.staff).toEqual([expect.objectContaining({ role: 'OWNER' })]);

    const memberships = await maria.ok<{ me: { memberships: { role: string; organisation: { name: string } }[] } }>(ME);
    expect(memberships.me.memberships).toEqual([{ role: 'OWNER', organisation: { id: organisation.id, name: 'Café Chiapas' } }]);

    const staff = await registerStaff(app.gql, app.dataSource);
    const verified = await staff.gql.ok<{ verifyOrganisation: { isVerified: boolean; verifiedAt: string } }>(VERIFY, {
      id: organisation.id,
    });
    expect(verified.verifyOrganisation.isVerified).toBe(true);

    // The public sees the verification but not the payout account.
    const publicView = await app.gql.ok<{
      organisation: { isVerified: boolean; payoutAccount: string | null; staff: unknown[] };
    }>(`query($id: ID!) { organisation(id: $id) { isVerified payoutAccount staff { role } } }`, { id: organisation.id });
    expect(publicView.organisation).toEqual({ isVerified: true, payoutAccount: null, staff: [] });
  });

  it('logs out: the token stops working at once', async () => {
    const account = await registerAccount(app.gql);
    expect(await account.gql.ok(`mutation { logout }`)).toEqual({ logout: true });
    expect(await account.gql.errorCode(ME)).toBe('UNAUTHENTICATED');
  });

  it('answers me with null for a guest', async () => {
    expect(await app.gql.ok(ME)).toEqual({ me: null });
  });
});
