import { createTestApp, registerAccount, registerStaff, TestAccount, TestApp } from '@allmende/testing';
import {
  ADD_COST,
  CLOSE_YEAR,
  CREATE_YEAR,
  feesPosted,
  FixtureMember,
  LINES,
  LineView,
  memberSince,
  paidOrder,
  RECORD_HOURS,
  refunded,
  RUN,
  sharesBought,
} from './dividends-helpers';

/**
 * The hand-computed fixture. Fiscal year 2023 = [2023-01-01, 2024-01-01), 365 days; policy at its
 * defaults: reserve 30 % (bylaw minimum 10 %), investor return capped at 4 % a year, patronage ratios
 * consumers 40 %, producers 40 %, workers 20 %. Twelve members, all admitted 2022-12-01:
 *   investors I1 (100 shares since 2022-06-01), I2 (50 shares since 2022-12-01, 50 more bought 2023-07-02);
 *   consumers C1, C2, C3, C4 (C4 buys nothing: no patronage, no line);
 *   producers P1, P2, P3 (selling as persons); workers W1, W2, W3.
 *
 * Revenue (platform fees posted in 2023, net of refunds): 10,010.00 fees − 10.00 given back with the
 * in-year refund = 10,000.00. A later refund's fee (5.00, booked 2024-02-10) belongs to 2024.
 * Costs entered by the board: 3,000.00 + 1,000.00 = 4,000.00. Surplus = 6,000.00 = 600,000 cents.
 *
 * Reserve = ceil(600,000 × 30 %) = 180,000. Left: 420,000.
 *
 * Investor return. Share-days within 2023: I1 100 × 365 = 36,500; I2 50 × 365 + 50 × 183 (2023-07-02 to
 * 2024-01-01 is 30 + 31 + 30 + 31 + 30 + 31 = 183 days) = 18,250 + 9,150 = 27,400; total 63,900.
 * Capital-days at 10.00 a share: 63,900 × 1,000 = 63,900,000; cap = floor(63,900,000 × 4 % / 365) =
 * floor(25,560,000,000 / 3,650,000) = floor(7,002.74) = 7,002. Pool = min(420,000, 7,002) = 7,002.
 *   I1: 7,002 × 36,500 / 63,900 = 3,999 rest 36,900/63,900; I2: 7,002 × 27,400 / 63,900 = 3,002 rest 27,000/63,900.
 *   Floors 7,001, one cent left: to I1 (larger rest). I1 = 4,000, I2 = 3,002.
 *
 * Patronage pool = 420,000 − 7,002 = 412,998. Classes: 412,998 × 40 % = 165,199.2 (consumers),
 * 165,199.2 (producers), × 20 % = 82,599.6 (workers); floors 412,997, the cent to workers (.6):
 * consumers 165,199, producers 165,199, workers 82,600.
 *
 * Orders (buyer → seller, paid): O1 C1→P1 300.00 (2023-03-10, refund 50.00 on 2023-05-01);
 * O2 C1→P2 200.00 (2023-04-10); O3 C2→P1 300.00 (2023-06-15, refund 60.00 on 2024-02-10: after the
 * year closed, so it lowers 2024, not 2023); O4 C3→P3 250.00 (2023-09-01); O5 a non-member → P2
 * 150.00 (2023-10-01); O6 C2→P3 100.00 (2024-03-01).
 *
 * Consumers (net purchases): C1 30,000 − 5,000 + 20,000 = 45,000; C2 30,000; C3 25,000; total 100,000.
 *   C1 165,199 × 0.45 = 74,339.55; C2 × 0.30 = 49,559.70; C3 × 0.25 = 41,299.75. Floors 165,197, two
 *   cents to the largest rests C3 (.75) and C2 (.70): C1 74,339, C2 49,560, C3 41,300.
 * Producers (net sales): P1 30,000 − 5,000 + 30,000 = 55,000; P2 20,000 + 15,000 = 35,000; P3 25,000;
 *   total 115,000 = 23 × 5,000. P1 165,199 × 11/23 = 79,008 rest 5/23; P2 × 7/23 = 50,277 rest 22/23;
 *   P3 × 5/23 = 35,912 rest 19/23. Floors 165,197, cents to P2 and P3: P1 79,008, P2 50,278, P3 35,913.
 * Workers (hours): W1 60 + 40 = 100 h, W2 80 h, W3 80 h; total 260 h. W1 82,600 × 100/260 = 31,769 rest
 *   6,000/26,000; W2 and W3 × 80/260 = 25,415 rest 10,000/26,000 each. Floors 82,599, one cent left and
 *   W2 and W3 tie: it goes to the smaller member id.
 */
