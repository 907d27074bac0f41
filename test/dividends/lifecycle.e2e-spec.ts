import { ClsService } from 'nestjs-cls';
import { AllocationApprovalSubscriber } from '@allmende/dividends';
import { createSellerOrganisation, createTestApp, ledgerBalance, ledgerSums, registerStaff, TestApp } from '@allmende/testing';
import { CAST, closeVote, OPEN_VOTING, POST, backdateDeliberation } from '../governance/governance-helpers';
import {
  CLOSE_YEAR,
  CREATE_YEAR,
  feesPosted,
  FixtureMember,
  memberSince,
  paidOrder,
  pdfText,
  RECORD_HOURS,
  RUN,
} from './dividends-helpers';

const CHOOSE = `mutation($input: SetPayoutChoiceInput!) { setDividendPayoutChoice(input: $input) { method iban chosen } }`;
const PROPOSE = `mutation($a: ID!, $m: ID) { proposeDividendAllocation(allocationId: $a, memberId: $m) { id state proposalId digest runs } }`;
const PAY = `mutation($a: ID!) { payOutDividends(allocationId: $a) { id state paidAt } }`;
const SEPA = `query($a: ID!) { dividendSepaFile(allocationId: $a) { fileName xml transactions total { amount } } }`;
const EXECUTED = `mutation($a: ID!) { markDividendSepaExecuted(allocationId: $a) { sepaExecutedAt } }`;
const STATEMENT = `query($a: ID!, $m: ID!) {
  dividendStatement(allocationId: $a, memberId: $m) {
    memberName fiscalYear state pdfBase64
    line { memberClass weight classPool { amount } classWeight base { amount } rounding amount { amount } payoutMethod }
    payouts { channel amount { amount } shares state }
  }
}`;
const CSV = `query($a: ID!) { dividendReportCsv(allocationId: $a) }`;
const ALLOCATION = `query($a: ID!) { dividendAllocation(id: $a) { state approvedAt } }`;

