import { createHash } from 'node:crypto';
import { MEMBER_CLASSES, MemberClass, PATRON_CLASSES, Weighting } from '@allmende/policy';
import { add, compare, div, mul, ONE, Rational, rational, sub, sum, times, ZERO } from './rational';

export const POLL_TYPES = ['CONSENT', 'SINGLE_CHOICE', 'RANKED_CHOICE', 'SCORE'] as const;
export type PollType = (typeof POLL_TYPES)[number];

export const CONSENT_CHOICES = ['AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

export const MAX_SCORE = 5;

/** What one ballot says; exactly one of the fields is set, as fits the poll type. */
export interface BallotChoice {
  /** Any poll: counts for quorum, not for the share. */
  abstain?: true;
  consent?: ConsentChoice;
  /** A block's reason, shown with the result. */
  reason?: string;
  option?: string;
  ranking?: string[];
  scores?: Record<string, number>;
}

export interface TallyBallot {
  memberClass: MemberClass;
  choice: BallotChoice;
}

export interface TallyRules {
  weighting: Weighting;
  /** W_k in basis points (only the ratios matter). */
  classWeight: Record<MemberClass, number>;
  /** Investors' highest share of the weight, in basis points (below 5000). */
  investorCapBp: number;
  dualMajority: boolean;
  quorumBp: number;
  /** The share of the deciding weight needed, as [numerator, denominator]. */
  threshold: readonly [bigint, bigint];
  blockStops: boolean;
}

export interface TallyInput {
  pollId: string;
  type: PollType;
  /** Option ids in the order shown (not used by consent polls). */
  options: readonly string[];
  ballots: readonly TallyBallot[];
  /** Members in good standing when voting opened. */
  electorate: number;
  rules: TallyRules;
}

export type TallyOutcome = 'PASSED' | 'REJECTED' | 'NO_QUORUM';
export type OutcomeReason =
  'PASSED' | 'NO_QUORUM' | 'BELOW_THRESHOLD' | 'BLOCKED' | 'NO_DECIDING_VOTES' | 'TIE' | 'DUAL_MAJORITY_FAILED';

export interface ClassWeight {
  memberClass: MemberClass;
  /** n_k: the class's ballots that take part in the share (abstentions left out). */
  voters: number;
  /** The class's weight after the investor cap (W_k, or 1 per voter for one member one vote). */
  classWeight: Rational;
  /** w = W_k / n_k: what one of its ballots weighs. */
  ballotWeight: Rational;
}

export interface OptionTotal {
  /** An option id, or a consent choice. */
  key: string;
  ballots: number;
  weight: Rational;
}

export interface RankedRound {
  totals: OptionTotal[];
  /** Weight of ballots with no continuing option left. */
  exhausted: Rational;
  eliminated: string | null;
  /** How a tie for elimination was broken. */
  tieBreak: 'EARLIER_ROUND' | 'LOT' | null;
}

export interface TallyResult {
  outcome: TallyOutcome;
  reason: OutcomeReason;
  electorate: number;
  ballotsCast: number;
  abstentions: number;
  /** Ballots needed for quorum: ceil(electorate × quorum). */
  quorumNeeded: number;
  weights: ClassWeight[];
  /** The final totals (the last round for ranked choice). */
  totals: OptionTotal[];
  rounds: RankedRound[];
  winner: string | null;
  /** The winner's (or AGREE's) share of the deciding weight. */
  share: Rational;
  blocks: number;
  /** The patron classes' own result, when dual majority is on. */
  patronOutcome: TallyOutcome | null;
}

const CLASS_INDEX = new Map(MEMBER_CLASSES.map((memberClass, index) => [memberClass, index]));
const INVESTOR = CLASS_INDEX.get('INVESTOR')!;

/**
 * The weight of one ballot of each class: w = W_k / n_k among the classes that have deciding
 * ballots, with investors' part of the whole capped at investorCapBp:
 * if W_I / (W_I + R) > c then W_I = c·R / (1 − c), R being the others' weight.
 * One member one vote gives every ballot 1.
 */
export function classWeights(voters: readonly number[], rules: TallyRules): ClassWeight[] {
  const present = MEMBER_CLASSES.map((_, index) => voters[index] > 0);
  const weights = MEMBER_CLASSES.map((memberClass, index) =>
    !present[index]
      ? ZERO
      : rules.weighting === 'ONE_MEMBER_ONE_VOTE'
        ? rational(voters[index])
        : rational(rules.classWeight[memberClass]),
  );
  const cap = rational(rules.investorCapBp, 10_000);
  const others = sum(weights.filter((_, index) => index !== INVESTOR));
  const investors = weights[INVESTOR];
  const total = add(others, investors);
  if (compare(investors, ZERO) > 0 && compare(div(investors, total), cap) > 0) {
    weights[INVESTOR] = div(mul(cap, others), sub(ONE, cap));
  }
  return MEMBER_CLASSES.map((memberClass, index) => ({
    memberClass,
    voters: voters[index],
    classWeight: weights[index],
    ballotWeight: present[index] ? rational(weights[index].num, weights[index].den * BigInt(voters[index])) : ZERO,
  }));
}

/** The weight of ballots counted per class: Σ_k count_k × w_k. */
function weigh(countsByClass: readonly number[], weights: readonly ClassWeight[]): Rational {
  let total = ZERO;
  for (let k = 0; k < countsByClass.length; k++)
    if (countsByClass[k] > 0) total = add(total, times(weights[k].ballotWeight, countsByClass[k]));
  return total;
}

/** The lot for ties: options ordered by SHA-256 of "<pollId>:<optionId>", lowest first. Anyone can recompute it. */
export function lotOrder(pollId: string, options: readonly string[]): string[] {
  const keyed = options.map((option) => ({ option, key: createHash('sha256').update(`${pollId}:${option}`).digest('hex') }));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ option }) => option);
}

