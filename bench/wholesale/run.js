'use strict';
// Wholesale statistics benchmark: the public statistics query over 1,000,000 wholesale order lines, from the built API (dist/).
//
//   npm run bench:wholesale -- [--lines 1000000] [--requests 300] [--dist dist] [--db allmende_bench_wholesale]
//
// Seeds a fresh database with co-ops in 24 countries, 20 categories, 200 offers and `lines` purchase orders (each an
// accepted negotiation) spread over 36 months, folds them into the rollup exactly as WholesaleOrderPlaced events do
// (one row per month, category, country pair and the total), then asks the running API for `coopTradeStatistics`
// over HTTP, one request at a time, and prints p50 / p95 / max. For contrast it times the same aggregates computed
// by scanning the order lines at read time. Target: p95 under 50 ms.
const path = require('node:path');
const { Client } = require('pg');
const { arg, pgOptions, databaseUrl, machine } = require('../catalog/common');

const REPO = path.resolve(__dirname, '../..');
const DIST = path.resolve(REPO, arg('dist', 'dist'));
const DB = arg('db', 'allmende_bench_wholesale');
const LINES = Number(arg('lines', 1_000_000));
const REQUESTS = Number(arg('requests', 300));
const TARGET_MS = 50;
const COUNTRIES = 'MX PE CO GH CI KE UG ET IN LK NP BR DE AT NL FR IT BE SE GB CH US CA JP'.split(' ');

require(require.resolve('reflect-metadata', { paths: [REPO] }));
const { dataSourceOptions, loadConfig, startServer } = require(path.join(DIST, 'apps/api/src/index.js'));
const { GLOBAL_NORTH_COUNTRIES } = require(path.join(DIST, 'libs/trade/src/wholesale/services/world-regions.js'));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;

async function seed(db) {
  await db.query(
    `INSERT INTO organisation (name, kind, country, verified_at)
     SELECT 'Co-op ' || i, 'COOPERATIVE', ($1::text[])[1 + (i % array_length($1::text[], 1))], now() FROM generate_series(1, 48) i`,
    [COUNTRIES],
  );
  await db.query(`INSERT INTO category (slug, name_en, name_de, position) SELECT 'cat-' || i, 'Category ' || i, 'Kategorie ' || i, i
    FROM generate_series(1, 20) i`);
  // Each offer sells a lot of its own.
  await db.query(`
    WITH o AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organisation),
         c AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM category),
         lots AS (
           INSERT INTO provenance_lot (code, name, custody_model, creator_organisation_id, custodian_organisation_id)
           SELECT 'LOT-' || i, 'Lot ' || i, 'SEGREGATED', o.id, o.id FROM generate_series(1, 200) i JOIN o ON o.n = 1 + (i % 48)
           RETURNING id, code, custodian_organisation_id)
    INSERT INTO wholesale_offer (seller_organisation_id, lot_id, category_id, title, unit, total_quantity, available_quantity,
      minimum_quantity, currency, vat_rate_bp, incoterm, incoterm_place, lead_time_days, payment_net_days, invoicing, valid_from,
      valid_until, state)
    SELECT lots.custodian_organisation_id, lots.id, c.id, 'Offer ' || lots.code, 'KGM', 100000000, 100000000, 1, 'EUR', 700, 'FCA',
      'Port', 14, 30, 'PER_DELIVERY', now() - interval '4 years', now() + interval '1 year', 'OPEN'
    FROM lots JOIN c ON c.n = 1 + (substr(lots.code, 5)::int % 20)`);
  // Each order line: an accepted negotiation of one offer by another co-op, placed some time in the last 36 months.
  await db.query(
    `WITH offers AS (SELECT id, seller_organisation_id, row_number() OVER (ORDER BY id) AS n FROM wholesale_offer),
          buyers AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organisation)
     INSERT INTO wholesale_negotiation (offer_id, buyer_organisation_id, seller_organisation_id, state, round, expires_at, created_at, closed_at)
     SELECT offers.id, buyers.id, offers.seller_organisation_id, 'ACCEPTED', 1, now(),
            now() - (i % 1095) * interval '1 day', now() - (i % 1095) * interval '1 day'
       FROM generate_series(1, $1) i
       JOIN offers ON offers.n = 1 + (i % 200)
       JOIN buyers ON buyers.n = 1 + ((i * 7 + 3) % 48)
      WHERE buyers.id <> offers.seller_organisation_id`,
    [Math.ceil(LINES * 1.1)],
  );
  await db.query(
    `INSERT INTO wholesale_purchase_order (negotiation_id, offer_id, buyer_organisation_id, seller_organisation_id, state, quantity,
       unit_price, currency, vat_rate_bp, delivery_date, created_at)
     SELECT n.id, n.offer_id, n.buyer_organisation_id, n.seller_organisation_id, 'CONFIRMED', 10 + (hashtext(n.id::text) & 511),
            500 + (hashtext(n.id::text) >> 20 & 1023), 'EUR', 700, n.created_at::date, n.created_at
       FROM wholesale_negotiation n LIMIT $1`,
    [LINES],
  );
}

