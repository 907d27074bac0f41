import { ClsService } from 'nestjs-cls';
import { PolicyService } from '@allmende/policy';
import { createTestApp, ledgerBalance, registerAccount, registerStaff, TestApp } from '@allmende/testing';
import { JOIN, joinAsMember, PAY_OFFLINE, runGovernanceClock, TestMember } from './governance-helpers';

const MEMBER = `query($id: ID!) {
  member(id: $id) {
    id status memberClass goodStanding shares capital { amount } joinedAt leavesAt name
    register { movement shares sharePrice { amount } counterpartyNumber }
    standingHistory { fromStatus toStatus reason }
  }
}`;

describe('membership', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  it('admits a member only when the payment for the shares succeeds, books the capital once', async () => {
    const anna = await registerAccount(app.gql, 'Anna');
    const { joinCoop } = await anna.gql.ok<{
      joinCoop: {
        member: { id: string; status: string };
        purchase: { id: string; amount: { amount: number } };
        testMode: boolean;
      };
    }>(JOIN, { input: { memberClass: 'PRODUCER', shares: 6 } });
    // 6 shares at 10.00 EUR.
    expect(joinCoop).toMatchObject({ member: { status: 'APPLIED' }, purchase: { amount: { amount: 6000 } }, testMode: true });
    const before = await anna.gql.ok<{ member: { status: string; goodStanding: boolean; shares: number } }>(MEMBER, {
      id: joinCoop.member.id,
    });
    expect(before.member).toMatchObject({ status: 'APPLIED', goodStanding: false, shares: 0 });

    await anna.gql.ok(PAY_OFFLINE, { id: joinCoop.purchase.id });
    // Paying again changes nothing: one register line, one ledger posting.
    await anna.gql.request(PAY_OFFLINE, { id: joinCoop.purchase.id });
    const after = await anna.gql.ok<{ member: Record<string, unknown> }>(MEMBER, { id: joinCoop.member.id });
    expect(after.member).toMatchObject({
      status: 'ACTIVE',
      goodStanding: true,
      shares: 6,
      capital: { amount: 6000 },
      name: 'Anna',
      register: [{ movement: 'PURCHASE', shares: 6, sharePrice: { amount: 1000 } }],
      standingHistory: [{ fromStatus: 'APPLIED', toStatus: 'ACTIVE', reason: 'Shares paid' }],
    });
    expect(await ledgerBalance(app.dataSource, `member:${joinCoop.member.id}:capital`)).toBe(-6000);
    expect(await ledgerBalance(app.dataSource, 'provider:clearing')).toBe(6000);
  });

  it('refuses fewer shares than the class minimum, and a second membership, writing nothing', async () => {
    const ben = await registerAccount(app.gql, 'Ben');
    const response = await ben.gql.request(JOIN, { input: { memberClass: 'INVESTOR', shares: 9 } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'MEMBERSHIP_TOO_FEW_SHARES', minimum: 10 });
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM member`)).toEqual([{ n: 0 }]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM payment`)).toEqual([{ n: 0 }]);
    await ben.gql.ok(JOIN, { input: { memberClass: 'CONSUMER', shares: 1 } });
    expect(await ben.gql.errorCode(JOIN, { input: { memberClass: 'WORKER', shares: 1 } })).toBe('ALREADY_MEMBER');
  });

  it('lets staff suspend and reinstate with a reason; others may not', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const cleo = await joinAsMember(app, 'CONSUMER', 'Cleo');
    const suspend = `mutation($id: ID!, $reason: String!) { suspendMember(memberId: $id, reason: $reason) { status } }`;
    const reinstate = `mutation($id: ID!, $reason: String!) { reinstateMember(memberId: $id, reason: $reason) { status } }`;
    expect(await cleo.gql.errorCode(suspend, { id: cleo.memberId, reason: 'Self-service' })).toBe('FORBIDDEN');
    expect(await staff.gql.errorCode(suspend, { id: cleo.memberId, reason: '' })).toBe('BAD_USER_INPUT');
    await staff.gql.ok(suspend, { id: cleo.memberId, reason: 'Chargeback on the share payment' });
    expect((await cleo.gql.ok<{ member: { goodStanding: boolean } }>(MEMBER, { id: cleo.memberId })).member.goodStanding).toBe(
      false,
    );
    await staff.gql.ok(reinstate, { id: cleo.memberId, reason: 'Paid again' });
    const { member } = await staff.gql.ok<{
      member: { status: string; standingHistory: { toStatus: string; reason: string }[] };
    }>(MEMBER, {
      id: cleo.memberId,
    });
    expect(member.status).toBe('ACTIVE');
    expect(member.standingHistory.map((change) => [change.toStatus, change.reason])).toEqual([
      ['ACTIVE', 'Shares paid'],
      ['SUSPENDED', 'Chargeback on the share payment'],
      ['ACTIVE', 'Paid again'],
    ]);
    expect(await staff.gql.errorCode(reinstate, { id: cleo.memberId, reason: 'Again' })).toBe('MEMBER_NOT_SUSPENDED');
  });

  it('redeems the shares at nominal value when the notice period has run', async () => {
    const dora = await joinAsMember(app, 'WORKER', 'Dora', 3);
    const notice = await dora.gql.ok<{ giveMembershipNotice: { status: string; leavesAt: string } }>(
      `mutation($id: ID!) { giveMembershipNotice(memberId: $id) { status leavesAt } }`,
      { id: dora.memberId },
    );
    expect(notice.giveMembershipNotice.status).toBe('LEAVING');
    const leavesAt = new Date(notice.giveMembershipNotice.leavesAt);
    // Default notice: 90 days.
    expect(Math.round((leavesAt.getTime() - Date.now()) / 86_400_000)).toBe(90);
    expect((await runGovernanceClock(app, new Date(leavesAt.getTime() - 60_000))).redeemed).toBe(0);
    expect((await runGovernanceClock(app, new Date(leavesAt.getTime() + 60_000))).redeemed).toBe(1);
    const { member } = await dora.gql.ok<{ member: Record<string, unknown> }>(MEMBER, { id: dora.memberId });
    expect(member).toMatchObject({
      status: 'LEFT',
      shares: 0,
      register: [
        { movement: 'PURCHASE', shares: 3 },
        { movement: 'REDEMPTION', shares: -3 },
      ],
    });
    expect(await ledgerBalance(app.dataSource, `member:${dora.memberId}:capital`)).toBe(0);
    expect(await ledgerBalance(app.dataSource, `member:${dora.memberId}:payable`)).toBe(-3000);
    await expect(app.dataSource.query(`DELETE FROM share_register_entry`)).rejects.toThrow(/append-only/);
  });

  describe('share transfers', () => {
    const TRANSFER = `mutation($input: TransferSharesInput!) {
      transferShares(input: $input) { reference shares capital { amount } toMemberNumber from { shares capital { amount } } }
    }`;
    const BUY = `mutation($id: ID!, $shares: Int!) { buyShares(memberId: $id, shares: $shares) { purchase { id } } }`;
    const numberOf = async (member: TestMember) =>
      (await app.dataSource.query(`SELECT number FROM member WHERE id = $1`, [member.memberId]))[0].number as number;
    const registerLines = async () =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM share_register_entry`))[0].n as number;

    it('moves shares at nominal value, oldest price first, in the register and the ledger, once per key', async () => {
      const staff = await registerStaff(app.gql, app.dataSource);
      const erik = await joinAsMember(app, 'WORKER', 'Erik', 1);
      const fay = await joinAsMember(app, 'CONSUMER', 'Fay', 1);
      // The share price rises to 12.00 EUR; Erik buys three more at the new price.
      const cls = app.server.app.get(ClsService);
      await cls.run(() =>
        app.server.app
          .get(PolicyService)
          .change([{ key: 'membership.sharePrice', value: 1200 }], { reason: 'Test', setBy: staff.id }),
      );
      const { buyShares } = await erik.gql.ok<{ buyShares: { purchase: { id: string } } }>(BUY, { id: erik.memberId, shares: 3 });
      await erik.gql.ok(PAY_OFFLINE, { id: buyShares.purchase.id });

      const input = { fromMemberId: erik.memberId, toMemberNumber: await numberOf(fay), shares: 2, idempotencyKey: 'gift-1' };
      const { transferShares } = await erik.gql.ok<{ transferShares: Record<string, unknown> }>(TRANSFER, { input });
      // One share at 10.00 (the oldest lot) and one at 12.00: 22.00 moved; Erik keeps 2 at 12.00 = 24.00.
      expect(transferShares).toMatchObject({
        shares: 2,
        capital: { amount: 2200 },
        toMemberNumber: await numberOf(fay),
        from: { shares: 2, capital: { amount: 2400 } },
      });
      const { member } = await fay.gql.ok<{ member: Record<string, unknown> }>(MEMBER, { id: fay.memberId });
      // Fay: her own share at 10.00 plus 10.00 and 12.00 received = 32.00.
      expect(member).toMatchObject({
        shares: 3,
        capital: { amount: 3200 },
        register: [
          { movement: 'PURCHASE', shares: 1, sharePrice: { amount: 1000 }, counterpartyNumber: null },
          { movement: 'TRANSFER_IN', shares: 1, sharePrice: { amount: 1000 }, counterpartyNumber: await numberOf(erik) },
          { movement: 'TRANSFER_IN', shares: 1, sharePrice: { amount: 1200 }, counterpartyNumber: await numberOf(erik) },
        ],
      });
      expect(await ledgerBalance(app.dataSource, `member:${erik.memberId}:capital`)).toBe(-2400);
      expect(await ledgerBalance(app.dataSource, `member:${fay.memberId}:capital`)).toBe(-3200);
      expect(await app.dataSource.query(`SELECT coalesce(sum(amount), 0)::int AS total FROM ledger_entry`)).toEqual([
        { total: 0 },
      ]);

      // The same key again: the same transfer, nothing more written.
      const lines = await registerLines();
      const again = await erik.gql.ok<{ transferShares: { reference: string } }>(TRANSFER, { input });
      expect(again.transferShares.reference).toBe(transferShares.reference);
      expect(await registerLines()).toBe(lines);
    });

    it('refuses a transfer below the minimum, to oneself, to a member not in good standing, or from someone else’s membership, writing nothing', async () => {
      const staff = await registerStaff(app.gql, app.dataSource);
      const gus = await joinAsMember(app, 'WORKER', 'Gus', 2);
      const hana = await joinAsMember(app, 'CONSUMER', 'Hana', 1);
      const ida = await joinAsMember(app, 'CONSUMER', 'Ida', 1);
      await staff.gql.ok(`mutation($id: ID!) { suspendMember(memberId: $id, reason: "Chargeback") { status } }`, {
        id: ida.memberId,
      });
      const lines = await registerLines();
      const transfer = (from: TestMember, to: number, shares: number) => ({
        input: { fromMemberId: from.memberId, toMemberNumber: to, shares, idempotencyKey: `k-${to}-${shares}` },
      });
      // Gus holds 2 and keeps the worker minimum of 1.
      const tooMany = await gus.gql.request(TRANSFER, transfer(gus, await numberOf(hana), 2));
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'SHARE_TRANSFER_BELOW_MINIMUM', held: 2, minimum: 1 });
      expect(await gus.gql.errorCode(TRANSFER, transfer(gus, await numberOf(gus), 1))).toBe('SHARE_TRANSFER_TO_SELF');
      expect(await gus.gql.errorCode(TRANSFER, transfer(gus, await numberOf(ida), 1))).toBe(
        'SHARE_TRANSFER_RECIPIENT_NOT_IN_GOOD_STANDING',
      );
      expect(await gus.gql.errorCode(TRANSFER, transfer(gus, 999_999, 1))).toBe('NOT_FOUND');
      expect(await hana.gql.errorCode(TRANSFER, transfer(gus, await numberOf(hana), 1))).toBe('FORBIDDEN');
      expect(await ida.gql.errorCode(TRANSFER, transfer(ida, await numberOf(hana), 1))).toBe('MEMBER_NOT_IN_GOOD_STANDING');
      expect(await gus.gql.errorCode(TRANSFER, transfer(gus, await numberOf(hana), 0))).toBe('BAD_USER_INPUT');
      expect(await gus.gql.errorCode(TRANSFER, transfer(gus, 2 ** 40, 1))).toBe('BAD_USER_INPUT');
      expect(await registerLines()).toBe(lines);
    });

    it('lets only as many of 8 concurrent transfers through as the holding above the minimum allows', async () => {
      // 12 shares, the investor minimum is 10: two single-share transfers fit.
      const jan = await joinAsMember(app, 'INVESTOR', 'Jan', 12);
      const kim = await joinAsMember(app, 'CONSUMER', 'Kim', 1);
      const to = await numberOf(kim);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          jan.gql.request(TRANSFER, {
            input: { fromMemberId: jan.memberId, toMemberNumber: to, shares: 1, idempotencyKey: `race-${i}` },
          }),
        ),
      );
      expect(results.filter((result) => !result.errors).length).toBe(2);
      expect(results.flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? [])).toEqual(
        Array(6).fill('SHARE_TRANSFER_BELOW_MINIMUM'),
      );
      const { member } = await jan.gql.ok<{ member: { shares: number } }>(MEMBER, { id: jan.memberId });
      expect(member.shares).toBe(10);
      expect(await ledgerBalance(app.dataSource, `member:${kim.memberId}:capital`)).toBe(-3000);
    });
  });
});
