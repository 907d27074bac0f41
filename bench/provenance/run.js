'use strict';
// Provenance benchmark: verify a 10,000-record chain, and a tree of 1,000 input lots, from the built API (dist/).
//
//   npm run bench:provenance -- [--records 10000] [--leaves 1000] [--runs 7] [--dist dist] [--db allmende_bench_provenance]
//
// Two figures for each: the hash check alone (verifyTree over chains in memory) and the whole service call
// (ProvenanceQueryService.verify: reading the chains from PostgreSQL, then checking them). The chains are sealed
// by the library's own sealRecord and written straight into a fresh database. Target: 10,000 records in < 300 ms.
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { arg, pgOptions, databaseUrl, machine } = require('../catalog/common');

const REPO = path.resolve(__dirname, '../..');
const DIST = path.resolve(REPO, arg('dist', 'dist'));
const DB = arg('db', 'allmende_bench_provenance');
const RECORDS = Number(arg('records', 10000));
const LEAVES = Number(arg('leaves', 1000));
const RUNS = Number(arg('runs', 7));
const TARGET_MS = 300;

require(require.resolve('reflect-metadata', { paths: [REPO] }));
const chain = require(path.join(DIST, 'libs/provenance/src/services/chain.js'));
const { ProvenanceQueryService } = require(path.join(DIST, 'libs/provenance/src/services/provenance-query.service.js'));

/** Runs `work` RUNS times after one warm-up; the median and the best, in ms. */
async function time(work) {
  await work();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { medianMs: round(times[Math.floor(times.length / 2)]), bestMs: round(times[0]) };
}
const round = (ms) => Math.round(ms * 10) / 10;

/** A sealed chain: an origin (or a transformation of `inputs`) then inspections, an hour apart. */
function sealChain(lotId, length, actor, inputs) {
  const records = [];
  for (let position = 0; position < length; position++) {
    records.push(
      chain.sealRecord({
        id: randomUUID(),
        lotId,
        position,
        kind: position === 0 ? (inputs ? 'TRANSFORMATION' : 'ORIGIN') : 'INSPECTION',
        actorOrganisationId: actor.organisationId,
        occurredAt: chain.hashTime(new Date(Date.UTC(2025, 0, 1) + position * 3_600_000)),
        place: { name: 'Finca La Esperanza', country: 'MX', latitude: 15.17, longitude: -92.34 },
        description: `Step ${position} of lot ${lotId}`,
        evidence: null,
        details: position === 0 && inputs ? { inputs } : {},
        correctsRecordId: null,
        recordedBy: actor.accountId,
        recordedAt: chain.hashTime(new Date(Date.UTC(2025, 0, 1) + position * 3_600_000)),
        previousHash: records.at(-1)?.hash ?? null,
      }),
    );
  }
  return { lotId, headHash: records.at(-1).hash, recordCount: length, records, attestations: [] };
}

const anchor = (lot) => ({ lotId: lot.lotId, position: lot.recordCount - 1, hash: lot.headHash });

/** A root made from 10 intermediate lots, each made from LEAVES / 10 leaf lots of 5 records. */
function sealTree(actor) {
  const leaves = Array.from({ length: LEAVES }, () => sealChain(randomUUID(), 5, actor));
  const groups = 10;
  const middles = Array.from({ length: groups }, (_, g) =>
    sealChain(randomUUID(), 2, actor, leaves.filter((_, i) => i % groups === g).map(anchor)),
  );
  const root = sealChain(randomUUID(), 3, actor, middles.map(anchor));
  return { root, chains: [root, ...middles, ...leaves] };
}

async function freshDatabase() {
  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB}"`);
  await admin.end();
  const { DataSource } = require(require.resolve('typeorm', { paths: [REPO] }));
  const { dataSourceOptions } = require(path.join(DIST, 'apps/api/src/database/data-source.js'));
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(DB), { embedded: false }));
  await dataSource.initialize(); // runs the migrations
  return dataSource;
}

