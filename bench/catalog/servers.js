'use strict';
// Starting and stopping the two servers (ours from the compiled build, the Vendure peer from its own folder), and
// building the peer's catalog with its own populate script. Every process started here is stopped by its PID.
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { openSync, readFileSync, existsSync } = require('node:fs');
const { Client } = require('pg');
const { pgOptions, databaseUrl, sleep } = require('./common');

const REPO = path.resolve(__dirname, '../..');
const RECORDER = path.join(__dirname, 'record-sql.js');
const PEER_DB = 'vendure_bench'; // the peer's default (src/vendure-config.js)
const children = new Set();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
}
process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const tail = (file) => readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');

function spawnLogged({ args, cwd, env, logFile }) {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  children.add(child);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  exited.then(() => children.delete(child));
  return { child, exited };
}

async function startServer({ name, args, cwd, env, port, logFile }) {
  const { child, exited } = spawnLogged({ args, cwd, env, logFile });
  let dead = false;
  exited.then(() => (dead = true));
  for (let i = 0; i < 240; i++) {
    if (dead) throw new Error(`${name} exited while starting; ${logFile}:\n${tail(logFile)}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) {
      return async function stop() {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        await exited;
        clearTimeout(timer);
      };
    }
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer /health within 120 s; ${logFile}:\n${tail(logFile)}`);
}

/** Our API from the compiled build; `recordFile` preloads the SQL recorder. */
async function startOurs({ dist, db, cacheSeconds, recordFile, logFile }) {
  const port = await freePort();
  const stop = await startServer({
    name: 'allmende api',
    args: [...(recordFile ? ['-r', RECORDER] : []), path.join(dist, 'apps/api/src/main.js')],
    cwd: REPO,
    port,
    logFile,
    env: {
      DATABASE_URL: databaseUrl(db),
      JWT_SECRET: 'bench-only-secret-not-used-for-anything-real',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      SERVE_STOREFRONT: 'false',
      PUBLIC_QUERY_CACHE_SECONDS: cacheSeconds,
      BENCH_RECORD_SQL: recordFile ?? '',
      // The load generator is one address registering and checking out many buyers: the abuse limits would refuse it.
      REGISTRATIONS_PER_HOUR: '1000000',
      CHECKOUTS_PER_HOUR: '1000000',
      REFUNDS_PER_HOUR: '1000000',
    },
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop };
}

/** The peer's shop API, run by its own start script from its own folder. */
async function startPeer({ peerDir, recordFile, logFile }) {
  const port = await freePort();
  const stop = await startServer({
    name: 'vendure peer',
    args: [...(recordFile ? ['-r', RECORDER] : []), 'src/start.js'],
    cwd: peerDir,
    port,
    logFile,
    env: { VENDURE_PORT: String(port), VENDURE_DISABLE_TELEMETRY: 'true', BENCH_RECORD_SQL: recordFile ?? '' },
  });
  return { url: `http://127.0.0.1:${port}/shop-api`, stop };
}

/** The peer's catalog of n products, by its own populate script, search index built in SQL (see its README). */
async function populatePeer({ peerDir, n, logFile }) {
  if (!existsSync(path.join(peerDir, 'node_modules'))) throw new Error(`the peer is not installed: run \`npm ci\` in ${peerDir}`);
  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [PEER_DB]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${PEER_DB}`);
  await admin.end();
  const started = Date.now();
  const { exited } = spawnLogged({ args: ['src/populate.js', '--n', String(n), '--index', 'sql'], cwd: peerDir, logFile });
  if ((await exited) !== 0) throw new Error(`peer populate failed; ${logFile}:\n${tail(logFile)}`);
  return { db: PEER_DB, n, index: 'sql', seconds: +((Date.now() - started) / 1000).toFixed(1) };
}

/** Ids of the peer's facet values, given as [facet code, value code] pairs. */
async function peerFacetValueIds(pairs) {
  const client = new Client(pgOptions(PEER_DB));
  await client.connect();
  try {
    const ids = [];
    for (const [facet, value] of pairs) {
      const { rows } = await client.query(
        `SELECT fv.id FROM facet_value fv JOIN facet f ON f.id = fv."facetId" WHERE f.code = $1 AND fv.code = $2`,
        [facet, value],
      );
      if (!rows.length) throw new Error(`peer facet value ${facet}:${value} not found`);
      ids.push(String(rows[0].id));
    }
    return ids;
  } finally {
    await client.end();
  }
}

module.exports = { REPO, PEER_DB, startOurs, startPeer, populatePeer, peerFacetValueIds };