const meetsThreshold = (part: Rational, whole: Rational, [num, den]: readonly [bigint, bigint]) =>
  part.num * whole.den * den >= num * whole.num * part.den;

interface Counted {
  outcome: Exclude<TallyOutcome, 'NO_QUORUM'>;
  reason: OutcomeReason;
  totals: OptionTotal[];
  rounds: RankedRound[];
  winner: string | null;
  share: Rational;
  blocks: number;
}

/** Tallies the deciding (non-abstaining) ballots; ballots are pre-validated. */
function count(input: TallyInput, ballots: readonly TallyBallot[], weights: ClassWeight[]): Counted {
  switch (input.type) {
    case 'CONSENT':
      return countConsent(input, ballots, weights);
    case 'SINGLE_CHOICE':
      return countPlurality(input, ballots, weights, (choice, add) => add(choice.option!, 1));
    case 'SCORE':
      return countPlurality(input, ballots, weights, (choice, add) => {
        for (const [option, score] of Object.entries(choice.scores!)) add(option, score);
      });
    case 'RANKED_CHOICE':
      return countRanked(input, ballots, weights);
  }
}

function countConsent(input: TallyInput, ballots: readonly TallyBallot[], weights: ClassWeight[]): Counted {
  const counts = new Map<string, number[]>(CONSENT_CHOICES.map((choice) => [choice, MEMBER_CLASSES.map(() => 0)]));
  for (const ballot of ballots) counts.get(ballot.choice.consent!)![CLASS_INDEX.get(ballot.memberClass)!]++;
  const totals = CONSENT_CHOICES.filter((choice) => choice !== 'ABSTAIN').map((key) => ({
    key,
    ballots: counts.get(key)!.reduce((a, b) => a + b, 0),
    weight: weigh(counts.get(key)!, weights),
  }));
  const [agree, disagree, block] = totals;
  const against = add(disagree.weight, block.weight);
  const deciding = add(agree.weight, against);
  const share = compare(deciding, ZERO) > 0 ? div(agree.weight, deciding) : ZERO;
  const base = { totals, rounds: [], share, blocks: block.ballots };
  if (input.rules.blockStops && block.ballots > 0) return { ...base, outcome: 'REJECTED', reason: 'BLOCKED', winner: null };
  if (compare(deciding, ZERO) === 0) return { ...base, outcome: 'REJECTED', reason: 'NO_DECIDING_VOTES', winner: null };
  const passes = compare(agree.weight, against) > 0 && meetsThreshold(agree.weight, deciding, input.rules.threshold);
  return passes
    ? { ...base, outcome: 'PASSED', reason: 'PASSED', winner: 'AGREE' }
    : { ...base, outcome: 'REJECTED', reason: 'BELOW_THRESHOLD', winner: null };
}

