'use strict';
// Catalog benchmark: our API against the SQL it runs (the floor) and against the Vendure peer, per catalog size.
//
//   npm run bench:catalog -- [--sizes 10000,100000] [--duration 20] [--connections 10] [--warmup 3] [--peer on|off]
//                            [--peer-dir ../shared/peers/vendure] [--dist dist]
//
// Per size: generate our catalog; start our API with the SQL recorder and capture the statements of one search and
// one list request; restart it plain and load it (search, list); replay the captured statements through `pg` (the
// floor). Then the same for the peer: its own populate (--index sql), capture, load, floor. One JSON line per step,
// saved to bench/results/catalog-<timestamp>.jsonl, and a table per size at the end.
const path = require('node:path');
const { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { Client } = require('pg');
const { arg, machine, pgOptions } = require('./common');
const { generate } = require('./generate');
const { post, runHttp, runFloor, captureStatements, runMixHttp, captureMix, runFloorMix } = require('./measure');
const { OURS, PEER, PEER_FACETS } = require('./queries');
const { buildWorkload, ourBodies, peerBodies, PEER_FACET_PAIRS } = require('./workload');
const { REPO, PEER_DB, startOurs, startPeer, populatePeer, peerFacetValueIds } = require('./servers');

// One database per size, so that a catalog made once (1,000,000 products take a while) can be measured again: --reuse.
const ourDb = (size) => `allmende_bench_${size}`;
const REUSE = arg('reuse', false) === true;
const SIZES = String(arg('sizes', '10000,100000')).split(',').map(Number);
const LOAD = {
  duration: Number(arg('duration', 20)),
  connections: Number(arg('connections', 10)),
  warmup: Number(arg('warmup', 3)),
};
const PEER_ON = arg('peer', 'on') !== 'off';
// Our API's public query cache (PUBLIC_QUERY_CACHE_SECONDS) for the `ours-mix-cached` run: 10 s as shipped. Every other
// scenario runs with the cache off, so that each request reaches PostgreSQL.
const CACHE_SECONDS = String(arg('cache-seconds', 10));
const WORKLOAD = buildWorkload({ distinct: Number(arg('distinct', 1500)) });
const PEER_DIR = path.resolve(REPO, arg('peer-dir', '../shared/peers/vendure'));

const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const resultsFile = path.join(REPO, 'bench/results', `catalog-${stamp}.jsonl`);
const lines = [];
function emit(line) {
  lines.push(line);
  console.log(JSON.stringify(line));
  appendFileSync(resultsFile, JSON.stringify(line) + '\n');
}

/** The build is copied first, so a rebuild of dist/ during the run cannot change what is measured. */
function snapshotBuild(work) {
  const dist = path.join(work, 'dist');
  cpSync(path.resolve(REPO, arg('dist', 'dist')), dist, { recursive: true });
  symlinkSync(path.join(REPO, 'node_modules'), path.join(work, 'node_modules'));
  return dist;
}

/** The catalog library exports its search SQL builder for benchmarks: does it give exactly what the API ran? */
async function checkBuilder(dist, waves, db) {
  const index = path.join(dist, 'libs/catalog/src/index.js');
  const { buildSearchStatements, buildWordStatement, searchTerms, searchQuery } = require(index);
  if (typeof buildSearchStatements !== 'function') throw new Error(`${index} does not export buildSearchStatements (yet)`);
  const input = OURS.search.builderInput;
  const words = buildWordStatement(searchTerms(input.query));
  const client = new Client(pgOptions(db));
  await client.connect();
  const expansions = (await client.query(words.text, words.values)).rows;
  await client.end();
  const built = [words, ...Object.values(buildSearchStatements(input, searchQuery(expansions)))];
  const key = (s) => JSON.stringify([s.text, s.values]);
  const expected = built.map(key).sort();
  const recorded = waves.flat().map(key).sort();
  return JSON.stringify(expected) === JSON.stringify(recorded);
}

/**
 * Capture, load and floor of one server; `start({ recordFile, cacheSeconds })` starts it and returns { url, stop }.
 * `mix` (optional): { bodies(post) -> request bodies, floor: whether to capture and replay their SQL, cached: whether
 * to run the mix once more with the public query cache on }.
 */
async function measureSide({ side, size, db, start, bodies, totals, work, mix }) {
  const recordFile = path.join(work, `${side}-${size}.sql.jsonl`);
  const captured = {};
  let mixBodies = null;
  let mixWaves = null;
  let server = await start({ recordFile, logFile: path.join(work, `${side}-${size}-record.log`) });
  try {
    for (const [name, body] of Object.entries(bodies)) {
      captured[name] = {
        total: totals[name](await post(server.url, body)),
        waves: await captureStatements({ url: server.url, body, recordFile }),
      };
      if (!captured[name].waves.flat().length) throw new Error(`${side}-${name}: no SQL was captured`);
    }
    if (mix) {
      const started = Date.now();
      mixBodies = await mix.bodies((body) => post(server.url, body));
      if (mix.floor) mixWaves = await captureMix({ url: server.url, bodies: mixBodies, recordFile });
      emit({ kind: 'mix-prepared', size, side, bodies: mixBodies.length, seconds: +((Date.now() - started) / 1000).toFixed(1) });
    }
  } finally {
    await server.stop();
  }
  server = await start({ logFile: path.join(work, `${side}-${size}.log`) });
  try {
    for (const [name, body] of Object.entries(bodies)) {
      const result = await runHttp({ url: server.url, body, db, ...LOAD });
      emit({ kind: 'scenario', size, scenario: `${side}-${name}`, total: captured[name].total, ...result });
    }
    if (mix) {
      const result = await runMixHttp({ url: server.url, bodies: mixBodies, sequence: WORKLOAD.sequence, db, ...LOAD });
      emit({ kind: 'scenario', size, scenario: `${side}-mix`, ...result });
    }
  } finally {
    await server.stop();
  }
  if (mix?.cached) {
    server = await start({ logFile: path.join(work, `${side}-${size}-cached.log`), cacheSeconds: CACHE_SECONDS });
    try {
      const result = await runMixHttp({ url: server.url, bodies: mixBodies, sequence: WORKLOAD.sequence, db, ...LOAD });
      emit({ kind: 'scenario', size, scenario: `${side}-mix-cached`, cacheSeconds: Number(CACHE_SECONDS), ...result });
    } finally {
      await server.stop();
    }
  }
  for (const [name, { waves }] of Object.entries(captured)) {
    const floor = await runFloor({ db, waves, ...LOAD });
    emit({
      kind: 'scenario',
      size,
      scenario: `${side}-floor-${name}`,
      statements: waves.flat().length,
      waves: waves.length,
      ...floor,
    });
  }
  if (mixWaves) {
    const floor = await runFloorMix({ db, wavesPerBody: mixWaves, sequence: WORKLOAD.sequence, ...LOAD });
    const statements = mixWaves.reduce((sum, waves) => sum + waves.flat().length, 0) / mixWaves.length;
    emit({ kind: 'scenario', size, scenario: `${side}-floor-mix`, statementsPerRequest: +statements.toFixed(2), ...floor });
  }
  return captured;
}

/** The product count of an existing benchmark catalog, or null. */
async function existingCatalog(db) {
  const client = new Client(pgOptions(db));
  try {
    await client.connect();
    return (await client.query(`SELECT count(*)::int AS n FROM product`)).rows[0].n;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function runSize(size, dist, work) {
  const ourDatabase = ourDb(size);
  if (REUSE && (await existingCatalog(ourDatabase)) === size) emit({ kind: 'generate', size, db: ourDatabase, reused: true });
  else emit({ kind: 'generate', size, ...(await generate({ n: size, dist, db: ourDatabase })) });
  const ours = await measureSide({
    side: 'ours',
    size,
    db: ourDatabase,
    work,
    start: (o) => startOurs({ dist, db: ourDatabase, cacheSeconds: '0', ...o }),
    bodies: Object.fromEntries(
      Object.entries(OURS).map(([name, q]) => [name, JSON.stringify({ query: q.query, variables: q.variables })]),
    ),
    totals: Object.fromEntries(Object.entries(OURS).map(([name, q]) => [name, q.total])),
    mix: { bodies: (send) => ourBodies(WORKLOAD.searches, send), floor: true, cached: true },
  });
  emit({ kind: 'check', size, builderIssuesApiSql: await checkBuilder(dist, ours.search.waves, ourDatabase) });
  if (!PEER_ON) return;

  emit({
    kind: 'populate-peer',
    size,
    ...(await populatePeer({ peerDir: PEER_DIR, n: size, logFile: path.join(work, `peer-populate-${size}.log`) })),
  });
  const facetIds = await peerFacetValueIds(PEER_FACETS);
  const mixFacetIds = Object.fromEntries(
    (await peerFacetValueIds(PEER_FACET_PAIRS)).map((id, k) => [PEER_FACET_PAIRS[k].join(':'), id]),
  );
  await measureSide({
    side: 'peer',
    size,
    db: PEER_DB,
    work,
    start: (o) => startPeer({ peerDir: PEER_DIR, ...o }),
    bodies: Object.fromEntries(
      Object.entries(PEER).map(([name, q]) => [name, JSON.stringify({ query: q.query, variables: q.variables(facetIds) })]),
    ),
    totals: Object.fromEntries(Object.entries(PEER).map(([name, q]) => [name, q.total])),
    // No floor for the peer's mix: capturing it would take seconds per search at 100,000 products.
    mix: { bodies: async () => peerBodies(WORKLOAD.searches, mixFacetIds), floor: false, cached: false },
  });
}

const fmt = (x, digits = 1) => (x == null ? '-' : x.toFixed(digits));
const ratio = (a, b) => (a && b ? a.rps / b.rps : null);

function printTables(head) {
  console.log(`\nmachine: ${head.cpu}, ${head.cores} cores, ${head.memGiB} GiB, ${head.os}, node ${head.node}, ${head.postgres}`);
  console.log(
    `load: ${LOAD.connections} connections, ${LOAD.duration} s per scenario, warm-up ${LOAD.warmup} s; public query cache off, ${CACHE_SECONDS} s for *-mix-cached; results: ${resultsFile}`,
  );
  console.log(
    `mix: ${WORKLOAD.searches.length} distinct searches, Zipf-drawn sequence of ${WORKLOAD.sequence.length} (bench/catalog/workload.js)`,
  );
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  const growth = [];
  for (const size of SIZES) {
    const byName = Object.fromEntries(lines.filter((l) => l.kind === 'scenario' && l.size === size).map((l) => [l.scenario, l]));
    console.log(`\n${size.toLocaleString('en')} products`);
    console.log(
      `${'scenario'.padEnd(20)}${'req/s'.padStart(9)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'requests'.padStart(10)}${'total'.padStart(8)}${'distinct'.padStart(10)}${'cache hits'.padStart(12)}`,
    );
    for (const [name, r] of Object.entries(byName)) {
      console.log(
        `${name.padEnd(20)}${fmt(r.rps).padStart(9)}${fmt(r.p50).padStart(10)}${fmt(r.p95).padStart(10)}${fmt(r.p99).padStart(10)}${String(r.requests).padStart(10)}${String(r.total ?? '').padStart(8)}${String(r.distinct ?? '').padStart(10)}${(r.cacheHitRate == null ? '' : `${(r.cacheHitRate * 100).toFixed(1)} %`).padStart(12)}`,
      );
    }
    const kinds = ['mix', 'search', 'list'];
    const row = (label, fn) => console.log(`${label.padEnd(28)}${kinds.map((q) => fmt(fn(q), 2).padStart(10)).join('')}`);
    console.log(`${'req/s ratio'.padEnd(28)}${kinds.map((q) => q.padStart(10)).join('')}`);
    row('ours / ours-floor', (q) => ratio(byName[`ours-${q}`], byName[`ours-floor-${q}`]));
    if (PEER_ON) {
      row('ours / peer', (q) => ratio(byName[`ours-${q}`], byName[`peer-${q}`]));
      row('peer / peer-floor', (q) => ratio(byName[`peer-${q}`], byName[`peer-floor-${q}`]));
    }
    const mix = byName['ours-mix'];
    const targets = [
      `mix p95 ${fmt(mix?.p95)} ms < ${size >= 1e6 ? 100 : 30} ms: ${verdict(mix?.p95 < (size >= 1e6 ? 100 : 30))}`,
      ...['mix', 'list'].map(
        (q) => `${q} >= 0.5 x floor: ${verdict(ratio(byName[`ours-${q}`], byName[`ours-floor-${q}`]) >= 0.5)}`,
      ),
    ];
    console.log(`targets (the issue sets them at 100,000, and p95 < 100 ms at 1,000,000): ${targets.join('; ')}`);
    if (mix) growth.push({ size, p95: mix.p95, rps: mix.rps });
  }
  if (growth.length > 1) {
    console.log('\ngrowth of ours-mix (cache off)');
    growth.forEach((g, k) => {
      const before = growth[k - 1];
      const change = before
        ? `  x${(g.size / before.size).toFixed(0)} products: p95 x${(g.p95 / before.p95).toFixed(2)}, req/s x${(g.rps / before.rps).toFixed(2)}`
        : '';
      console.log(
        `${g.size.toLocaleString('en').padStart(10)}  p95 ${fmt(g.p95).padStart(7)} ms  ${fmt(g.rps).padStart(7)} req/s${change}`,
      );
    });
  }
}

async function main() {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'allmende-bench-'));
  const dist = snapshotBuild(work);
  const client = new Client(pgOptions('postgres'));
  await client.connect();
  const postgres = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  const head = {
    kind: 'machine',
    ...machine(),
    postgres: `PostgreSQL ${postgres}`,
    sizes: SIZES,
    ...LOAD,
    peer: PEER_ON,
    cacheSeconds: Number(CACHE_SECONDS),
    mixDistinct: WORKLOAD.searches.length,
  };
  emit(head);
  for (const size of SIZES) await runSize(size, dist, work);
  printTables(head);
  rmSync(work, { recursive: true, force: true }); // kept on failure: it holds the server logs
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
