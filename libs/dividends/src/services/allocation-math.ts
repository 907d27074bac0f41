import { allocateByKey } from '@allmende/core';
import { MemberClass, PATRON_CLASSES } from '@allmende/policy';

export type PatronClass = Exclude<MemberClass, 'INVESTOR'>;

/** The rules of a run, from policy at the fiscal year's end. Rates are basis points. */
export interface AllocationRules {
  reserveBp: number;
  /** The bylaw minimum: the reserve is never below it. */
  reserveMinBp: number;
  investorReturnCapBp: number;
  patronageRatio: Record<PatronClass, number>;
  /** Days in the fiscal year: capital-days / days = the time-weighted paid-in capital. */
  daysInYear: number;
}

/** One member's inputs: patronage (patron classes) or share-days and capital-days (investors). */
export interface MemberInput {
  memberId: string;
  memberClass: MemberClass;
  /** Net purchases, net sales (minor units) or hundredths of hours; ≤ 0 gets nothing. */
  patronage: number;
  /** Σ shares × whole days held within the year. */
  shareDays: number;
  /** Σ shares × share price × days held: the capital the return is capped on. */
  capitalDays: number;
}

export interface MemberPart {
  memberId: string;
  memberClass: MemberClass;
  tier: 'INVESTOR' | 'PATRONAGE';
  weight: number;
  classPool: number;
  classWeight: number;
  /** floor(pool × weight / total) */
  base: number;
  /** 1 when the largest-remainder method gave this member one of the leftover cents. */
  rounding: number;
  amount: number;
}

export interface AllocationFigures {
  surplus: number;
  reserve: number;
  investorCap: number;
  investorPool: number;
  patronagePool: number;
  classPools: Record<PatronClass, number>;
  parts: MemberPart[];
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/**
 * The tiers of a surplus, in order: the legal reserve (policy %, never below the bylaw minimum,
 * rounded up), the investor return (at most the cap % of the time-weighted paid-in capital of the
 * investing members, rounded down, pro rata share-days), and the patronage pool split over the patron
 * classes with patronage by their policy ratios, then within each class pro rata patronage. Every
 * split is the largest-remainder method with ties to the smaller key (class name, member id), so the
 * parts add up to the pool whatever order the members come in. A pool no one can take (no patronage
 * anywhere) goes to the reserve. A surplus of zero or less allocates nothing.
 */
export function allocationFigures(surplus: number, rules: AllocationRules, members: readonly MemberInput[]): AllocationFigures {
  const none: Record<PatronClass, number> = { CONSUMER: 0, PRODUCER: 0, WORKER: 0 };
  if (surplus <= 0) {
    return { surplus, reserve: 0, investorCap: 0, investorPool: 0, patronagePool: 0, classPools: none, parts: [] };
  }
  const tiers = tierAmounts(surplus, rules, {
    capitalDays: members
      .filter((m) => m.memberClass === 'INVESTOR' && m.shareDays > 0)
      .reduce((sum, m) => sum + BigInt(m.capitalDays), 0n),
    hasInvestors: members.some((m) => m.memberClass === 'INVESTOR' && m.shareDays > 0),
    classWeights: Object.fromEntries(
      PATRON_CLASSES.map((c) => [
        c,
        members.filter((m) => m.memberClass === c && m.patronage > 0).reduce((sum, m) => sum + BigInt(m.patronage), 0n),
      ]),
    ) as Record<PatronClass, bigint>,
  });
  const parts: MemberPart[] = [];
  const split = (tier: MemberPart['tier'], pool: number, group: readonly MemberInput[], weightOf: (m: MemberInput) => number) => {
    // Everyone with a weight gets a part, 0 when the pool is (a statement then shows the empty pool).
    const eligible = group.filter((m) => weightOf(m) > 0);
    if (eligible.length === 0) return;
    const weights = new Map(eligible.map((m) => [m.memberId, BigInt(weightOf(m))]));
    const total = [...weights.values()].reduce((a, b) => a + b, 0n);
    const amounts = allocateByKey(pool, weights);
    for (const m of eligible) {
      const base = Number((BigInt(pool) * BigInt(weightOf(m))) / total);
      const amount = amounts.get(m.memberId)!;
      parts.push({
        memberId: m.memberId,
        memberClass: m.memberClass,
        tier,
        weight: weightOf(m),
        classPool: pool,
        classWeight: Number(total),
        base,
        rounding: amount - base,
        amount,
      });
    }
  };
  split(
    'INVESTOR',
    tiers.investorPool,
    members.filter((m) => m.memberClass === 'INVESTOR'),
    (m) => m.shareDays,
  );
  for (const c of PATRON_CLASSES as PatronClass[]) {
    split(
      'PATRONAGE',
      tiers.classPools[c],
      members.filter((m) => m.memberClass === c),
      (m) => m.patronage,
    );
  }
  parts.sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  return { surplus, ...tiers, parts };
}

/** The scalar tiers of a positive surplus, given the totals the member-level split works from (shared with the SQL run). */
export function tierAmounts(
  surplus: number,
  rules: AllocationRules,
  totals: { capitalDays: bigint; hasInvestors: boolean; classWeights: Record<PatronClass, bigint> },
): Omit<AllocationFigures, 'surplus' | 'parts'> {
  const big = BigInt(surplus);
  const reserveBp = BigInt(Math.max(rules.reserveBp, rules.reserveMinBp));
  let reserve = Number(ceilDiv(big * reserveBp, 10_000n));
  const investorCap = totals.hasInvestors
    ? Number((totals.capitalDays * BigInt(rules.investorReturnCapBp)) / (10_000n * BigInt(rules.daysInYear)))
    : 0;
  const investorPool = Math.min(surplus - reserve, investorCap);
  let patronagePool = surplus - reserve - investorPool;
  const classPools: Record<PatronClass, number> = { CONSUMER: 0, PRODUCER: 0, WORKER: 0 };
  const taking = (PATRON_CLASSES as PatronClass[]).filter((c) => totals.classWeights[c] > 0n && rules.patronageRatio[c] > 0);
  if (patronagePool > 0 && taking.length === 0) {
    // Nobody has patronage: the pool stays with the co-operative.
    reserve += patronagePool;
    patronagePool = 0;
  } else if (patronagePool > 0) {
    const pools = allocateByKey(patronagePool, new Map(taking.map((c) => [c, rules.patronageRatio[c]])));
    for (const c of taking) classPools[c] = pools.get(c)!;
  }
  return { reserve, investorCap, investorPool, patronagePool, classPools };
}
