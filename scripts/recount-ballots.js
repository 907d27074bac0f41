#!/usr/bin/env node
// Recounts a closed vote offline, with nothing but Node:
//   node scripts/recount-ballots.js ballots.json
// where ballots.json comes from GET /governance/proposals/<id>/ballots.json: the poll, the rules
// frozen when voting opened, the electorate size, every counted ballot (receipt, class, choice;
// no member ids) and the published result. The rules are those of libs/governance/README.md.
// Written apart from the API's own tally on purpose, so it checks that code rather than repeats it.
// Prints "recount agrees: …" and exits 0, or each difference and exits 1.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const CLASSES = ['CONSUMER', 'PRODUCER', 'WORKER', 'INVESTOR'];
const PATRONS = ['CONSUMER', 'PRODUCER', 'WORKER'];

// Fractions as [numerator, denominator] of BigInts, kept reduced.
const gcd = (a, b) => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function frac(n, d = 1n) {
  n = BigInt(n);
  d = BigInt(d);
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
}
const plus = (x, y) => frac(x[0] * y[1] + y[0] * x[1], x[1] * y[1]);
const scale = (x, k) => frac(x[0] * BigInt(k), x[1]);
const cmp = (x, y) => {
  const l = x[0] * y[1];
  const r = y[0] * x[1];
  return l < r ? -1 : l > r ? 1 : 0;
};
const text = (x) => (x[1] === 1n ? `${x[0]}` : `${x[0]}/${x[1]}`);
const parse = (s) => {
  const [n, d = '1'] = String(s).split('/');
  return frac(n, d);
};

const isAbstention = (ballot) => ballot.choice.abstain === true || ballot.choice.consent === 'ABSTAIN';

/** What one deciding ballot of each class weighs. */
function ballotWeights(deciding, rules) {
  const n = Object.fromEntries(CLASSES.map((k) => [k, deciding.filter((b) => b.memberClass === k).length]));
  const W = {};
  for (const k of CLASSES)
    W[k] = n[k] === 0 ? frac(0) : rules.weighting === 'ONE_MEMBER_ONE_VOTE' ? frac(n[k]) : frac(rules.classWeight[k]);
  const rest = PATRONS.reduce((acc, k) => plus(acc, W[k]), frac(0));
  const cap = frac(rules.investorCapBp, 10000);
  const all = plus(rest, W.INVESTOR);
  // W_I / all > cap  ⇔  W_I · cap.den · all.den > cap.num · all.num · W_I.den
  if (W.INVESTOR[0] > 0n && W.INVESTOR[0] * cap[1] * all[1] > cap[0] * all[0] * W.INVESTOR[1]) {
    W.INVESTOR = frac(cap[0] * rest[0] * cap[1], rest[1] * cap[1] * (cap[1] - cap[0]));
  }
  return Object.fromEntries(CLASSES.map((k) => [k, n[k] === 0 ? frac(0) : frac(W[k][0], W[k][1] * BigInt(n[k]))]));
}

function reaches(part, whole, threshold) {
  const [tn, td] = parse(threshold);
  return part[0] * whole[1] * td >= tn * whole[0] * part[1];
}

function lotRank(pollId, option) {
  return createHash('sha256').update(`${pollId}:${option}`).digest('hex');
}

