import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { MemberClass } from '@allmende/policy';
import { BallotChoice, tally, TallyBallot, TallyInput, TallyRules } from './tally';
import { rational, rationalText } from './rational';
import { checkBallotChoice } from './ballot-choice';

const RULES: TallyRules = {
  weighting: 'CLASS_WEIGHTS',
  classWeight: { CONSUMER: 3000, PRODUCER: 3000, WORKER: 2500, INVESTOR: 1500 },
  investorCapBp: 2500,
  dualMajority: false,
  quorumBp: 0,
  threshold: [1n, 2n],
  blockStops: true,
};

const many = (n: number, memberClass: MemberClass, choice: BallotChoice): TallyBallot[] =>
  Array.from({ length: n }, () => ({ memberClass, choice }));
const consent = (input: { ballots: TallyBallot[]; rules?: Partial<TallyRules>; electorate?: number }) =>
  tally({
    pollId: 'poll-1',
    type: 'CONSENT',
    options: [],
    ballots: input.ballots,
    electorate: input.electorate ?? input.ballots.length,
    rules: { ...RULES, ...input.rules },
  });
const weightOf = (result: ReturnType<typeof tally>, key: string) =>
  rationalText(result.totals.find((t) => t.key === key)!.weight);

describe('consent tally with class weights', () => {
  // 8 consumers disagree; 2 producers and 2 workers agree.
  const ballots = [
    ...many(8, 'CONSUMER', { consent: 'DISAGREE' }),
    ...many(2, 'PRODUCER', { consent: 'AGREE' }),
    ...many(2, 'WORKER', { consent: 'AGREE' }),
  ];

  it('passes by class weight what one member one vote rejects', () => {
    // One member one vote: 4 for, 8 against.
    expect(consent({ ballots, rules: { weighting: 'ONE_MEMBER_ONE_VOTE' } })).toMatchObject({
      outcome: 'REJECTED',
      reason: 'BELOW_THRESHOLD',
    });
    // Class weights: consumers 3000 split 8 ways (375 each) against; producers 3000 + workers 2500 = 5500 for.
    const weighted = consent({ ballots });
    expect(weighted).toMatchObject({ outcome: 'PASSED', winner: 'AGREE' });
    expect(weightOf(weighted, 'AGREE')).toBe('5500');
    expect(weightOf(weighted, 'DISAGREE')).toBe('3000');
    expect(rationalText(weighted.share)).toBe('11/17'); // 5500 / 8500
    expect(weighted.weights.map((w) => [w.memberClass, w.voters, rationalText(w.ballotWeight)])).toEqual([
      ['CONSUMER', 8, '375'],
      ['PRODUCER', 2, '1500'],
      ['WORKER', 2, '1250'],
      ['INVESTOR', 0, '0'],
    ]);
  });

  it('caps a huge investor class so it never outvotes the rest', () => {
    // One member one vote: 1000 investors for, 5 others against. Cap 25 %: W_I = 0.25 × 5 / 0.75 = 5/3.
    const flood = [
      ...many(1000, 'INVESTOR', { consent: 'AGREE' }),
      ...many(3, 'CONSUMER', { consent: 'DISAGREE' }),
      ...many(2, 'PRODUCER', { consent: 'DISAGREE' }),
    ];
    const result = consent({ ballots: flood, rules: { weighting: 'ONE_MEMBER_ONE_VOTE' } });
    expect(weightOf(result, 'AGREE')).toBe('5/3');
    expect(rationalText(result.share)).toBe('1/4'); // (5/3) / (5/3 + 5)
    expect(result.outcome).toBe('REJECTED');
    // Class weights with an investor weight of 9000 against consumers' 3000: capped to 1000, a quarter.
    const heavy = consent({
      ballots: [...many(50_000, 'INVESTOR', { consent: 'AGREE' }), ...many(1, 'CONSUMER', { consent: 'DISAGREE' })],
      rules: { classWeight: { ...RULES.classWeight, INVESTOR: 9000 } },
    });
    expect(weightOf(heavy, 'AGREE')).toBe('1000');
    expect(heavy.outcome).toBe('REJECTED');
  });

  it('fails with dual majority a proposal only the investors carry', () => {
    // Consumers: 2 for, 3 against at 600 each. Investors 1500 vs 3000 is a third, capped to 1000, all for.
    // Weighted: 2200 for, 1800 against: passes. Patron classes alone: 1200 for, 1800 against.
    const ballots = [
      ...many(2, 'CONSUMER', { consent: 'AGREE' }),
      ...many(3, 'CONSUMER', { consent: 'DISAGREE' }),
      ...many(10, 'INVESTOR', { consent: 'AGREE' }),
    ];
    const without = consent({ ballots });
    expect(without.outcome).toBe('PASSED');
    expect(weightOf(without, 'AGREE')).toBe('2200');
    const dual = consent({ ballots, rules: { dualMajority: true } });
    expect(dual).toMatchObject({ outcome: 'REJECTED', reason: 'DUAL_MAJORITY_FAILED', patronOutcome: 'REJECTED' });
  });

  it('stops at one block when the policy says so, and counts a block against otherwise', () => {
    const ballots = [
      ...many(9, 'CONSUMER', { consent: 'AGREE' }),
      { memberClass: 'CONSUMER' as const, choice: { consent: 'BLOCK' as const, reason: 'harms producers' } },
    ];
    expect(consent({ ballots })).toMatchObject({ outcome: 'REJECTED', reason: 'BLOCKED', blocks: 1 });
    expect(consent({ ballots, rules: { blockStops: false } })).toMatchObject({ outcome: 'PASSED', blocks: 1 });
  });

  it('needs two-thirds when the threshold is 2/3, and exactly two-thirds is enough', () => {
    const ballots = [...many(2, 'CONSUMER', { consent: 'AGREE' }), ...many(1, 'CONSUMER', { consent: 'DISAGREE' })];
    expect(consent({ ballots, rules: { threshold: [2n, 3n] } }).outcome).toBe('PASSED');
    const short = [...many(3, 'CONSUMER', { consent: 'AGREE' }), ...many(2, 'CONSUMER', { consent: 'DISAGREE' })];
    expect(consent({ ballots: short, rules: { threshold: [2n, 3n] } }).outcome).toBe('REJECTED');
    const tie = [...many(1, 'CONSUMER', { consent: 'AGREE' }), ...many(1, 'CONSUMER', { consent: 'DISAGREE' })];
    expect(consent({ ballots: tie }).outcome).toBe('REJECTED');
  });
});

