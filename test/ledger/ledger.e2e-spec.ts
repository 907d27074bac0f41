import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ClsService } from 'nestjs-cls';
import { money } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { createTestApp, registerAccount, registerStaff, TestApp } from '@allmende/testing';

const TRIAL_BALANCE = `{ trialBalance { currency debit { amount } credit { amount } balanced } }`;
const BALANCES = `query($prefix: String, $first: Int, $after: String) {
  ledgerBalances(prefix: $prefix, first: $first, after: $after) {
    totalCount edges { node { account balance { amount currency } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('ledger', () => {
  let app: TestApp;
  let ledger: LedgerService;
  let cls: ClsService;
  /** Service calls outside a request need a CLS context of their own, as a job would. */
  const run = <T>(work: () => Promise<T>) => cls.run(work);

  beforeAll(async () => {
    app = await createTestApp();
    ledger = app.server.app.get(LedgerService);
    cls = app.server.app.get(ClsService);
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());

  const seller = randomUUID();
  const capture = (reference: string, total = 10_000) => ({
    kind: 'capture',
    reference,
    description: 'A buyer paid',
    entries: [
      { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(total, 'EUR') },
      { account: LedgerAccounts.sellerPayable(seller), amount: money(-(total - 400), 'EUR') },
      { account: LedgerAccounts.PLATFORM_FEES, amount: money(-300, 'EUR') },
      { account: LedgerAccounts.FAIR_FUND, amount: money(-100, 'EUR') },
    ],
  });

  it('posts a balanced transaction and derives balances, per account and over GraphQL for staff only', async () => {
    const posted = await run(() => ledger.post(capture('checkout-1')));
    expect(posted.created).toBe(true);
    await run(() => ledger.post(capture('checkout-2', 5000)));

    expect(await run(() => ledger.balance(LedgerAccounts.PROVIDER_CLEARING, 'EUR'))).toEqual(money(15_000, 'EUR'));
    expect(await run(() => ledger.balance(LedgerAccounts.sellerPayable(seller), 'EUR'))).toEqual(money(-14_200, 'EUR'));
    expect(await run(() => ledger.balance(LedgerAccounts.PLATFORM_FEES, 'USD'))).toEqual(money(0, 'USD'));
    expect(await run(() => ledger.balances('platform:'))).toEqual([{ account: 'platform:fees', currency: 'EUR', amount: -600 }]);
    expect(await run(() => ledger.totalsByCurrency())).toEqual([{ currency: 'EUR', debit: 15_000, credit: -15_000 }]);

    const staff = await registerStaff(app.gql, app.dataSource);
    expect((await staff.gql.ok(TRIAL_BALANCE)).trialBalance).toEqual([
      { currency: 'EUR', debit: { amount: 15_000 }, credit: { amount: -15_000 }, balanced: true },
    ]);
    const first = await staff.gql.ok<{
      ledgerBalances: {
        totalCount: number;
        edges: { node: { account: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(BALANCES, { first: 2 });
    expect(first.ledgerBalances.totalCount).toBe(4);
    expect(first.ledgerBalances.edges.map((e) => e.node.account)).toEqual(['coop:fair-fund', 'platform:fees']);
    expect(first.ledgerBalances.pageInfo.hasNextPage).toBe(true);
    const second = await staff.gql.ok<{
      ledgerBalances: { edges: { node: { account: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(BALANCES, { first: 2, after: first.ledgerBalances.pageInfo.endCursor });
    expect(second.ledgerBalances.edges.map((e) => e.node.account)).toEqual(['provider:clearing', `seller:${seller}:payable`]);
    expect(second.ledgerBalances.pageInfo.hasNextPage).toBe(false);
    const sellers = await staff.gql.ok<{ ledgerBalances: { edges: { node: { balance: { amount: number } } }[] } }>(BALANCES, {
      prefix: 'seller:',
    });
    expect(sellers.ledgerBalances.edges.map((e) => e.node.balance.amount)).toEqual([-14_200]);

    const member = await registerAccount(app.gql);
    expect(await member.gql.errorCode(TRIAL_BALANCE)).toBe('FORBIDDEN');
    expect(await member.gql.errorCode(BALANCES, {})).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(TRIAL_BALANCE)).toBe('UNAUTHENTICATED');
  });

  it('is idempotent by (kind, reference), and refuses the same reference with other entries', async () => {
    const first = await run(() => ledger.post(capture('checkout-1')));
    const again = await run(() => ledger.post(capture('checkout-1')));
    expect(again).toEqual({ id: first.id, created: false });
    await expect(run(() => ledger.post(capture('checkout-1', 9000)))).rejects.toMatchObject({ code: 'LEDGER_REFERENCE_REUSED' });
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM ledger_entry`);
    expect(count).toBe(4);
  });

  it('refuses an unbalanced posting in code, before anything is written', async () => {
    await expect(
      run(() =>
        ledger.post({
          kind: 'capture',
          reference: 'checkout-x',
          entries: [
            { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(1000, 'EUR') },
            { account: LedgerAccounts.PLATFORM_FEES, amount: money(-999, 'EUR') },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: 'LEDGER_UNBALANCED' });
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM ledger_transaction`);
    expect(count).toBe(0);
  });

  it('refuses an unbalanced transaction in the database at COMMIT, even when code is bypassed', async () => {
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [{ id }] = await runner.query(`INSERT INTO ledger_transaction (kind, reference) VALUES ('raw', 'r1') RETURNING id`);
      await runner.query(
        `INSERT INTO ledger_entry (transaction_id, account, currency, amount) VALUES ($1, 'provider:clearing', 'EUR', 1000), ($1, 'platform:fees', 'EUR', -999)`,
        [id],
      );
      // Each statement passes: the check is deferred to the end of the transaction.
      await expect(runner.commitTransaction()).rejects.toThrow(/unbalanced/);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    // Balanced in EUR but not in USD: refused as well. And a transaction without entries.
    await expect(
      app.dataSource.transaction(async (manager) => {
        const [{ id }] = await manager.query(
          `INSERT INTO ledger_transaction (kind, reference) VALUES ('raw', 'r2') RETURNING id`,
        );
        await manager.query(
          `INSERT INTO ledger_entry (transaction_id, account, currency, amount)
           VALUES ($1, 'provider:clearing', 'EUR', 5), ($1, 'platform:fees', 'EUR', -5), ($1, 'platform:fees', 'USD', 5)`,
          [id],
        );
      }),
    ).rejects.toThrow(/unbalanced/);
    await expect(app.dataSource.query(`INSERT INTO ledger_transaction (kind, reference) VALUES ('raw', 'r3')`)).rejects.toThrow(
      /no entries/,
    );
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM ledger_transaction`);
    expect(count).toBe(0);
  });

  it('refuses UPDATE and DELETE of entries and transactions: mistakes are corrected by a new posting', async () => {
    await run(() => ledger.post(capture('checkout-1')));
    await expect(app.dataSource.query(`UPDATE ledger_entry SET amount = amount * 2`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM ledger_entry`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`UPDATE ledger_transaction SET description = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM ledger_transaction`)).rejects.toThrow(/append-only/);

    // The correction: a reversing transaction under its own reference.
    await run(() =>
      ledger.post({
        kind: 'correction',
        reference: 'capture:checkout-1',
        entries: capture('checkout-1').entries.map((e) => ({ ...e, amount: money(-e.amount.amount, 'EUR') })),
      }),
    );
    expect((await run(() => ledger.balances(''))).map((b) => b.amount)).toEqual([0, 0, 0, 0]);
  });

  it('keeps the trial balance at zero per currency over any sequence of balanced postings', async () => {
    const accounts = ['provider:clearing', 'platform:fees', 'coop:fair-fund', `seller:${seller}:payable`, 'ngo:n1:donations'];
    const posting = fc
      .record({
        currency: fc.constantFrom('EUR', 'JPY', 'KWD'),
        parts: fc.array(fc.record({ account: fc.constantFrom(...accounts), amount: fc.integer({ min: 1, max: 1_000_000 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        debit: fc.constantFrom(...accounts),
      })
      .map(({ currency, parts, debit }) => [
        {
          account: debit,
          amount: money(
            parts.reduce((sum, part) => sum + part.amount, 0),
            currency,
          ),
        },
        ...parts.map((part) => ({ account: part.account, amount: money(-part.amount, currency) })),
      ]);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(posting, { minLength: 1, maxLength: 6 }), async (postings) => {
        for (const entries of postings) await run(() => ledger.post({ kind: 'test', reference: `p${++n}`, entries }));
        const totals = await run(() => ledger.totalsByCurrency());
        for (const line of totals) expect(line.debit + line.credit).toBe(0);
        const balances = await run(() => ledger.balances(''));
        const byCurrency = new Map<string, number>();
        for (const b of balances) byCurrency.set(b.currency, (byCurrency.get(b.currency) ?? 0) + b.amount);
        for (const sum of byCurrency.values()) expect(sum).toBe(0);
      }),
      { numRuns: 25 },
    );
  });
});
