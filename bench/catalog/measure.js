'use strict';
// Load and floor measurements. Every scenario: warm-up (>= `warmup` s), wait until PostgreSQL has no active query in
// the database, then one measured run of `duration` s at `connections` concurrent requests. Latencies are exact
// nearest-rank percentiles over every response, in ms; rps = completed requests / elapsed seconds.
const http = require('node:http');
const { readFileSync, statSync } = require('node:fs');
const autocannon = require('autocannon');
const { Pool } = require('pg');
const { pgOptions, sleep } = require('./common');

const TIMEOUT_S = 120;
const now = () => performance.timeOrigin + performance.now();

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = await res.json();
  if (res.status !== 200 || json.errors) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return +sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))].toFixed(2);
}

function summary(latencies, seconds, connections) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: +(latencies.length / seconds).toFixed(1),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
    requests: latencies.length,
    seconds: +seconds.toFixed(2),
    connections,
  };
}

// A request abandoned at the end of a run (autocannon drops what is in flight) keeps PostgreSQL busy; the next
// scenario must not start before it is done.
async function waitDbIdle(db) {
  const pool = new Pool({ ...pgOptions(db), max: 1 });
  try {
    for (let i = 0; i < 600; i++) {
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].n === 0) return;
      await sleep(500);
    }
  } finally {
    await pool.end();
  }
}

/** Runs `fn` on `connections` loops until `seconds` have passed; the latency of each call goes to `latencies`. */
async function loops(connections, seconds, fn, latencies) {
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const started = now();
        await fn();
        latencies?.push(now() - started);
      }
    }),
  );
}

async function runHttp({ url, body, db, duration, connections, warmup }) {
  // Warm-up in awaited rounds, so that no abandoned request leaks into the measured run.
  const until = Date.now() + warmup * 1000;
  do await Promise.all(Array.from({ length: connections }, () => post(url, body)));
  while (Date.now() < until);
  await waitDbIdle(db);
  const latencies = [];
  const started = now();
  const result = await new Promise((resolve, reject) => {
    const run = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration, timeout: TIMEOUT_S },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    run.on('response', (client, statusCode, bytes, ms) => latencies.push(ms));
  });
  const seconds = (now() - started) / 1000;
  await waitDbIdle(db);
  return { ...summary(latencies, seconds, connections), non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
}

/**
 * The statements the server ran for one request (`body`), read from its BENCH_RECORD_SQL file, grouped in waves:
 * the statements of a wave overlapped in the server (run concurrently), the waves ran one after the other.
 * Requests before the captured one fill the server's caches, so one-off statements are not captured.
 */
async function captureStatements({ url, body, recordFile }) {
  for (let i = 0; i < 3; i++) await post(url, body);
  const offset = statSync(recordFile, { throwIfNoEntry: false })?.size ?? 0;
  const started = now();
  await post(url, body);
  const ended = now();
  await sleep(100);
  const statements = readFileSync(recordFile, 'utf8')
    .slice(offset)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((s) => s.started >= started && s.started <= ended)
    .sort((a, b) => a.started - b.started);
  return toWaves(statements);
}

/** Statements (sorted by start) in waves: those of a wave overlapped in the server, the waves ran one after the other. */
function toWaves(statements) {
  const waves = [];
  let waveEnd = -Infinity;
  for (const s of statements) {
    if (s.started >= waveEnd) waves.push([]);
    waveEnd = s.started >= waveEnd ? s.ended : Math.max(waveEnd, s.ended);
    waves.at(-1).push({ text: s.text, values: s.values });
  }
  return waves;
}

/** The captured statements straight through `pg`: Pool of `connections`, as many loops, waves in order. */
function runFloor({ waves, ...options }) {
  return runFloorMix({ wavesPerBody: [waves], sequence: [0], ...options });
}

/** One POST over a keep-alive agent; resolves with the status, whether the cache answered (`age`) and the body. */
function request(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, cached: res.headers.age !== undefined, text: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The mixed workload over HTTP: `connections` loops, each taking the next search of `sequence` (indexes into
 * `bodies`), the warm-up continuing into the measured run. Counts the responses the public query cache answered.
 */
async function runMixHttp({ url, bodies, sequence, db, duration, connections, warmup }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let next = 0;
  let failures = 0;
  let firstFailure = null;
  let cached = 0;
  const distinct = new Set();
  const one = async (measured) => {
    const index = sequence[next++ % sequence.length];
    const res = await request(agent, url, bodies[index]);
    if (res.status !== 200 || res.text.includes('"errors"')) {
      failures++;
      firstFailure ??= res.text.slice(0, 300);
    }
    if (measured) {
      distinct.add(index);
      if (res.cached) cached++;
    }
  };
  try {
    await loops(connections, warmup, () => one(false));
    await waitDbIdle(db);
    const latencies = [];
    const started = now();
    await loops(connections, duration, () => one(true), latencies);
    const seconds = (now() - started) / 1000;
    await waitDbIdle(db);
    return {
      ...summary(latencies, seconds, connections),
      distinct: distinct.size,
      cacheHitRate: +(cached / latencies.length).toFixed(3),
      failures,
      ...(firstFailure ? { firstFailure } : {}),
    };
  } finally {
    agent.destroy();
  }
}

/** The statements of every body in turn (as captureStatements, without its warm-up requests): waves per body. */
async function captureMix({ url, bodies, recordFile }) {
  for (let i = 0; i < 3; i++) await post(url, bodies[0]);
  const windows = [];
  for (const body of bodies) {
    const started = now();
    await post(url, body);
    windows.push([started, now()]);
  }
  await sleep(100);
  const statements = readFileSync(recordFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .sort((a, b) => a.started - b.started);
  let k = 0;
  return windows.map(([started, ended]) => {
    while (k < statements.length && statements[k].started < started) k++;
    const mine = [];
    while (k < statements.length && statements[k].started <= ended) mine.push(statements[k++]);
    return toWaves(mine);
  });
}

/** The floor of the mixed workload: each loop replays the captured waves of the next search of the sequence. */
async function runFloorMix({ db, wavesPerBody, sequence, duration, connections, warmup }) {
  const pool = new Pool({ ...pgOptions(db), max: connections });
  let next = 0;
  try {
    const one = async () => {
      for (const wave of wavesPerBody[sequence[next++ % sequence.length]]) {
        await Promise.all(wave.map((s) => pool.query(s.text, s.values)));
      }
    };
    await loops(connections, warmup, one);
    await waitDbIdle(db);
    const latencies = [];
    const started = now();
    await loops(connections, duration, one, latencies);
    return summary(latencies, (now() - started) / 1000, connections);
  } finally {
    await pool.end();
  }
}

module.exports = { post, runHttp, runFloor, captureStatements, runMixHttp, captureMix, runFloorMix };