describe('quorum', () => {
  it('is NO_QUORUM when too few ballots were cast, and counts abstentions for quorum only', () => {
    // Electorate 10 at 20 %: 2 ballots needed.
    expect(
      consent({ ballots: many(1, 'WORKER', { consent: 'AGREE' }), electorate: 10, rules: { quorumBp: 2000 } }),
    ).toMatchObject({
      outcome: 'NO_QUORUM',
      quorumNeeded: 2,
    });
    // One for and two abstentions: 3 cast, quorum met; the share is 1/1.
    const withAbstentions = consent({
      ballots: [...many(1, 'WORKER', { consent: 'AGREE' }), ...many(2, 'WORKER', { consent: 'ABSTAIN' })],
      electorate: 10,
      rules: { quorumBp: 2000 },
    });
    expect(withAbstentions).toMatchObject({ outcome: 'PASSED', ballotsCast: 3, abstentions: 2 });
    expect(rationalText(withAbstentions.share)).toBe('1');
    // At 40 % (4 needed) the same 3 ballots are short.
    expect(
      consent({
        ballots: [...many(1, 'WORKER', { consent: 'AGREE' }), ...many(2, 'WORKER', { consent: 'ABSTAIN' })],
        electorate: 10,
        rules: { quorumBp: 4000 },
      }).outcome,
    ).toBe('NO_QUORUM');
  });
});