/** Single choice (1 point to the option chosen) and score (0–5 to each): the option with the most weight wins alone. */
function countPlurality(
  input: TallyInput,
  ballots: readonly TallyBallot[],
  weights: ClassWeight[],
  points: (choice: BallotChoice, add: (option: string, points: number) => void) => void,
): Counted {
  const counts = new Map<string, number[]>(input.options.map((option) => [option, MEMBER_CLASSES.map(() => 0)]));
  const ballotsFor = new Map<string, number>(input.options.map((option) => [option, 0]));
  for (const ballot of ballots) {
    const k = CLASS_INDEX.get(ballot.memberClass)!;
    points(ballot.choice, (option, value) => {
      counts.get(option)![k] += value;
      if (value > 0) ballotsFor.set(option, ballotsFor.get(option)! + 1);
    });
  }
  const totals = input.options.map((key) => ({ key, ballots: ballotsFor.get(key)!, weight: weigh(counts.get(key)!, weights) }));
  const ranked = [...totals].sort((a, b) => compare(b.weight, a.weight));
  const [first, second] = ranked;
  // Score polls share a ballot's weight across every option scored, so the deciding weight is the ballots' weight.
  const deciding =
    input.type === 'SCORE' ? times(weigh(classCounts(ballots), weights), MAX_SCORE) : sum(totals.map((total) => total.weight));
  const base = { totals, rounds: [], blocks: 0 };
  if (!first || compare(first.weight, ZERO) === 0) {
    return { ...base, outcome: 'REJECTED', reason: 'NO_DECIDING_VOTES', winner: null, share: ZERO };
  }
  const share = div(first.weight, deciding);
  if (second && compare(first.weight, second.weight) === 0)
    return { ...base, outcome: 'REJECTED', reason: 'TIE', winner: null, share };
  // A score poll picks the best-liked option; a single-choice poll needs the threshold's share.
  if (input.type === 'SINGLE_CHOICE' && !meetsThreshold(first.weight, deciding, input.rules.threshold)) {
    return { ...base, outcome: 'REJECTED', reason: 'BELOW_THRESHOLD', winner: null, share };
  }
  return { ...base, outcome: 'PASSED', reason: 'PASSED', winner: first.key, share };
}

function classCounts(ballots: readonly TallyBallot[]): number[] {
  const counts = MEMBER_CLASSES.map(() => 0);
  for (const ballot of ballots) counts[CLASS_INDEX.get(ballot.memberClass)!]++;
  return counts;
}

/**
 * Instant runoff. Each round counts every ballot for its highest-ranked option still in the
 * race; an option with more than half of the continuing weight wins (or the last one left).
 * Otherwise the option with the least weight is eliminated. A tie for least is broken by the
 * earlier rounds, latest first (the one with less weight in the round before goes, and so back
 * to the first preferences), and where they were level in every round, by lot (lotOrder: the
 * lowest hash goes). A ballot keeps its weight across rounds.
 */
function countRanked(input: TallyInput, ballots: readonly TallyBallot[], weights: ClassWeight[]): Counted {
  const optionIndex = new Map(input.options.map((option, index) => [option, index]));
  const optionCount = input.options.length;
  const classes = MEMBER_CLASSES.length;
  // Typed arrays, not an array per ballot: 100,000 ballots tally without garbage to collect.
  const starts = new Int32Array(ballots.length + 1);
  for (let b = 0; b < ballots.length; b++) starts[b + 1] = starts[b] + ballots[b].choice.ranking!.length;
  const ranked = new Int32Array(starts[ballots.length]);
  const classOf = new Int8Array(ballots.length);
  for (let b = 0; b < ballots.length; b++) {
    const ranking = ballots[b].choice.ranking!;
    for (let r = 0; r < ranking.length; r++) ranked[starts[b] + r] = optionIndex.get(ranking[r])!;
    classOf[b] = CLASS_INDEX.get(ballots[b].memberClass)!;
  }
  // counts[option * classes + k]: ballots of class k whose current choice is option; at[b]: where ballot b stands in `ranked`.
  const counts = new Array<number>(optionCount * classes).fill(0);
  const at = new Int32Array(ballots.length);
  const exhaustedByClass = new Array<number>(classes).fill(0);
  const continuing = new Array<boolean>(optionCount).fill(true);

  const place = (ballot: number, from: number) => {
    const end = starts[ballot + 1];
    let position = from;
    while (position < end && !continuing[ranked[position]]) position++;
    at[ballot] = position;
    if (position < end) counts[ranked[position] * classes + classOf[ballot]]++;
    else exhaustedByClass[classOf[ballot]]++;
  };
  for (let ballot = 0; ballot < ballots.length; ballot++) place(ballot, starts[ballot]);

  const rounds: RankedRound[] = [];
  const history: Rational[][] = [];
  const lot = lotOrder(input.pollId, input.options).map((option) => optionIndex.get(option)!);
  for (;;) {
    const roundWeights = input.options.map((_, o) =>
      continuing[o] ? weigh(counts.slice(o * classes, (o + 1) * classes), weights) : ZERO,
    );
    history.push(roundWeights);
    const alive = input.options.map((_, o) => o).filter((o) => continuing[o]);
    const totals = alive.map((o) => ({
      key: input.options[o],
      ballots: counts.slice(o * classes, (o + 1) * classes).reduce((a, b) => a + b, 0),
      weight: roundWeights[o],
    }));
    const exhausted = weigh(exhaustedByClass, weights);
    const continuingWeight = sum(alive.map((o) => roundWeights[o]));
    const leader = alive.reduce((best, o) => (compare(roundWeights[o], roundWeights[best]) > 0 ? o : best), alive[0]);
    const round: RankedRound = { totals, exhausted, eliminated: null, tieBreak: null };
    rounds.push(round);
    if (alive.length === 0 || compare(continuingWeight, ZERO) === 0) {
      return { outcome: 'REJECTED', reason: 'NO_DECIDING_VOTES', totals, rounds, winner: null, share: ZERO, blocks: 0 };
    }
    if (alive.length === 1 || compare(times(roundWeights[leader], 2), continuingWeight) > 0) {
      const share = div(roundWeights[leader], continuingWeight);
      const passes = meetsThreshold(roundWeights[leader], continuingWeight, input.rules.threshold);
      return {
        outcome: passes ? 'PASSED' : 'REJECTED',
        reason: passes ? 'PASSED' : 'BELOW_THRESHOLD',
        totals,
        rounds,
        winner: input.options[leader],
        share,
        blocks: 0,
      };
    }
    const { loser, tieBreak } = pickLoser(alive, history, lot);
    round.eliminated = input.options[loser];
    round.tieBreak = tieBreak;
    continuing[loser] = false;
    for (let ballot = 0; ballot < ballots.length; ballot++) {
      if (at[ballot] < starts[ballot + 1] && ranked[at[ballot]] === loser) {
        counts[loser * classes + classOf[ballot]]--;
        place(ballot, at[ballot] + 1);
      }
    }
  }
}

