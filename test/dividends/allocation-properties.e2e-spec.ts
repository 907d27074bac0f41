import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ClsService } from 'nestjs-cls';
import { allocationFigures, AllocationService, MemberInput } from '@allmende/dividends';
import { createTestApp, TestApp } from '@allmende/testing';
import { feesPosted } from './dividends-helpers';

const START = Date.parse('2023-01-01T00:00:00Z');
const DAY = 86_400_000;
const RUNS = Number(process.env.FC_RUNS ?? 8);
const RULES = {
  reserveBp: 3000,
  reserveMinBp: 1000,
  investorReturnCapBp: 400,
  patronageRatio: { CONSUMER: 4000, PRODUCER: 4000, WORKER: 2000 },
  daysInYear: 365,
};

interface Generated {
  id: string;
  memberClass: 'CONSUMER' | 'PRODUCER' | 'WORKER' | 'INVESTOR';
  /** Order totals (consumers, producers), hundredths of hours (workers) or [shares, day of 2023 or -1 before] (investors). */
  amounts: number[];
  shares: [number, number][];
}

const hex = (n: number) => n.toString(16).padStart(12, '0');
const memberArb = fc.record({
  memberClass: fc.constantFrom('CONSUMER' as const, 'PRODUCER' as const, 'WORKER' as const, 'INVESTOR' as const),
  amounts: fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 3 }),
  shares: fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: -1, max: 364 })), { maxLength: 2 }),
});
const worldArb = fc.record({
  fees: fc.integer({ min: 1, max: 5_000_000 }),
  members: fc.array(memberArb, { minLength: 1, maxLength: 10 }),
});

/**
 * The SQL run against the pure reference (allocationFigures) on random members, orders, hours and share
 * lines: the same tiers and the same cent for every member, every tier summing to its pool, nobody negative;
 * and the same rows inserted in another order give the byte-identical result (the same digest).
 */