describe('ranked choice (instant runoff)', () => {
  const input = (ballots: TallyBallot[], options = ['A', 'B', 'C', 'D', 'E']): TallyInput => ({
    pollId: 'poll-ranked',
    type: 'RANKED_CHOICE',
    options,
    ballots,
    electorate: ballots.length,
    rules: { ...RULES, weighting: 'ONE_MEMBER_ONE_VOTE' },
  });
  const rank = (n: number, ranking: string[]) => many(n, 'CONSUMER', { ranking });

  it('runs the 5-option fixture worked out by hand, breaking a tie by the earlier round', () => {
    const result = tally(
      input([
        ...rank(5, ['A']),
        ...rank(4, ['B', 'C']),
        ...rank(3, ['C', 'B']),
        ...rank(2, ['D', 'B']),
        ...rank(1, ['E', 'D', 'C']),
      ]),
    );
    const table = result.rounds.map((round) => ({
      totals: Object.fromEntries(round.totals.map((t) => [t.key, rationalText(t.weight)])),
      exhausted: rationalText(round.exhausted),
      eliminated: round.eliminated,
      tieBreak: round.tieBreak,
    }));
    expect(table).toEqual([
      // Round 1: E has least and goes; its ballot moves to D.
      { totals: { A: '5', B: '4', C: '3', D: '2', E: '1' }, exhausted: '0', eliminated: 'E', tieBreak: null },
      // Round 2: C and D tie at 3; in round 1 D had 2 to C's 3, so D goes (2 to B, 1 to C).
      { totals: { A: '5', B: '4', C: '3', D: '3' }, exhausted: '0', eliminated: 'D', tieBreak: 'EARLIER_ROUND' },
      // Round 3: no majority of 15; C (4) goes: 3 to B, the E-D-C ballot is exhausted.
      { totals: { A: '5', B: '6', C: '4' }, exhausted: '0', eliminated: 'C', tieBreak: null },
      // Round 4: B has 9 of 14 continuing.
      { totals: { A: '5', B: '9' }, exhausted: '1', eliminated: null, tieBreak: null },
    ]);
    expect(result).toMatchObject({ outcome: 'PASSED', winner: 'B' });
    expect(rationalText(result.share)).toBe('9/14');
  });

  it('breaks a tie level in every round by lot: the lowest SHA-256 of "<pollId>:<option>" goes', () => {
    // X and Y tie for last in round 1 (the only round before): the lot decides.
    const ballots = [...rank(2, ['Z']), ...rank(1, ['X', 'Z']), ...rank(1, ['Y', 'Z'])]; // Z 2 of 4: no majority yet
    const result = tally(input(ballots, ['X', 'Y', 'Z']));
    const hash = (option: string) => createHash('sha256').update(`poll-ranked:${option}`).digest('hex');
    const loser = hash('X') < hash('Y') ? 'X' : 'Y';
    expect(result.rounds[0]).toMatchObject({ eliminated: loser, tieBreak: 'LOT' });
  });
});

describe('single choice and score', () => {
  it('single choice needs the threshold share; a tie at the top passes nothing', () => {
    const base = { pollId: 'p', type: 'SINGLE_CHOICE' as const, options: ['a', 'b', 'c'], electorate: 10, rules: RULES };
    const ballots = [
      ...many(4, 'WORKER', { option: 'a' }),
      ...many(3, 'WORKER', { option: 'b' }),
      ...many(3, 'WORKER', { option: 'c' }),
    ];
    expect(tally({ ...base, ballots })).toMatchObject({ outcome: 'REJECTED', reason: 'BELOW_THRESHOLD' }); // 4/10
    expect(tally({ ...base, ballots: [...ballots, ...many(2, 'WORKER', { option: 'a' })] })).toMatchObject({
      outcome: 'PASSED',
      winner: 'a',
    }); // 6/12
    expect(
      tally({ ...base, ballots: many(2, 'WORKER', { option: 'a' }).concat(many(2, 'WORKER', { option: 'b' })) }).reason,
    ).toBe('TIE');
  });

  it('score picks the option with the highest weighted score', () => {
    // Consumers (3000 over 2): a 5+1, b 0+4 → a 6×1500 = 9000, b 4×1500 = 6000. Worker (2500 over 1): a 0, b 5 → b 12500 more.
    const result = tally({
      pollId: 'p',
      type: 'SCORE',
      options: ['a', 'b'],
      electorate: 3,
      rules: RULES,
      ballots: [
        { memberClass: 'CONSUMER', choice: { scores: { a: 5, b: 0 } } },
        { memberClass: 'CONSUMER', choice: { scores: { a: 1, b: 4 } } },
        { memberClass: 'WORKER', choice: { scores: { a: 0, b: 5 } } },
      ],
    });
    expect(Object.fromEntries(result.totals.map((t) => [t.key, rationalText(t.weight)]))).toEqual({ a: '9000', b: '18500' });
    expect(result).toMatchObject({ outcome: 'PASSED', winner: 'b' });
  });
});

describe('ballot checks', () => {
  it('refuses duplicates, unknown options, scores out of range and answers of another poll type', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'accepted';
    };
    expect(code(() => checkBallotChoice('RANKED_CHOICE', ['a', 'b'], { ranking: ['a', 'a'] }))).toBe('BALLOT_RANKING_DUPLICATE');
    expect(code(() => checkBallotChoice('RANKED_CHOICE', ['a', 'b'], { ranking: ['a', 'z'] }))).toBe('BALLOT_UNKNOWN_OPTION');
    expect(code(() => checkBallotChoice('SCORE', ['a', 'b'], { scores: { a: 6, b: 0 } }))).toBe('BALLOT_SCORE_OUT_OF_RANGE');
    expect(code(() => checkBallotChoice('SCORE', ['a', 'b'], { scores: { a: 1 } }))).toBe('BALLOT_SCORE_OUT_OF_RANGE');
    expect(code(() => checkBallotChoice('CONSENT', [], { option: 'a' }))).toBe('BALLOT_DOES_NOT_FIT_POLL');
    expect(code(() => checkBallotChoice('CONSENT', [], { consent: 'BLOCK' }))).toBe('BALLOT_BLOCK_NEEDS_REASON');
    expect(checkBallotChoice('RANKED_CHOICE', ['a', 'b'], { ranking: ['b'] })).toEqual({ ranking: ['b'] });
  });
});