function pickLoser(alive: number[], history: Rational[][], lot: number[]): { loser: number; tieBreak: RankedRound['tieBreak'] } {
  const current = history[history.length - 1];
  const least = alive.reduce((low, o) => (compare(current[o], low) < 0 ? current[o] : low), current[alive[0]]);
  let tied = alive.filter((o) => compare(current[o], least) === 0);
  if (tied.length === 1) return { loser: tied[0], tieBreak: null };
  for (let round = history.length - 2; round >= 0 && tied.length > 1; round--) {
    const weights = history[round];
    const low = tied.reduce((min, o) => (compare(weights[o], min) < 0 ? weights[o] : min), weights[tied[0]]);
    tied = tied.filter((o) => compare(weights[o], low) === 0);
  }
  if (tied.length === 1) return { loser: tied[0], tieBreak: 'EARLIER_ROUND' };
  return { loser: lot.find((o) => tied.includes(o))!, tieBreak: 'LOT' };
}

/**
 * The whole tally of a closed poll. Quorum: ballots cast (abstentions included) against the
 * electorate frozen when voting opened; the share counts only deciding ballots. With dual
 * majority the patron classes' ballots alone must give the same result.
 */
export function tally(input: TallyInput): TallyResult {
  const abstentions = input.ballots.filter((ballot) => ballot.choice.abstain || ballot.choice.consent === 'ABSTAIN').length;
  const deciding = input.ballots.filter((ballot) => !(ballot.choice.abstain || ballot.choice.consent === 'ABSTAIN'));
  const ballotsCast = input.ballots.length;
  const quorumNeeded = Number((BigInt(input.electorate) * BigInt(input.rules.quorumBp) + 9_999n) / 10_000n);
  const weights = classWeights(classCounts(deciding), input.rules);
  const counted = count(input, deciding, weights);
  let patronOutcome: TallyOutcome | null = null;
  if (input.rules.dualMajority) {
    const patrons = deciding.filter((ballot) => PATRON_CLASSES.includes(ballot.memberClass));
    const patronWeights = weights.map((weight) =>
      weight.memberClass === 'INVESTOR' ? { ...weight, ballotWeight: ZERO } : weight,
    );
    const patronCount = count(input, patrons, patronWeights);
    patronOutcome = patronCount.outcome === 'PASSED' && patronCount.winner === counted.winner ? 'PASSED' : 'REJECTED';
  }
  const base = { electorate: input.electorate, ballotsCast, abstentions, quorumNeeded, weights, patronOutcome, ...counted };
  if (ballotsCast < quorumNeeded || ballotsCast === 0) return { ...base, outcome: 'NO_QUORUM', reason: 'NO_QUORUM' };
  if (counted.outcome === 'PASSED' && patronOutcome === 'REJECTED')
    return { ...base, outcome: 'REJECTED', reason: 'DUAL_MAJORITY_FAILED' };
  return base;
}