function count(poll, ballots, w) {
  const weightOf = (ballot) => w[ballot.memberClass];
  const sumOver = (list, points) => list.reduce((acc, ballot) => plus(acc, scale(weightOf(ballot), points(ballot))), frac(0));
  if (poll.pollType === 'CONSENT') {
    const of = (answer) => sumOver(ballots, (b) => (b.choice.consent === answer ? 1 : 0));
    const agree = of('AGREE');
    const against = plus(of('DISAGREE'), of('BLOCK'));
    const blocks = ballots.filter((b) => b.choice.consent === 'BLOCK').length;
    const deciding = plus(agree, against);
    if (poll.rules.blockStops && blocks > 0) return { outcome: 'REJECTED', reason: 'BLOCKED', winner: null };
    if (deciding[0] === 0n) return { outcome: 'REJECTED', reason: 'NO_DECIDING_VOTES', winner: null };
    return cmp(agree, against) > 0 && reaches(agree, deciding, poll.rules.threshold)
      ? {
          outcome: 'PASSED',
          reason: 'PASSED',
          winner: 'AGREE',
          share: text(frac(agree[0] * deciding[1], agree[1] * deciding[0])),
        }
      : { outcome: 'REJECTED', reason: 'BELOW_THRESHOLD', winner: null };
  }
  const options = poll.options.map((o) => o.id);
  if (poll.pollType === 'SINGLE_CHOICE' || poll.pollType === 'SCORE') {
    const points = (option) => (b) => (poll.pollType === 'SCORE' ? b.choice.scores[option] : b.choice.option === option ? 1 : 0);
    const totals = options.map((option) => ({ option, weight: sumOver(ballots, points(option)) }));
    totals.sort((x, y) => cmp(y.weight, x.weight));
    const deciding =
      poll.pollType === 'SCORE'
        ? scale(
            sumOver(ballots, () => 1),
            5,
          )
        : totals.reduce((acc, t) => plus(acc, t.weight), frac(0));
    if (!totals.length || totals[0].weight[0] === 0n) return { outcome: 'REJECTED', reason: 'NO_DECIDING_VOTES', winner: null };
    if (totals[1] && cmp(totals[0].weight, totals[1].weight) === 0) return { outcome: 'REJECTED', reason: 'TIE', winner: null };
    if (poll.pollType === 'SINGLE_CHOICE' && !reaches(totals[0].weight, deciding, poll.rules.threshold)) {
      return { outcome: 'REJECTED', reason: 'BELOW_THRESHOLD', winner: null };
    }
    return { outcome: 'PASSED', reason: 'PASSED', winner: totals[0].option };
  }
  // Ranked choice: instant runoff, ties for last broken by earlier rounds then by lot.
  let alive = [...options];
  const history = [];
  const eliminated = [];
  for (;;) {
    const top = (b) => b.choice.ranking.find((option) => alive.includes(option));
    const round = Object.fromEntries(alive.map((option) => [option, sumOver(ballots, (b) => (top(b) === option ? 1 : 0))]));
    history.push(round);
    const continuing = alive.reduce((acc, option) => plus(acc, round[option]), frac(0));
    if (continuing[0] === 0n) return { outcome: 'REJECTED', reason: 'NO_DECIDING_VOTES', winner: null, eliminated };
    const leader = alive.reduce((best, option) => (cmp(round[option], round[best]) > 0 ? option : best), alive[0]);
    if (alive.length === 1 || cmp(scale(round[leader], 2), continuing) > 0) {
      const passes = reaches(round[leader], continuing, poll.rules.threshold);
      return {
        outcome: passes ? 'PASSED' : 'REJECTED',
        reason: passes ? 'PASSED' : 'BELOW_THRESHOLD',
        winner: leader,
        eliminated,
      };
    }
    let tied = alive.filter((option) => alive.every((other) => cmp(round[option], round[other]) <= 0));
    for (let r = history.length - 2; r >= 0 && tied.length > 1; r--) {
      const low = tied.filter((option) => tied.every((other) => cmp(history[r][option], history[r][other]) <= 0));
      tied = low;
    }
    const loser = tied.sort((x, y) => (lotRank(poll.pollId, x) < lotRank(poll.pollId, y) ? -1 : 1))[0];
    eliminated.push(loser);
    alive = alive.filter((option) => option !== loser);
  }
}

function recount(poll) {
  if (poll.format !== 'allmende-ballots/1') throw new Error(`Unknown format ${poll.format}`);
  const deciding = poll.ballots.filter((ballot) => !isAbstention(ballot));
  const w = ballotWeights(deciding, poll.rules);
  let result = count(poll, deciding, w);
  if (poll.rules.dualMajority && result.outcome === 'PASSED') {
    const patrons = count(
      poll,
      deciding.filter((b) => PATRONS.includes(b.memberClass)),
      { ...w, INVESTOR: frac(0) },
    );
    if (patrons.outcome !== 'PASSED' || patrons.winner !== result.winner)
      result = { ...result, outcome: 'REJECTED', reason: 'DUAL_MAJORITY_FAILED' };
  }
  const cast = poll.ballots.length;
  const needed = Number((BigInt(poll.electorate) * BigInt(poll.rules.quorumBp) + 9999n) / 10000n);
  if (cast === 0 || cast < needed) result = { ...result, outcome: 'NO_QUORUM', reason: 'NO_QUORUM' };
  return { ...result, weights: Object.fromEntries(CLASSES.map((k) => [k, text(w[k])])), cast };
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/recount-ballots.js ballots.json');
    process.exit(2);
  }
  const poll = JSON.parse(readFileSync(file, 'utf8'));
  const mine = recount(poll);
  const published = poll.result;
  const differences = [];
  for (const field of ['outcome', 'reason', 'winner']) {
    if ((mine[field] ?? null) !== (published[field] ?? null))
      differences.push(`${field}: recount ${mine[field]}, published ${published[field]}`);
  }
  if (mine.cast !== published.ballotsCast) differences.push(`ballots: recount ${mine.cast}, published ${published.ballotsCast}`);
  for (const weight of published.weights) {
    if (mine.weights[weight.memberClass] !== weight.ballotWeight) {
      differences.push(
        `${weight.memberClass} ballot weight: recount ${mine.weights[weight.memberClass]}, published ${weight.ballotWeight}`,
      );
    }
  }
  if (mine.eliminated) {
    const publishedOrder = published.rounds.map((round) => round.eliminated).filter(Boolean);
    if (mine.eliminated.join(',') !== publishedOrder.join(','))
      differences.push(`eliminations: recount ${mine.eliminated}, published ${publishedOrder}`);
  }
  if (differences.length) {
    for (const line of differences) console.log(line);
    process.exit(1);
  }
  console.log(
    `recount agrees: ${mine.outcome} (${mine.reason})${mine.winner ? `, winner ${mine.winner}` : ''}, ${mine.cast} ballots`,
  );
}

main();
