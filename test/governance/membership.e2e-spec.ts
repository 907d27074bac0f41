import { createTestApp, ledgerBalance, registerAccount, registerStaff, TestApp } from '@allmende/testing';
import { JOIN, joinAsMember, PAY_OFFLINE, runGovernanceClock } from './governance-helpers';

const MEMBER = `query($id: ID!) {
  member(id: $id) {
    id status memberClass goodStanding shares capital { amount } joinedAt leavesAt name
    register { movement shares sharePrice { amount } }
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
});