describe('tally invariants (property)', () => {
  const classArb = fc.constantFrom<MemberClass>('CONSUMER', 'PRODUCER', 'WORKER', 'INVESTOR');
  const options = ['a', 'b', 'c', 'd'];
  const rankedBallot = fc.record({
    memberClass: classArb,
    choice: fc.shuffledSubarray(options, { minLength: 1 }).map((ranking) => ({ ranking })),
  });
  const rulesArb = fc.record({
    weighting: fc.constantFrom<'CLASS_WEIGHTS' | 'ONE_MEMBER_ONE_VOTE'>('CLASS_WEIGHTS', 'ONE_MEMBER_ONE_VOTE'),
    investorCapBp: fc.integer({ min: 0, max: 4999 }),
    investorWeight: fc.integer({ min: 0, max: 10_000 }),
  });

  it('each class weighs W_k in all, investors never more than the cap, and every round adds up', () => {
    fc.assert(
      fc.property(fc.array(rankedBallot, { minLength: 1, maxLength: 60 }), rulesArb, (ballots, r) => {
        const rules = {
          ...RULES,
          weighting: r.weighting,
          investorCapBp: r.investorCapBp,
          classWeight: { ...RULES.classWeight, INVESTOR: r.investorWeight },
        };
        const result = tally({ pollId: 'prop', type: 'RANKED_CHOICE', options, ballots, electorate: ballots.length, rules });
        const total = result.weights.reduce((acc, w) => acc + Number(w.classWeight.num) / Number(w.classWeight.den), 0);
        for (const w of result.weights) {
          if (w.voters === 0) continue;
          // n_k ballots of w each make the class weight exactly.
          expect(w.ballotWeight.num * BigInt(w.voters) * w.classWeight.den).toBe(w.classWeight.num * w.ballotWeight.den);
        }
        const investors = result.weights[3].classWeight;
        if (total > 0)
          expect(Number(investors.num) / Number(investors.den) / total).toBeLessThanOrEqual(r.investorCapBp / 10_000 + 1e-9);
        const whole = result.weights.reduce((acc, w) => acc + Number(w.classWeight.num) / Number(w.classWeight.den), 0);
        for (const round of result.rounds) {
          const inRound =
            round.totals.reduce((acc, t) => acc + Number(t.weight.num) / Number(t.weight.den), 0) +
            Number(round.exhausted.num) / Number(round.exhausted.den);
          expect(inRound).toBeCloseTo(whole, 6);
        }
      }),
    );
  });

  it('does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(fc.array(rankedBallot, { minLength: 1, maxLength: 40 }), fc.integer(), (ballots, seed) => {
        const at = Math.abs(seed) % ballots.length;
        const shuffled = [...ballots.slice(at), ...ballots.slice(0, at)].reverse();
        const run = (list: TallyBallot[]) => {
          const result = tally({
            pollId: 'order',
            type: 'RANKED_CHOICE',
            options,
            ballots: list,
            electorate: list.length,
            rules: RULES,
          });
          return JSON.stringify({ ...result, share: rationalText(result.share) }, (_, value) =>
            typeof value === 'bigint' ? value.toString() : value,
          );
        };
        expect(run(shuffled)).toBe(run(ballots));
      }),
    );
  });

  it('one member one vote without investors passes a consent poll exactly when agree > disagree + block', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), (agree, disagree, abstain) => {
        const ballots = [
          ...many(agree, 'CONSUMER', { consent: 'AGREE' }),
          ...many(disagree, 'PRODUCER', { consent: 'DISAGREE' }),
          ...many(abstain, 'WORKER', { consent: 'ABSTAIN' }),
        ];
        const result = consent({ ballots, rules: { weighting: 'ONE_MEMBER_ONE_VOTE' } });
        if (ballots.length === 0) return expect(result.outcome).toBe('NO_QUORUM');
        expect(result.outcome).toBe(agree > disagree ? 'PASSED' : 'REJECTED');
      }),
    );
  });

  it('keeps exact rationals', () => {
    expect(rationalText(rational(6, -4))).toBe('-3/2');
  });
});