describe('dividends: from the draft through the vote to the payout and the statements', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  const count = async (sql: string, params: unknown[] = []) => (await app.dataSource.query(sql, params))[0].n as number;

  /**
   * 2023: fees 10,000.00, no costs: surplus 10,000.00, reserve 3,000.00, no investors, patronage 7,000.00:
   * consumers 2,800.00, producers 2,800.00, workers 1,400.00. Consumers bought from the producer co-op
   * P: board 100.00, C1 299.99, C2 600.01 (total 1,000.00): board 280.00, C1 839.97 (rest .2), C2 1,680.02
   * (rest .8, so the cent) = 1,680.03. P sold it all: 2,800.00. W1 worked 10 hours: 1,400.00.
   */
  async function world() {
    const staff = await registerStaff(app.gql, app.dataSource);
    const since = '2022-12-01T00:00:00Z';
    const [row] = await app.dataSource.query(
      `INSERT INTO member (account_id, applied_by, member_class, status, joined_at) VALUES ($1, $1, 'CONSUMER', 'ACTIVE', $2) RETURNING id`,
      [staff.id, since],
    );
    const board: FixtureMember = { ...staff, memberId: row.id, memberClass: 'CONSUMER' };
    const c1 = await memberSince(app, 'CONSUMER', 'C1', since);
    const c2 = await memberSince(app, 'CONSUMER', 'C2', since);
    const w1 = await memberSince(app, 'WORKER', 'W1', since);
    const owner = await memberSince(app, 'CONSUMER', 'Co-op owner', since);
    await app.dataSource.query(`UPDATE member SET status = 'CANCELLED' WHERE id = $1`, [owner.memberId]);
    const organisationId = await createSellerOrganisation(owner, 'Kaffee eG');
    const [producer] = await app.dataSource.query(
      `INSERT INTO member (organisation_id, applied_by, member_class, status, joined_at) VALUES ($1, $2, 'PRODUCER', 'ACTIVE', $3) RETURNING id`,
      [organisationId, owner.id, since],
    );
    await app.dataSource.query(
      `INSERT INTO payout_account (seller_id, provider, provider_account_id, details_submitted, charges_enabled, payouts_enabled)
       VALUES ($1, 'OFFLINE', $2, true, true, true)`,
      [organisationId, `offline_${organisationId}`],
    );
    const seller = { id: organisationId, displayName: 'Kaffee eG' };
    await paidOrder(app.dataSource, board, seller, 10_000, '2023-03-01T10:00:00Z', 'ORGANISATION');
    await paidOrder(app.dataSource, c1, seller, 29_999, '2023-04-01T10:00:00Z', 'ORGANISATION');
    await paidOrder(app.dataSource, c2, seller, 60_001, '2023-05-01T10:00:00Z', 'ORGANISATION');
    await feesPosted(app.dataSource, 1_000_000, '2023-12-01T10:00:00Z', 'fees-2023');
    const { createFiscalYear } = await staff.gql.ok<{ createFiscalYear: { id: string } }>(CREATE_YEAR, {
      input: { label: '2023', startsAt: '2023-01-01T00:00:00Z', endsAt: '2024-01-01T00:00:00Z' },
    });
    await staff.gql.ok(RECORD_HOURS, { input: { memberId: w1.memberId, workedOn: '2023-06-01', hours: 10 } });
    await staff.gql.ok(CLOSE_YEAR, { id: createFiscalYear.id });
    return { staff, board, c1, c2, w1, producerId: producer.id as string, yearId: createFiscalYear.id as string };
  }

  /** Deliberation by three members of two classes, backdated past the minimum; the vote opened by its author. */
  async function toTheVote(proposalId: string, author: FixtureMember, participants: FixtureMember[]) {
    for (const participant of participants) {
      await participant.gql.ok(POST, { input: { proposalId, body: `${participant.displayName} agrees with the figures.` } });
    }
    await backdateDeliberation(app, proposalId, 8);
    await author.gql.ok(OPEN_VOTING, { id: proposalId });
  }

  it('pays out only after the vote: shares booked with the remainder as money, one SEPA file, Stripe transfers, a balanced ledger', async () => {
    const { staff, board, c1, c2, w1, producerId, yearId } = await world();
    expect(
      await c1.gql.errorCode(CHOOSE, {
        input: { memberId: c1.memberId, method: 'SHARES', iban: 'DE89 3704 0044 0532 0130 01', accountHolder: 'C1' },
      }),
    ).toBe('IBAN_INVALID');
    expect(await count(`SELECT count(*)::int AS n FROM dividend_payout_choice`)).toBe(0);
    expect(
      (
        await c1.gql.ok<{ setDividendPayoutChoice: unknown }>(CHOOSE, {
          input: { memberId: c1.memberId, method: 'SHARES', iban: 'DE89 3704 0044 0532 0130 00', accountHolder: 'C One' },
        })
      ).setDividendPayoutChoice,
    ).toEqual({ method: 'SHARES', iban: 'DE89370400440532013000', chosen: true });
    await c2.gql.ok(CHOOSE, {
      input: { memberId: c2.memberId, method: 'MONEY', iban: 'DE02120300000000202051', accountHolder: 'C Two' },
    });
    // Staff see members but never choose for them.
    expect(await staff.gql.errorCode(CHOOSE, { input: { memberId: c2.memberId, method: 'SHARES' } })).toBe('FORBIDDEN');

    const { runDividendAllocation: draft } = await staff.gql.ok<{ runDividendAllocation: { id: string; digest: string } }>(RUN, {
      id: yearId,
    });
    // A choice after the run: refused, nothing written.
    expect(await c2.gql.errorCode(CHOOSE, { input: { memberId: c2.memberId, method: 'SHARES' } })).toBe('DIVIDEND_CHOICE_CLOSED');
    expect(await count(`SELECT count(*)::int AS n FROM dividend_payout_choice WHERE method = 'SHARES'`)).toBe(1);
    // Payout before approval: refused, nothing written.
    expect(await staff.gql.errorCode(PAY, { a: draft.id })).toBe('DIVIDEND_NOT_APPROVED');
    expect(await count(`SELECT count(*)::int AS n FROM dividend_payout`)).toBe(0);

    const { proposeDividendAllocation: proposed } = await staff.gql.ok<{
      proposeDividendAllocation: { state: string; proposalId: string; digest: string; runs: number };
    }>(PROPOSE, { a: draft.id, m: board.memberId });
    expect(proposed).toMatchObject({ state: 'PROPOSED', digest: draft.digest, runs: 1 });
    expect(await staff.gql.errorCode(PROPOSE, { a: draft.id, m: board.memberId })).toBe('DIVIDEND_ALLOCATION_NOT_DRAFT');
    // Re-running once proposed changes nothing.
    expect((await staff.gql.ok<{ runDividendAllocation: unknown }>(RUN, { id: yearId })).runDividendAllocation).toMatchObject({
      id: draft.id,
      digest: draft.digest,
      runs: 1,
      state: 'PROPOSED',
    });
    expect(await staff.gql.errorCode(PAY, { a: draft.id })).toBe('DIVIDEND_NOT_APPROVED');

    await toTheVote(proposed.proposalId, board, [c1, c2, w1]);
    for (const voter of [board, c1, c2, w1])
      await voter.gql.ok(CAST, { input: { proposalId: proposed.proposalId, consent: 'AGREE' } });
    await closeVote(app, proposed.proposalId);
    await app.settle();
    expect(
      (await staff.gql.ok<{ dividendAllocation: { state: string } }>(ALLOCATION, { a: draft.id })).dividendAllocation.state,
    ).toBe('APPROVED');
    // A second delivery of ProposalPassed changes nothing (the approval is booked once).
    const cls = app.server.app.get(ClsService);
    await cls.run(() =>
      app.server.app.get(AllocationApprovalSubscriber).proposalPassed({
        proposalId: proposed.proposalId,
        kind: 'DIVIDEND_ALLOCATION',
        policyChanges: [],
        allocationId: draft.id,
        passedAt: '',
      }),
    );
    expect(await count(`SELECT count(*)::int AS n FROM ledger_transaction WHERE kind = 'dividend-allocation'`)).toBe(1);
    expect(await ledgerBalance(app.dataSource, 'coop:reserve')).toBe(-300_000);
    expect(await ledgerBalance(app.dataSource, 'coop:dividends-payable')).toBe(-700_000);

    await staff.gql.ok(PAY, { a: draft.id });
    await staff.gql.ok(PAY, { a: draft.id });
    await app.settle();
    // C1 (839.97, shares at 10.00): 83 shares = 830.00 into the register, 9.97 by SEPA.
    expect(
      await app.dataSource.query(
        `SELECT shares, share_price::int AS price FROM share_register_entry WHERE member_id = $1 AND reference = $2`,
        [c1.memberId, `dividend:${draft.id}`],
      ),
    ).toEqual([{ shares: 83, price: 1000 }]);
    expect(await ledgerBalance(app.dataSource, `member:${c1.memberId}:capital`)).toBe(-83_000);
    const payouts = await app.dataSource.query(
      `SELECT member_id AS "memberId", channel, amount::int AS amount, shares, state FROM dividend_payout ORDER BY member_id, channel`,
    );
    const of = (memberId: string) => payouts.filter((payout: { memberId: string }) => payout.memberId === memberId);
    expect(of(c1.memberId)).toEqual([
      { memberId: c1.memberId, channel: 'SEPA', amount: 997, shares: 0, state: 'PENDING' },
      { memberId: c1.memberId, channel: 'SHARES', amount: 83_000, shares: 83, state: 'DONE' },
    ]);
    expect(of(c2.memberId)).toEqual([{ memberId: c2.memberId, channel: 'SEPA', amount: 168_003, shares: 0, state: 'PENDING' }]);
    // The producer co-op has a connected account: its transfer went out after the commit, with the dividend's key.
    expect(of(producerId)).toEqual([{ memberId: producerId, channel: 'STRIPE', amount: 280_000, shares: 0, state: 'DONE' }]);
    expect(
      await count(`SELECT count(*)::int AS n FROM ledger_transaction WHERE kind = 'dividend-transfer' AND reference = $1`, [
        `${draft.id}:${producerId}`,
      ]),
    ).toBe(1);
    // The worker gave no bank details: held, still owed.
    expect(of(w1.memberId)).toEqual([{ memberId: w1.memberId, channel: 'HELD', amount: 140_000, shares: 0, state: 'PENDING' }]);
    expect(of(board.memberId)).toEqual([
      { memberId: board.memberId, channel: 'HELD', amount: 28_000, shares: 0, state: 'PENDING' },
    ]);

    // The SEPA file parses back to the same totals and IBANs.
    const { dividendSepaFile: file } = await staff.gql.ok<{
      dividendSepaFile: { xml: string; transactions: number; total: { amount: number } };
    }>(SEPA, { a: draft.id });
    expect(file).toMatchObject({ transactions: 2, total: { amount: 169_000 } });
    expect(file.xml).toContain('urn:iso:std:iso:20022:tech:xsd:pain.001.001.09');
    const transactions = [
      ...file.xml.matchAll(
        /<CdtTrfTxInf>.*?<InstdAmt Ccy="EUR">([\d.]+)<\/InstdAmt>.*?<IBAN>([A-Z0-9]+)<\/IBAN>.*?<\/CdtTrfTxInf>/g,
      ),
    ].map((match) => [match[2], Math.round(Number(match[1]) * 100)]);
    expect(transactions.sort()).toEqual([
      ['DE02120300000000202051', 168_003],
      ['DE89370400440532013000', 997],
    ]);
    const sums = [...file.xml.matchAll(/<CtrlSum>([\d.]+)<\/CtrlSum>/g)].map((match) => Math.round(Number(match[1]) * 100));
    expect(sums).toEqual([169_000, 169_000]);
    expect(file.xml).toContain('<IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>');

    await staff.gql.ok(EXECUTED, { a: draft.id });
    await staff.gql.ok(EXECUTED, { a: draft.id });
    expect(await count(`SELECT count(*)::int AS n FROM dividend_payout WHERE channel = 'SEPA' AND state = 'DONE'`)).toBe(2);
    // Balanced: every currency sums to zero; what is still owed is exactly the held payouts.
    expect((await ledgerSums(app.dataSource)).map((row) => row.sum)).toEqual([0]);
    expect(await ledgerBalance(app.dataSource, 'coop:dividends-payable')).toBe(-(140_000 + 28_000));
    expect(await ledgerBalance(app.dataSource, 'platform:fees')).toBe(0);

    // Statements: the member's own; another member's is refused; staff see any.
    const { dividendStatement } = await c1.gql.ok<{
      dividendStatement: { pdfBase64: string; line: Record<string, unknown>; payouts: unknown[]; memberName: string };
    }>(STATEMENT, { a: draft.id, m: c1.memberId });
    expect(dividendStatement.line).toMatchObject({
      memberClass: 'CONSUMER',
      weight: '29999',
      classPool: { amount: 280_000 },
      classWeight: '100000',
      base: { amount: 83_997 },
      rounding: 0,
      amount: { amount: 83_997 },
      payoutMethod: 'SHARES',
    });
    const text = pdfText(Buffer.from(dividendStatement.pdfBase64, 'base64'));
    expect(text).toContain('Dividend statement 2023');
    expect(text).toContain('Member: C1');
    expect(text).toContain('Your patronage: 29999');
    expect(text).toContain('Class pool: 2800.00 EUR');
    expect(text).toContain('Class total patronage: 100000');
    expect(text).toContain('Your dividend: 839.97 EUR');
    expect(text).toContain('Paid as 83 new shares: 830.00 EUR');
    expect(text).toContain('Paid as money by SEPA: 9.97 EUR');
    expect(await c1.gql.errorCode(STATEMENT, { a: draft.id, m: c2.memberId })).toBe('FORBIDDEN');
    expect(await staff.gql.ok(STATEMENT, { a: draft.id, m: c2.memberId })).toBeDefined();

    const { dividendReportCsv } = await staff.gql.ok<{ dividendReportCsv: string }>(CSV, { a: draft.id });
    const csv = dividendReportCsv.trim().split('\n');
    expect(csv[0]).toBe(
      'section,member_id,member_class,tier,weight,class_pool_cents,class_weight,base_cents,rounding,amount_cents,payout_method',
    );
    expect(csv).toContain(`member,${c2.memberId},CONSUMER,PATRONAGE,60001,280000,100000,168002,1,168003,MONEY`);
    expect(csv.filter((line) => line.startsWith('member,')).reduce((sum, line) => sum + Number(line.split(',')[9]), 0)).toBe(
      700_000,
    );
    expect(await c1.gql.errorCode(CSV, { a: draft.id })).toBe('FORBIDDEN');

    // Paid out: choices are open again for next year.
    expect(
      (
        await c2.gql.ok<{ setDividendPayoutChoice: { method: string } }>(CHOOSE, {
          input: { memberId: c2.memberId, method: 'SHARES' },
        })
      ).setDividendPayoutChoice.method,
    ).toBe('SHARES');
  });

  it('cannot pay an allocation the members rejected', async () => {
    const { staff, board, c1, c2, w1, yearId } = await world();
    const { runDividendAllocation: draft } = await staff.gql.ok<{ runDividendAllocation: { id: string } }>(RUN, { id: yearId });
    const { proposeDividendAllocation: proposed } = await staff.gql.ok<{ proposeDividendAllocation: { proposalId: string } }>(
      PROPOSE,
      {
        a: draft.id,
        m: board.memberId,
      },
    );
    await toTheVote(proposed.proposalId, board, [c1, c2, w1]);
    for (const voter of [board, c1, c2, w1]) {
      await voter.gql.ok(CAST, { input: { proposalId: proposed.proposalId, consent: 'DISAGREE' } });
    }
    await closeVote(app, proposed.proposalId);
    await app.settle();
    expect(await staff.gql.errorCode(PAY, { a: draft.id })).toBe('DIVIDEND_ALLOCATION_REJECTED');
    expect(
      (await staff.gql.ok<{ dividendAllocation: { state: string } }>(ALLOCATION, { a: draft.id })).dividendAllocation.state,
    ).toBe('REJECTED');
    expect(await count(`SELECT count(*)::int AS n FROM dividend_payout`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM ledger_transaction WHERE kind LIKE 'dividend%'`)).toBe(0);
    // A rejected run frees the year for a new one.
    const { runDividendAllocation: again } = await staff.gql.ok<{ runDividendAllocation: { id: string; state: string } }>(RUN, {
      id: yearId,
    });
    expect(again.id).not.toBe(draft.id);
    expect(again.state).toBe('DRAFT');
  });
});