async function insertChains(db, actor, chains) {
  const rows = [];
  for (const lot of chains) {
    await db.query(
      `INSERT INTO provenance_lot (id, code, name, custody_model, creator_organisation_id, custodian_organisation_id,
         record_count, head_hash, traceable) VALUES ($1, $2, 'Bench lot', 'SEGREGATED', $3, $3, $4, $5, true)`,
      [lot.lotId, lot.lotId, actor.organisationId, lot.recordCount, lot.headHash],
    );
    rows.push(...lot.records);
  }
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000);
    const columns = (r) => [
      r.id,
      r.lotId,
      r.position,
      r.kind,
      r.actorOrganisationId,
      r.occurredAt,
      r.place.name,
      r.place.country,
      r.place.latitude,
      r.place.longitude,
      r.description,
      JSON.stringify(r.details),
      r.recordedBy,
      r.recordedAt,
      r.previousHash,
      r.hash,
    ];
    const width = columns(batch[0]).length;
    const values = batch.map((_, b) => `(${Array.from({ length: width }, (_, c) => `$${b * width + c + 1}`).join(', ')})`);
    await db.query(
      `INSERT INTO provenance_record (id, lot_id, position, kind, actor_organisation_id, occurred_at, place_name, place_country,
         latitude, longitude, description, details, recorded_by, recorded_at, previous_hash, hash) VALUES ${values.join(', ')}`,
      batch.flatMap(columns),
    );
  }
}

async function main() {
  const dataSource = await freshDatabase();
  try {
    const [account] = await dataSource.query(
      `INSERT INTO account (email, password_hash, display_name) VALUES ('bench@allmende.example', 'x', 'Bench') RETURNING id`,
    );
    const [organisation] = await dataSource.query(
      `INSERT INTO organisation (name, kind) VALUES ('Bench Co-op', 'COOPERATIVE') RETURNING id`,
    );
    const actor = { accountId: account.id, organisationId: organisation.id };
    const service = new ProvenanceQueryService({ tx: dataSource.manager });

    const long = sealChain(randomUUID(), RECORDS, actor);
    const tree = sealTree(actor);
    await insertChains(dataSource, actor, [long, ...tree.chains]);
    const treeRecords = tree.chains.reduce((sum, c) => sum + c.records.length, 0);

    const results = [];
    const measure = async (name, records, lots, work) => {
      const timing = await time(async () => {
        const outcome = await work();
        const breaks = Array.isArray(outcome) ? outcome : outcome.breaks;
        if (breaks.length) throw new Error(`${name}: unexpected breaks ${JSON.stringify(breaks.slice(0, 3))}`);
      });
      const line = { name, records, lots, ...timing, recordsPerSecond: Math.round((records / timing.medianMs) * 1000) };
      results.push(line);
      console.log(JSON.stringify(line));
    };
    await measure('chain: hashes only', RECORDS, 1, () => chain.verifyTree(new Map([[long.lotId, long]])));
    await measure('chain: service (PostgreSQL + hashes)', RECORDS, 1, () => service.verify(long.lotId));
    const treeMap = new Map(tree.chains.map((c) => [c.lotId, c]));
    await measure(`tree of ${LEAVES} input lots: hashes only`, treeRecords, tree.chains.length, () => chain.verifyTree(treeMap));
    await measure(`tree of ${LEAVES} input lots: service`, treeRecords, tree.chains.length, () =>
      service.verify(tree.root.lotId),
    );

    const m = machine();
    console.log(`\nmachine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB, Node ${m.node}, ${m.os}; median of ${RUNS} runs`);
    console.log(
      'what'.padEnd(46),
      'records'.padStart(8),
      'lots'.padStart(6),
      'median ms'.padStart(10),
      'best ms'.padStart(8),
      'records/s'.padStart(10),
    );
    for (const r of results) {
      console.log(
        r.name.padEnd(46),
        String(r.records).padStart(8),
        String(r.lots).padStart(6),
        String(r.medianMs).padStart(10),
        String(r.bestMs).padStart(8),
        String(r.recordsPerSecond).padStart(10),
      );
    }
    const service10k = results[1];
    console.log(
      `\ntarget: ${RECORDS} records verified in < ${TARGET_MS} ms through the service: ${service10k.medianMs} ms, ${
        service10k.medianMs < TARGET_MS ? 'met' : 'MISSED'
      }`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
