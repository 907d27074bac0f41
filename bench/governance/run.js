'use strict';
// Governance benchmark: tally 100,000 ranked-choice ballots over 10 options with class weights, from the built API (dist/).
//
//   npm run bench:governance -- [--ballots 100000] [--options 10] [--runs 7] [--dist dist]
//
// Two figures: the tally alone (the pure `tally()` over ballots in memory; target under 250 ms), and the whole close
// through the running app's ClosingService (read the ballots from PostgreSQL, tally, store the result, notify the
// electorate, in one transaction; target under 2 s) on a fresh database `allmende_bench_governance`.
const path = require('node:path');
const { Client } = require('pg');
const { arg, machine, pgOptions, databaseUrl } = require('../catalog/common');

const REPO = path.resolve(__dirname, '../..');
const DIST = path.resolve(REPO, arg('dist', 'dist'));
const BALLOTS = Number(arg('ballots', 100000));
const OPTIONS = Number(arg('options', 10));
const RUNS = Number(arg('runs', 7));
const TALLY_TARGET_MS = 250;
const CLOSE_TARGET_MS = 2000;
const DB = arg('db', 'allmende_bench_governance');

const { tally } = require(path.join(DIST, 'libs/governance/src/tally/tally.js'));

/** mulberry32: the same ballots on every run. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ballots ranking 1 to all options, popular options first more often, classes 50/25/15/10 %. */
function generateBallots(count, options) {
  const random = prng(13);
  const classes = [
    'CONSUMER',
    'CONSUMER',
    'CONSUMER',
    'CONSUMER',
    'CONSUMER',
    'PRODUCER',
    'PRODUCER',
    'PRODUCER',
    'WORKER',
    'WORKER',
  ];
  const ballots = [];
  for (let i = 0; i < count; i++) {
    const order = options.map((option, index) => ({ option, key: random() * (1 + index / 3) })).sort((a, b) => a.key - b.key);
    const length = 1 + Math.floor(random() * options.length);
    const memberClass = i % 10 === 9 ? 'INVESTOR' : classes[Math.floor(random() * classes.length)];
    ballots.push({ memberClass, choice: { ranking: order.slice(0, length).map((entry) => entry.option) } });
  }
  return ballots;
}

const RULES = {
  weighting: 'CLASS_WEIGHTS',
  classWeight: { CONSUMER: 3000, PRODUCER: 3000, WORKER: 2500, INVESTOR: 1500 },
  investorCapBp: 2500,
  dualMajority: false,
  quorumBp: 2000,
  threshold: [1n, 2n],
  blockStops: true,
};

async function time(work, before = async () => {}) {
  await before();
  await work();
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    await before();
    const start = process.hrtime.bigint();
    result = await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { result, medianMs: round(times[Math.floor(times.length / 2)]), bestMs: round(times[0]) };
}
const round = (ms) => Math.round(ms * 10) / 10;

/** A fresh database with the migrations, BALLOTS members (accounts and members made in SQL) and a vote with their ballots. */
async function seedVote(ballots, options) {
  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB}"`);
  await admin.end();
  const { DataSource } = require(require.resolve('typeorm', { paths: [REPO] }));
  const { dataSourceOptions } = require(path.join(DIST, 'apps/api/src/database/data-source.js'));
  const db = new DataSource(dataSourceOptions(databaseUrl(DB), { embedded: false }));
  await db.initialize(); // runs the migrations
  const classes = ballots.map((ballot) => ballot.memberClass);
  await db.query(
    `INSERT INTO account (email, password_hash, display_name) SELECT 'voter' || i || '@bench.example', 'x', 'Voter ' || i FROM generate_series(1, $1) i`,
    [ballots.length],
  );
  await db.query(
    `INSERT INTO member (account_id, applied_by, member_class, status, joined_at)
     SELECT a.id, a.id, c.member_class, 'ACTIVE', now()
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM account) a
       JOIN (SELECT member_class, ordinality AS n FROM unnest($1::text[]) WITH ORDINALITY AS t(member_class)) c USING (n)`,
    [classes],
  );
  const [author] = await db.query(`SELECT id, account_id FROM member ORDER BY number LIMIT 1`);
  const rules = { ...RULES, threshold: '1/2' };
  const [proposal] = await db.query(
    `INSERT INTO proposal (author_member_id, author_account_id, kind, state, title, problem_statement, body, poll_type, options,
       deliberation_started_at, voting_opened_at, voting_closes_at, electorate_size, rules)
     VALUES ($1, $2, 'GENERAL', 'VOTING', 'Bench vote', 'Which option?', '', 'RANKED_CHOICE', $3, now(), now(), now(), $4, $5) RETURNING id`,
    [
      author.id,
      author.account_id,
      JSON.stringify(options.map((id) => ({ id, label: id }))),
      ballots.length,
      JSON.stringify(rules),
    ],
  );
  await db.query(
    `INSERT INTO proposal_elector (proposal_id, member_id, member_class, account_id) SELECT $1, id, member_class, account_id FROM member`,
    [proposal.id],
  );
  const members = await db.query(`SELECT id FROM member ORDER BY number`);
  for (let i = 0; i < ballots.length; i += 10_000) {
    const batch = ballots.slice(i, i + 10_000);
    await db.query(
      `INSERT INTO ballot (proposal_id, member_id, member_class, choice, receipt)
       SELECT $1, unnest($2::uuid[]), unnest($3::text[]), unnest($4::jsonb[]), unnest($5::text[])`,
      [
        proposal.id,
        members.slice(i, i + 10_000).map((m) => m.id),
        batch.map((b) => b.memberClass),
        batch.map((b) => JSON.stringify(b.choice)),
        batch.map((_, j) => `BENCH-${i + j}`),
      ],
    );
  }
  await db.query('VACUUM ANALYZE');
  return { db, proposalId: proposal.id };
}