describe('dividends: the hand-computed fixture', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  async function fixture() {
    const staff = await registerStaff(app.gql, app.dataSource);
    const since = '2022-12-01T00:00:00Z';
    const m: Record<string, FixtureMember> = {};
    for (const [name, memberClass] of [
      ['I1', 'INVESTOR'],
      ['I2', 'INVESTOR'],
      ['C1', 'CONSUMER'],
      ['C2', 'CONSUMER'],
      ['C3', 'CONSUMER'],
      ['C4', 'CONSUMER'],
      ['P1', 'PRODUCER'],
      ['P2', 'PRODUCER'],
      ['P3', 'PRODUCER'],
      ['W1', 'WORKER'],
      ['W2', 'WORKER'],
      ['W3', 'WORKER'],
    ] as const) {
      m[name] = await memberSince(app, memberClass, name, since);
    }
    const outsider: TestAccount = await registerAccount(app.gql, 'Not a member');
    await sharesBought(app.dataSource, m.I1.memberId, 100, '2022-06-01T00:00:00Z');
    await sharesBought(app.dataSource, m.I2.memberId, 50, '2022-12-01T00:00:00Z');
    await sharesBought(app.dataSource, m.I2.memberId, 50, '2023-07-02T00:00:00Z');
    for (const name of ['C1', 'C2', 'C3', 'C4', 'W1', 'W2', 'W3']) await sharesBought(app.dataSource, m[name].memberId, 1, since);
    for (const name of ['P1', 'P2', 'P3']) await sharesBought(app.dataSource, m[name].memberId, 5, since);

    const o1 = await paidOrder(app.dataSource, m.C1, m.P1, 30_000, '2023-03-10T10:00:00Z');
    await refunded(app.dataSource, o1, 5_000, '2023-05-01T10:00:00Z');
    await paidOrder(app.dataSource, m.C1, m.P2, 20_000, '2023-04-10T10:00:00Z');
    const o3 = await paidOrder(app.dataSource, m.C2, m.P1, 30_000, '2023-06-15T10:00:00Z');
    await refunded(app.dataSource, o3, 6_000, '2024-02-10T10:00:00Z');
    await paidOrder(app.dataSource, m.C3, m.P3, 25_000, '2023-09-01T10:00:00Z');
    await paidOrder(app.dataSource, outsider, m.P2, 15_000, '2023-10-01T10:00:00Z');
    await paidOrder(app.dataSource, m.C2, m.P3, 10_000, '2024-03-01T10:00:00Z');

    await feesPosted(app.dataSource, 1_001_000, '2023-12-31T12:00:00Z', 'fees-2023');
    await feesPosted(app.dataSource, -1_000, '2023-05-01T10:00:00Z', 'refund-fee-2023');
    await feesPosted(app.dataSource, -500, '2024-02-10T10:00:00Z', 'refund-fee-2024');
    await feesPosted(app.dataSource, 200_000, '2024-06-30T12:00:00Z', 'fees-2024');

    const year = async (label: string, startsAt: string, endsAt: string) =>
      (await staff.gql.ok<{ createFiscalYear: { id: string } }>(CREATE_YEAR, { input: { label, startsAt, endsAt } }))
        .createFiscalYear.id;
    const y2023 = await year('2023', '2023-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
    const y2024 = await year('2024', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
    await staff.gql.ok(ADD_COST, {
      input: { fiscalYearId: y2023, amountCents: 300_000, description: 'Hosting and staff', documentReference: 'INV-2023-017' },
    });
    await staff.gql.ok(ADD_COST, {
      input: { fiscalYearId: y2023, amountCents: 100_000, description: 'Accounting', documentReference: 'INV-2023-052' },
    });
    const hours = (member: FixtureMember, workedOn: string, value: number) =>
      staff.gql.ok(RECORD_HOURS, { input: { memberId: member.memberId, workedOn, hours: value } });
    await hours(m.W1, '2023-02-01', 24);
    await hours(m.W1, '2023-02-02', 24);
    await hours(m.W1, '2023-02-03', 12);
    await hours(m.W1, '2023-11-30', 24);
    await hours(m.W1, '2023-12-01', 16);
    for (const worker of [m.W2, m.W3]) {
      await hours(worker, '2023-03-01', 20);
      await hours(worker, '2023-03-02', 20);
      await hours(worker, '2023-03-03', 20);
      await hours(worker, '2023-03-04', 20);
    }
    // Hours of 2024 do not count for 2023.
    await hours(m.W1, '2024-01-01', 8);
    await staff.gql.ok(CLOSE_YEAR, { id: y2023 });
    return { staff, m, y2023, y2024 };
  }

  it('matches the hand computation to the cent, and a re-run gives the same digest', async () => {
    const { staff, m, y2023 } = await fixture();
    type Run = {
      id: string;
      digest: string;
      runs: number;
      nothingToAllocate: boolean;
      [key: string]: unknown;
    };
    const { runDividendAllocation: run } = await staff.gql.ok<{ runDividendAllocation: Run }>(RUN, { id: y2023 });
    expect(run).toMatchObject({
      state: 'DRAFT',
      nothingToAllocate: false,
      revenue: { amount: 1_000_000 },
      costs: { amount: 400_000 },
      surplus: { amount: 600_000 },
      reserve: { amount: 180_000 },
      investorCap: { amount: 7_002 },
      investorPool: { amount: 7_002 },
      patronagePool: { amount: 412_998 },
    });
    expect(run.classes).toEqual([
      {
        memberClass: 'CONSUMER',
        tier: 'PATRONAGE',
        members: 3,
        totalWeight: '100000',
        pool: { amount: 165_199 },
        allocated: { amount: 165_199 },
      },
      {
        memberClass: 'PRODUCER',
        tier: 'PATRONAGE',
        members: 3,
        totalWeight: '115000',
        pool: { amount: 165_199 },
        allocated: { amount: 165_199 },
      },
      {
        memberClass: 'WORKER',
        tier: 'PATRONAGE',
        members: 3,
        totalWeight: '26000',
        pool: { amount: 82_600 },
        allocated: { amount: 82_600 },
      },
      {
        memberClass: 'INVESTOR',
        tier: 'INVESTOR',
        members: 2,
        totalWeight: '63900',
        pool: { amount: 7_002 },
        allocated: { amount: 7_002 },
      },
    ]);
    const { dividendAllocation } = await staff.gql.ok<{
      dividendAllocation: { lines: { totalCount: number; edges: { node: LineView }[] } };
    }>(LINES, { id: run.id });
    const byName = Object.fromEntries(dividendAllocation.lines.edges.map(({ node }) => [node.memberName, node]));
    const [tieWinner, tieLoser] = [m.W2, m.W3].sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
    const expected: Record<string, [weight: string, base: number, rounding: number, amount: number]> = {
      I1: ['36500', 3_999, 1, 4_000],
      I2: ['27400', 3_002, 0, 3_002],
      C1: ['45000', 74_339, 0, 74_339],
      C2: ['30000', 49_559, 1, 49_560],
      C3: ['25000', 41_299, 1, 41_300],
      P1: ['55000', 79_008, 0, 79_008],
      P2: ['35000', 50_277, 1, 50_278],
      P3: ['25000', 35_912, 1, 35_913],
      W1: ['10000', 31_769, 0, 31_769],
      [tieWinner.displayName]: ['8000', 25_415, 1, 25_416],
      [tieLoser.displayName]: ['8000', 25_415, 0, 25_415],
    };
    expect(dividendAllocation.lines.totalCount).toBe(11);
    expect(byName.C4).toBeUndefined();
    for (const [name, [weight, base, rounding, amount]] of Object.entries(expected)) {
      expect([name, byName[name]]).toEqual([
        name,
        expect.objectContaining({ weight, base: { amount: base }, rounding, amount: { amount: amount }, payoutMethod: 'MONEY' }),
      ]);
    }
    const total = Object.values(expected).reduce((sum, [, , , amount]) => sum + amount, 0);
    expect(total + 180_000).toBe(600_000);

    // Re-running the draft with the same inputs: byte-identical lines, the same digest.
    const before = await app.dataSource.query(
      `SELECT member_id, weight, class_pool, base, remainder, rounding, amount FROM dividend_allocation_line ORDER BY member_id`,
    );
    const again = (await staff.gql.ok<{ runDividendAllocation: Run }>(RUN, { id: y2023 })).runDividendAllocation;
    expect(again).toMatchObject({ id: run.id, digest: run.digest, runs: 2 });
    expect(
      await app.dataSource.query(
        `SELECT member_id, weight, class_pool, base, remainder, rounding, amount FROM dividend_allocation_line ORDER BY member_id`,
      ),
    ).toEqual(before);
  });

  it('carries a refund booked after the close into the next year, and refuses what a closed year may not take', async () => {
    const { staff, m, y2023, y2024 } = await fixture();
    const count = async (table: string) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    const [costs, hours, ledger] = [await count('fiscal_cost'), await count('worker_hours'), await count('ledger_entry')];
    expect(
      await staff.gql.errorCode(ADD_COST, {
        input: { fiscalYearId: y2023, amountCents: 5_000, description: 'Late invoice', documentReference: 'INV-2023-099' },
      }),
    ).toBe('FISCAL_YEAR_CLOSED');
    expect(
      await staff.gql.errorCode(RECORD_HOURS, { input: { memberId: m.W1.memberId, workedOn: '2023-06-01', hours: 2 } }),
    ).toBe('FISCAL_YEAR_CLOSED');
    expect(
      await staff.gql.errorCode(RECORD_HOURS, { input: { memberId: m.W1.memberId, workedOn: '2024-06-01', hours: -3 } }),
    ).toBe('WORKER_HOURS_INVALID');
    expect(
      await staff.gql.errorCode(RECORD_HOURS, { input: { memberId: m.W1.memberId, workedOn: '2024-06-01', hours: 0.001 } }),
    ).toBe('WORKER_HOURS_INVALID');
    expect(
      await staff.gql.errorCode(RECORD_HOURS, { input: { memberId: m.C1.memberId, workedOn: '2024-06-01', hours: 3 } }),
    ).toBe('NOT_A_WORKER_MEMBER');
    expect(
      await staff.gql.errorCode(ADD_COST, {
        input: { fiscalYearId: y2024, amountCents: -5, description: 'Negative', documentReference: 'X' },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await staff.gql.errorCode(CREATE_YEAR, {
        input: { label: 'Overlap', startsAt: '2023-06-01T00:00:00Z', endsAt: '2024-06-01T00:00:00Z' },
      }),
    ).toBe('FISCAL_YEAR_OVERLAPS');
    expect(await staff.gql.errorCode(RUN, { id: y2024 })).toBe('FISCAL_YEAR_NOT_CLOSED');
    expect([await count('fiscal_cost'), await count('worker_hours'), await count('ledger_entry')]).toEqual([
      costs,
      hours,
      ledger,
    ]);
    expect(await count('fiscal_year')).toBe(2);
    expect(await count('dividend_allocation')).toBe(0);

    // 2024: revenue 2,000.00 − 5.00 (the late refund's fee) = 1,995.00, no costs. C2 bought 100.00 in 2024 and
    // was refunded 60.00 on a 2023 order: net 40.00. P1's only 2024 business is that refund (−60.00): no line.
    await staff.gql.ok(CLOSE_YEAR, { id: y2024 });
    const { runDividendAllocation: next } = await staff.gql.ok<{
      runDividendAllocation: { id: string } & Record<string, unknown>;
    }>(RUN, { id: y2024 });
    expect(next).toMatchObject({ revenue: { amount: 199_500 }, surplus: { amount: 199_500 } });
    const { dividendAllocation } = await staff.gql.ok<{ dividendAllocation: { lines: { edges: { node: LineView }[] } } }>(LINES, {
      id: next.id,
    });
    const weights = Object.fromEntries(dividendAllocation.lines.edges.map(({ node }) => [node.memberName, node.weight]));
    expect(weights).toMatchObject({ C2: '4000', P3: '10000', W1: '800' });
    expect(weights.P1).toBeUndefined();
    expect(weights.C1).toBeUndefined();
    // The closed 2023 allocation is not touched by it (none was run here; its lines stay absent).
    expect(await count('dividend_allocation')).toBe(1);
  });

  it('allocates nothing from a zero or negative surplus, and says so', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const { createFiscalYear } = await staff.gql.ok<{ createFiscalYear: { id: string } }>(CREATE_YEAR, {
      input: { label: '2022', startsAt: '2022-01-01T00:00:00Z', endsAt: '2023-01-01T00:00:00Z' },
    });
    await feesPosted(app.dataSource, 10_000, '2022-06-01T00:00:00Z', 'fees-2022');
    await staff.gql.ok(ADD_COST, {
      input: { fiscalYearId: createFiscalYear.id, amountCents: 25_000, description: 'Rent', documentReference: 'R-1' },
    });
    await staff.gql.ok(CLOSE_YEAR, { id: createFiscalYear.id });
    const { runDividendAllocation } = await staff.gql.ok<{ runDividendAllocation: Record<string, unknown> }>(RUN, {
      id: createFiscalYear.id,
    });
    expect(runDividendAllocation).toMatchObject({
      nothingToAllocate: true,
      surplus: { amount: -15_000 },
      reserve: { amount: 0 },
      investorPool: { amount: 0 },
      patronagePool: { amount: 0 },
      classes: [],
    });
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM dividend_allocation_line`)).toEqual([{ n: 0 }]);
  });
});