/** What the WholesaleOrderPlaced events leave in the rollup, folded in one statement per dimension. */
async function foldRollup(db) {
  const keyed = `SELECT po.currency, po.quantity, po.quantity * po.unit_price AS amount,
      to_char(po.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, coalesce(o.category_id::text, 'none') AS category,
      (CASE WHEN s.country = ANY($1) THEN 'NORTH' ELSE 'SOUTH' END) || '_' || (CASE WHEN b.country = ANY($1) THEN 'NORTH' ELSE 'SOUTH' END) AS pair
    FROM wholesale_purchase_order po JOIN wholesale_offer o ON o.id = po.offer_id
    JOIN organisation s ON s.id = po.seller_organisation_id JOIN organisation b ON b.id = po.buyer_organisation_id`;
  await db.query(
    `INSERT INTO wholesale_trade_rollup (dimension, key, currency, trades, quantity, amount)
     SELECT 'ALL', 'all', currency, count(*), sum(quantity), sum(amount) FROM (${keyed}) t GROUP BY currency
     UNION ALL SELECT 'MONTH', month, currency, count(*), sum(quantity), sum(amount) FROM (${keyed}) t GROUP BY month, currency
     UNION ALL SELECT 'CATEGORY', category, currency, count(*), sum(quantity), sum(amount) FROM (${keyed}) t GROUP BY category, currency
     UNION ALL SELECT 'COUNTRY_PAIR', pair, currency, count(*), sum(quantity), sum(amount) FROM (${keyed}) t GROUP BY pair, currency`,
    [GLOBAL_NORTH_COUNTRIES],
  );
  return keyed;
}

async function main() {
  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB}"`);
  await admin.end();
  const { DataSource } = require(require.resolve('typeorm', { paths: [REPO] }));
  const migrate = new DataSource(dataSourceOptions(databaseUrl(DB), { embedded: false }));
  await migrate.initialize();
  await migrate.destroy();

  const db = new Client(pgOptions(DB));
  await db.connect();
  let started = Date.now();
  await seed(db);
  const keyed = await foldRollup(db);
  await db.query('ANALYZE');
  const [{ lines }] = (await db.query(`SELECT count(*)::int AS lines FROM wholesale_purchase_order`)).rows;
  const [{ rollupRows }] = (await db.query(`SELECT count(*)::int AS "rollupRows" FROM wholesale_trade_rollup`)).rows;
  console.log(`seeded ${lines} order lines, ${rollupRows} rollup rows in ${Math.round((Date.now() - started) / 1000)} s`);

  // For contrast: the same three aggregates computed from the order lines at read time.
  started = process.hrtime.bigint();
  await db.query(`SELECT month, count(*), sum(amount) FROM (${keyed}) t GROUP BY month`, [GLOBAL_NORTH_COUNTRIES]);
  await db.query(`SELECT category, count(*), sum(amount) FROM (${keyed}) t GROUP BY category`, [GLOBAL_NORTH_COUNTRIES]);
  await db.query(`SELECT pair, count(*), sum(amount) FROM (${keyed}) t GROUP BY pair`, [GLOBAL_NORTH_COUNTRIES]);
  const scanMs = round(Number(process.hrtime.bigint() - started) / 1e6);
  // And the rollup read the statistics service makes, in SQL alone.
  started = process.hrtime.bigint();
  await db.query(
    `SELECT dimension, key, trades, quantity, amount FROM wholesale_trade_rollup WHERE currency = 'EUR' ORDER BY dimension, key`,
  );
  const rollupReadMs = round(Number(process.hrtime.bigint() - started) / 1e6);
  await db.end();

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
  const query = JSON.stringify({
    query: `{ coopTradeStatistics { coopShare total { trades volume { amount } } byMonth { key trades volume { amount } }
      byCategory { key trades volume { amount } } byCountryPair { key trades volume { amount } } } }`,
  });
  const ask = async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: query,
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.coopTradeStatistics;
  };
  // Uncached: the first request after the API started (fresh connections, no prepared plans, GraphQL's first run).
  let start = process.hrtime.bigint();
  const first = await ask();
  const firstRequestMs = round(Number(process.hrtime.bigint() - start) / 1e6);
  if (first.total.trades !== lines) throw new Error(`the statistics count ${first.total.trades} trades, not ${lines}`);
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    start = process.hrtime.bigint();
    await ask();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await server.stop();
  times.sort((a, b) => a - b);
  const result = {
    lines,
    rollupRows,
    firstRequestUncachedMs: firstRequestMs,
    requests: REQUESTS,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times.at(-1)),
    rollupReadSqlMs: rollupReadMs,
    scanAtReadTimeMs: scanMs,
    targetP95Ms: TARGET_MS,
    machine: machine(),
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    result.p95Ms < TARGET_MS ? `p95 ${result.p95Ms} ms: under ${TARGET_MS} ms` : `p95 ${result.p95Ms} ms: OVER ${TARGET_MS} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