describe('dividends: the SQL run equals the reference on random inputs', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function seed(fees: number, members: Generated[], staffId: string, sellerId: string, buyerId: string) {
    await app.dataSource.query(
      `INSERT INTO account (id, email, password_hash, display_name) SELECT unnest($1::uuid[]), unnest($1::uuid[])::text || '@x.example', 'x', 'M'`,
      [members.map((m) => m.id)],
    );
    for (const m of members) {
      await app.dataSource.query(
        `INSERT INTO member (id, account_id, applied_by, member_class, status, joined_at) VALUES ($1, $1, $1, $2, 'ACTIVE', '2022-12-01')`,
        [m.id, m.memberClass],
      );
    }
    for (const m of members) {
      for (const [index, amount] of m.amounts.entries()) {
        const at = new Date(START + (index + 1) * 30 * DAY).toISOString();
        if (m.memberClass === 'WORKER') {
          await app.dataSource.query(
            `INSERT INTO worker_hours (member_id, worked_on, centihours, entered_by) VALUES ($1, $2, $3, $4)`,
            [m.id, at.slice(0, 10), Math.min(amount, 2400), staffId],
          );
        } else if (m.memberClass !== 'INVESTOR') {
          const [buyer, seller] = m.memberClass === 'CONSUMER' ? [m.id, sellerId] : [buyerId, m.id];
          const [checkout] = await app.dataSource.query(
            `INSERT INTO checkout (buyer_id, idempotency_key, state, total_amount, currency, expires_at, paid_at)
             VALUES ($1, gen_random_uuid()::text, 'PAID', $2, 'EUR', $3, $3) RETURNING id`,
            [buyer, amount, at],
          );
          await app.dataSource.query(
            `INSERT INTO trade_order (checkout_id, buyer_id, seller_id, seller_kind, seller_name, state, currency, items_amount,
                                      shipping_method, shipping_amount, total_amount, paid_at)
             VALUES ($1, $2, $3, 'PERSON', 'S', 'PAID', 'EUR', $4, 'PICKUP', 0, $4, $5)`,
            [checkout.id, buyer, seller, amount, at],
          );
        }
      }
      for (const [shares, day] of m.shares) {
        await app.dataSource.query(
          `INSERT INTO share_register_entry (member_id, movement, shares, share_price, currency, reference, recorded_at)
           VALUES ($1, 'PURCHASE', $2, 1000, 'EUR', gen_random_uuid()::text, $3)`,
          [m.id, shares, new Date(day < 0 ? START - 10 * DAY : START + day * DAY)],
        );
      }
    }
    await feesPosted(app.dataSource, fees, '2023-06-01T00:00:00Z', 'fees');
    const [year] = await app.dataSource.query(
      // The same year id each time: the digest names its year.
      `INSERT INTO fiscal_year (id, label, starts_at, ends_at, state, closed_at)
       VALUES ('00000000-0000-4000-8000-000000002023', '2023', '2023-01-01', '2024-01-01', 'CLOSED', now()) RETURNING id`,
    );
    return year.id as string;
  }

  async function run(fees: number, members: Generated[]) {
    await app.reset();
    const [staffId, sellerId, buyerId] = [randomUUID(), randomUUID(), randomUUID()];
    await app.dataSource.query(
      `INSERT INTO account (id, email, password_hash, display_name) SELECT unnest($1::uuid[]), unnest($1::uuid[])::text || '@x.example', 'x', 'P'`,
      [[staffId, sellerId, buyerId]],
    );
    const yearId = await seed(fees, members, staffId, sellerId, buyerId);
    const cls = app.server.app.get(ClsService);
    const allocation = await cls.run(() =>
      app.server.app.get(AllocationService).run({ accountId: staffId, sessionId: 'test', platformRole: 'STAFF' }, yearId),
    );
    const lines: { memberId: string; amount: number }[] = await app.dataSource.query(
      `SELECT member_id AS "memberId", amount::int AS amount FROM dividend_allocation_line ORDER BY member_id`,
    );
    return { allocation, lines };
  }

  it(
    'matches allocationFigures to the cent, and another row order gives the same digest',
    async () => {
      await fc.assert(
        fc.asyncProperty(worldArb, fc.integer(), async ({ fees, members: drawn }, seed) => {
          const members: Generated[] = drawn.map((m, i) => ({
            ...m,
            id: `${hex(((seed >>> 0) * 2654435761 + i * 40503) % 0xffffffff).slice(4, 12)}-0000-4000-8000-${hex(i)}`,
            amounts: m.memberClass === 'WORKER' ? m.amounts.map((a) => Math.min(a, 2400)) : m.amounts,
            shares: m.memberClass === 'INVESTOR' ? m.shares : [],
          }));
          const inputs: MemberInput[] = members.map((m) => {
            const shareDays = m.shares.reduce((sum, [shares, day]) => sum + shares * (day < 0 ? 365 : 365 - day), 0);
            return {
              memberId: m.id,
              memberClass: m.memberClass,
              patronage: m.memberClass === 'INVESTOR' ? 0 : m.amounts.reduce((a, b) => a + b, 0),
              shareDays,
              capitalDays: shareDays * 1000,
            };
          });
          const expected = allocationFigures(fees, RULES, inputs);
          const { allocation, lines } = await run(fees, members);
          expect({
            reserve: allocation.reserve,
            investorPool: allocation.investorPool,
            patronagePool: allocation.patronagePool,
            classPools: allocation.classPools,
          }).toEqual({
            reserve: expected.reserve,
            investorPool: expected.investorPool,
            patronagePool: expected.patronagePool,
            classPools: expected.classPools,
          });
          expect(lines).toEqual(expected.parts.map((part) => ({ memberId: part.memberId, amount: part.amount })));
          expect(lines.every((line) => line.amount >= 0)).toBe(true);
          expect(lines.reduce((sum, line) => sum + line.amount, 0) + allocation.reserve).toBe(fees);

          const again = await run(fees, [...members].reverse());
          expect(again.allocation.digest).toBe(allocation.digest);
          expect(again.lines).toEqual(lines);
        }),
        // A fixed seed by default, so a failure is reproducible; FC_SEED=random (or a number) explores further.
        {
          numRuns: RUNS,
          seed: process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED ?? 20261201),
        },
      );
    },
    30_000 + RUNS * 10_000,
  );
});