async function main() {
  console.log(JSON.stringify({ machine: machine() }));
  const options = Array.from({ length: OPTIONS }, (_, i) => `option-${i + 1}`);
  const ballots = generateBallots(BALLOTS, options);
  const input = {
    pollId: 'bench-poll',
    type: 'RANKED_CHOICE',
    options,
    ballots,
    electorate: Math.round(BALLOTS * 1.25),
    rules: RULES,
  };
  const tallied = await time(async () => tally(input));
  const tallyLine = {
    step: 'tally',
    ballots: BALLOTS,
    options: OPTIONS,
    rounds: tallied.result.rounds.length,
    winner: tallied.result.winner,
    outcome: tallied.result.outcome,
    medianMs: tallied.medianMs,
    bestMs: tallied.bestMs,
    targetMs: TALLY_TARGET_MS,
    met: tallied.medianMs < TALLY_TARGET_MS,
  };
  console.log(JSON.stringify(tallyLine));

  const { db, proposalId } = await seedVote(ballots, options);
  const { loadConfig, startServer } = require(path.join(DIST, 'apps/api/src/index.js'));
  const server = await startServer(
    loadConfig({
      DATABASE_URL: databaseUrl(DB),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      SERVE_STOREFRONT: 'false',
    }),
  );
  try {
    const { ClosingService } = require(path.join(DIST, 'libs/governance/src/index.js'));
    const { ClsService } = require(require.resolve('nestjs-cls', { paths: [REPO] }));
    const closing = server.app.get(ClosingService);
    const cls = server.app.get(ClsService);
    const reopen = async () => {
      await db.query(`UPDATE proposal SET state = 'VOTING', outcome = NULL, closed_at = NULL, result = NULL WHERE id = $1`, [
        proposalId,
      ]);
      await db.query(`DELETE FROM governance_notice`);
    };
    const closed = await time(() => cls.run(() => closing.close(proposalId, new Date())), reopen);
    const [stored] = await db.query(`SELECT state, outcome, result->>'winner' AS winner FROM proposal WHERE id = $1`, [
      proposalId,
    ]);
    const [{ notified }] = await db.query(`SELECT count(*)::int AS notified FROM governance_notice`);
    const closeLine = {
      step: 'close (read from PostgreSQL, tally, store, notify)',
      ballots: BALLOTS,
      state: stored.state,
      outcome: stored.outcome,
      winner: stored.winner,
      notified,
      medianMs: closed.medianMs,
      bestMs: closed.bestMs,
      targetMs: CLOSE_TARGET_MS,
      met: closed.medianMs < CLOSE_TARGET_MS,
    };
    console.log(JSON.stringify(closeLine));
    console.log(
      `\ntally of ${BALLOTS} ranked ballots, ${OPTIONS} options: median ${tallyLine.medianMs} ms (target < ${TALLY_TARGET_MS}: ${tallyLine.met ? 'met' : 'MISSED'})`,
    );
    console.log(
      `whole close: median ${closeLine.medianMs} ms (target < ${CLOSE_TARGET_MS}: ${closeLine.met ? 'met' : 'MISSED'}); median of ${RUNS} runs each`,
    );
  } finally {
    await server.stop();
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
