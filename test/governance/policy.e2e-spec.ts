import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  registerStaff,
  TestApp,
} from '@allmende/testing';

const SET = `mutation($input: SetPolicyParametersInput!) { setPolicyParameters(input: $input) { key value reason setByName proposalId validFrom } }`;
const PARAMETERS = `{ policyParameters { key type value defaultValue min max choices current { value setByName reason } } }`;
const HISTORY = `query($key: String) { policyHistory(key: $key) { key value reason setByName proposalId } }`;
const BREAKDOWN = `query($id: ID!) { product(id: $id) { priceBreakdown { platformFee { amount } } } }`;

describe('policy parameters', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  it('shows every parameter with its default to guests', async () => {
    const { policyParameters } = await app.gql.ok<{
      policyParameters: { key: string; value: string; type: string; current: unknown }[];
    }>(PARAMETERS);
    const byKey = Object.fromEntries(policyParameters.map((p) => [p.key, p]));
    expect(byKey['fees.fairRateBp']).toMatchObject({ value: '300', type: 'BASIS_POINTS', current: null });
    expect(byKey['membership.sharePrice']).toMatchObject({ value: '1000', type: 'MONEY' });
    expect(byKey['governance.bylawThreshold']).toMatchObject({ value: '2/3', type: 'FRACTION' });
    expect(byKey['governance.weighting']).toMatchObject({ value: 'CLASS_WEIGHTS', type: 'CHOICE' });
    for (const key of [
      'governance.quorumBp',
      'governance.investorCapBp',
      'governance.deliberationMinParticipants',
      'dividends.reserveBp',
    ]) {
      expect(byKey[key]).toBeDefined();
    }
  });

  it('lets staff set a value, which every price breakdown then uses, and keeps who, when and why', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const owner = await registerAccount(app.gql, 'Seller');
    const organisation = await createSellerOrganisation(owner);
    const { coffee } = await createCategories(app.dataSource, { coffee: 'Coffee' });
    const product = await createActiveProduct(owner, organisation, {
      title: 'Coffee',
      categoryId: coffee,
      priceCents: 10_000,
      fair: true,
    });
    // 3 % of 100.00 = 3.00.
    expect(
      (await app.gql.ok<{ product: { priceBreakdown: { platformFee: { amount: number } } } }>(BREAKDOWN, { id: product })).product
        .priceBreakdown.platformFee.amount,
    ).toBe(300);

    const { setPolicyParameters } = await staff.gql.ok<{ setPolicyParameters: unknown[] }>(SET, {
      input: { changes: [{ key: 'fees.fairRateBp', value: '250' }], reason: 'Founding assembly' },
    });
    expect(setPolicyParameters).toEqual([
      expect.objectContaining({
        key: 'fees.fairRateBp',
        value: '250',
        reason: 'Founding assembly',
        setByName: 'Platform Worker',
        proposalId: null,
      }),
    ]);
    // 2.5 % of 100.00 = 2.50.
    expect(
      (await app.gql.ok<{ product: { priceBreakdown: { platformFee: { amount: number } } } }>(BREAKDOWN, { id: product })).product
        .priceBreakdown.platformFee.amount,
    ).toBe(250);
    await staff.gql.ok(SET, { input: { changes: [{ key: 'fees.fairRateBp', value: '275' }], reason: 'Second thoughts' } });
    const { policyHistory } = await app.gql.ok<{ policyHistory: { value: string; reason: string }[] }>(HISTORY, {
      key: 'fees.fairRateBp',
    });
    expect(policyHistory.map((v) => [v.value, v.reason])).toEqual([
      ['275', 'Second thoughts'],
      ['250', 'Founding assembly'],
    ]);
    // The history cannot be rewritten, not even by SQL.
    await expect(app.dataSource.query(`UPDATE policy_version SET value = '1'`)).rejects.toThrow(/append-only/);
  });

  it('refuses bad values with a clear code and writes nothing', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const attempt = (key: string, value: string) =>
      staff.gql.request(SET, {
        input: {
          changes: [
            { key: 'fees.minFee', value: '20' },
            { key, value },
          ],
          reason: 'Trying',
        },
      });
    const codes = [
      await attempt('fees.fairRateBp', '10001'),
      await attempt('governance.investorCapBp', '5000'),
      await attempt('governance.threshold', '1/3'),
      await attempt('governance.weighting', 'BY_WEALTH'),
      await attempt('governance.dualMajority', 'maybe'),
      await attempt('fees.noSuchThing', '1'),
    ].map((response) => response.errors?.[0].extensions?.code);
    expect(codes).toEqual([
      'POLICY_VALUE_OUT_OF_RANGE',
      'POLICY_VALUE_OUT_OF_RANGE',
      'POLICY_VALUE_OUT_OF_RANGE',
      'POLICY_VALUE_OUT_OF_RANGE',
      'POLICY_VALUE_WRONG_TYPE',
      'POLICY_PARAMETER_UNKNOWN',
    ]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM policy_version`)).toEqual([{ n: 0 }]);
  });

  it('lets only staff set values directly', async () => {
    const member = await registerAccount(app.gql);
    const input = { changes: [{ key: 'fees.fairRateBp', value: '100' }], reason: 'Cheaper' };
    expect(await member.gql.errorCode(SET, { input })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(SET, { input })).toBe('UNAUTHENTICATED');
  });
});
