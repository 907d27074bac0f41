import fc from 'fast-check';
import { MEMBER_CLASSES } from '@allmende/policy';
import { allocationFigures, AllocationRules, MemberInput } from './allocation-math';

const RULES: AllocationRules = {
  reserveBp: 3000,
  reserveMinBp: 1000,
  investorReturnCapBp: 400,
  patronageRatio: { CONSUMER: 4000, PRODUCER: 4000, WORKER: 2000 },
  daysInYear: 365,
};

const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 8 });
const memberArb: fc.Arbitrary<MemberInput> = fc.record({
  memberId: hex.map((h) => `${h}-0000-4000-8000-000000000000`),
  memberClass: fc.constantFrom(...MEMBER_CLASSES),
  patronage: fc.oneof(fc.constant(0), fc.integer({ min: -5_000, max: 10_000_000 })),
  shareDays: fc.integer({ min: 0, max: 3_650_000 }),
  capitalDays: fc.integer({ min: 0, max: 3_650_000_000 }),
});
const membersArb = fc.uniqueArray(memberArb, { selector: (m) => m.memberId, maxLength: 40 });
const rulesArb: fc.Arbitrary<AllocationRules> = fc.record({
  reserveBp: fc.integer({ min: 0, max: 10_000 }),
  reserveMinBp: fc.integer({ min: 0, max: 10_000 }),
  investorReturnCapBp: fc.integer({ min: 0, max: 10_000 }),
  patronageRatio: fc.record({
    CONSUMER: fc.integer({ min: 0, max: 10_000 }),
    PRODUCER: fc.integer({ min: 0, max: 10_000 }),
    WORKER: fc.integer({ min: 0, max: 10_000 }),
  }),
  daysInYear: fc.constantFrom(365, 366),
});

describe('the surplus allocation', () => {
  it('puts every cent somewhere: each tier sums to its pool, nobody negative, zero patronage gets nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000_000 }), rulesArb, membersArb, (surplus, rules, members) => {
        const figures = allocationFigures(surplus, rules, members);
        if (surplus <= 0) {
          expect(figures.parts).toEqual([]);
          expect(figures.reserve + figures.investorPool + figures.patronagePool).toBe(0);
          return;
        }
        expect(figures.reserve + figures.investorPool + figures.patronagePool).toBe(surplus);
        // Never below the bylaw minimum, never above the investor cap.
        expect(figures.reserve * 10_000).toBeGreaterThanOrEqual(surplus * Math.max(rules.reserveBp, rules.reserveMinBp));
        expect(figures.investorPool).toBeLessThanOrEqual(figures.investorCap);
        const classSum = figures.classPools.CONSUMER + figures.classPools.PRODUCER + figures.classPools.WORKER;
        expect(classSum).toBe(figures.patronagePool);
        const byTier = (tier: string, memberClass?: string) =>
          figures.parts
            .filter((p) => p.tier === tier && (!memberClass || p.memberClass === memberClass))
            .reduce((sum, p) => sum + p.amount, 0);
        if (figures.parts.some((p) => p.tier === 'INVESTOR')) expect(byTier('INVESTOR')).toBe(figures.investorPool);
        for (const c of ['CONSUMER', 'PRODUCER', 'WORKER'] as const) {
          expect(byTier('PATRONAGE', c)).toBe(figures.classPools[c]);
        }
        for (const part of figures.parts) {
          expect(part.amount).toBeGreaterThanOrEqual(0);
          expect(part.weight).toBeGreaterThan(0);
          expect([0, 1]).toContain(part.rounding);
        }
        const paid = new Set(figures.parts.map((p) => p.memberId));
        for (const m of members) {
          if ((m.memberClass === 'INVESTOR' ? m.shareDays : m.patronage) <= 0) expect(paid.has(m.memberId)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        rulesArb,
        membersArb.chain((members) =>
          fc.tuple(fc.constant(members), fc.shuffledSubarray(members, { minLength: members.length })),
        ),
        (surplus, rules, [members, shuffled]) => {
          expect(allocationFigures(surplus, rules, shuffled)).toEqual(allocationFigures(surplus, rules, members));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives equal remainders their cent by member id, not list order', () => {
    const members = ['c', 'a', 'b'].map((letter) => ({
      memberId: `${letter.repeat(8)}-0000-4000-8000-000000000000`,
      memberClass: 'WORKER' as const,
      patronage: 100,
      shareDays: 0,
      capitalDays: 0,
    }));
    // Surplus 10.00: reserve 30 % = 3.00, no investors, workers take the whole pool 7.00 = 700 cents over 3 equal weights:
    // 233 each and one cent left, which goes to the smallest id (aaaa…).
    const figures = allocationFigures(1000, RULES, members);
    expect(figures.reserve).toBe(300);
    expect(figures.classPools).toEqual({ CONSUMER: 0, PRODUCER: 0, WORKER: 700 });
    expect(figures.parts.map((p) => [p.memberId[0], p.amount, p.rounding])).toEqual([
      ['a', 234, 1],
      ['b', 233, 0],
      ['c', 233, 0],
    ]);
  });
});
