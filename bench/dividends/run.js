'use strict';
// Dividends benchmark: the allocation run of a fiscal year over N members and 10 × N order lines, from the built API (dist/).
//
//   npm run bench:dividends -- [--members 10000,100000] [--lines-per-member 10] [--runs 3] [--dist dist] [--reuse]
//
// --reuse keeps a database an earlier run seeded with the same number of members (one size only).
//
// For each size: a fresh database `allmende_bench_dividends` (migrations, then accounts, members, share register,
// products, orders of two lines each, refunds and worker hours seeded in SQL), a closed fiscal year, and
// AllocationService.run timed in the running app (the first, uncached run, then the median of --runs more; each run starts with the year's
// draft deleted). Peak resident memory is the benchmark process's (the app runs in it; the run is set-based SQL, so the
// order lines never reach Node) sampled every 10 ms during the runs. Target: under 5 s and under 300 MB at 100,000
// members and 1,000,000 order lines. The last line prints how both grow from the smallest size to the largest.
const path = require('node:path');
const { Client } = require('pg');
const { arg, machine, pgOptions, databaseUrl } = require('../catalog/common');

const REPO = path.resolve(__dirname, '../..');
const DIST = path.resolve(REPO, arg('dist', 'dist'));
const SIZES = String(arg('members', '10000,100000')).split(',').map(Number);
const LINES_PER_MEMBER = Number(arg('lines-per-member', 10));
const RUNS = Number(arg('runs', 3));
const DB = arg('db', 'allmende_bench_dividends');
const REUSE = process.argv.includes('--reuse');
const TARGET_MS = 5000;
const TARGET_RSS_MB = 300;

/** With --reuse: the database a previous run seeded with as many members, as it is. */
async function reuse(members) {
  const { DataSource } = require(require.resolve('typeorm', { paths: [REPO] }));
  const { dataSourceOptions } = require(path.join(DIST, 'apps/api/src/database/data-source.js'));
  const db = new DataSource(dataSourceOptions(databaseUrl(DB), { embedded: false }));
  try {
    await db.initialize();
  } catch {
    return null;
  }
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM member`);
  if (n !== members) return db.destroy().then(() => null);
  const [year] = await db.query(`SELECT id, closed_by FROM fiscal_year WHERE label = '2023'`);
  const [{ lines }] = await db.query(`SELECT count(*)::int AS lines FROM order_line`);
  return { db, fiscalYearId: year.id, staffId: year.closed_by, lines, seedSeconds: 0 };
}

async function seed(members) {
  if (REUSE) {
    const reused = await reuse(members);
    if (reused) return reused;
  }
  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB}"`);
  await admin.end();
  const { DataSource } = require(require.resolve('typeorm', { paths: [REPO] }));
  const { dataSourceOptions } = require(path.join(DIST, 'apps/api/src/database/data-source.js'));
  const db = new DataSource(dataSourceOptions(databaseUrl(DB), { embedded: false }));
  await db.initialize(); // runs the migrations
  const started = Date.now();
  // Classes: 60 % consumers, 20 % producers, 15 % workers, 5 % investors (by member number).
  await db.query(
    `INSERT INTO account (email, password_hash, display_name, platform_role)
     SELECT 'm' || i || '@bench.example', 'x', 'Member ' || i, CASE WHEN i = 1 THEN 'STAFF' ELSE 'MEMBER' END FROM generate_series(1, $1) i`,
    [members],
  );
  await db.query(
    `INSERT INTO member (account_id, applied_by, member_class, status, joined_at)
     SELECT id, id,
            CASE WHEN n % 20 < 12 THEN 'CONSUMER' WHEN n % 20 < 16 THEN 'PRODUCER' WHEN n % 20 < 19 THEN 'WORKER' ELSE 'INVESTOR' END,
            'ACTIVE', '2022-06-01'::timestamptz + (n % 400) * interval '1 day'
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM account) a`,
  );
  await db.query(
    `INSERT INTO share_register_entry (member_id, movement, shares, share_price, currency, reference, recorded_at)
     SELECT id, 'PURCHASE', CASE WHEN member_class = 'INVESTOR' THEN 10 + number % 90 ELSE 1 + number % 5 END, 1000, 'EUR', 'seed', joined_at
       FROM member
     UNION ALL
     SELECT id, 'PURCHASE', 5 + number % 20, 1000, 'EUR', 'mid-year', '2023-03-01'::timestamptz + (number % 200) * interval '1 day'
       FROM member WHERE member_class = 'INVESTOR'`,
  );
  await db.query(
    `CREATE TEMP TABLE consumers AS SELECT account_id, row_number() OVER (ORDER BY number) - 1 AS k FROM member WHERE member_class = 'CONSUMER'`,
  );
  await db.query(
    `CREATE TEMP TABLE producers AS SELECT account_id, row_number() OVER (ORDER BY number) - 1 AS k FROM member WHERE member_class = 'PRODUCER'`,
  );
  const [{ c }] = await db.query(`SELECT count(*)::int AS c FROM consumers`);
  const [{ p }] = await db.query(`SELECT count(*)::int AS p FROM producers`);
  // One product per producer; orders of two lines each, buyer and seller spread by a multiplicative hash.
  await db.query(
    `INSERT INTO product (seller_id, seller_kind, title, price_amount, currency, vat_rate_bp, state)
     SELECT account_id, 'PERSON', 'Product ' || k, 500 + (k % 50) * 100, 'EUR', 700, 'ACTIVE' FROM producers`,
  );
  const orders = (members * LINES_PER_MEMBER) / 2;
  await db.query(
    `INSERT INTO checkout (id, buyer_id, idempotency_key, state, total_amount, currency, expires_at, paid_at, created_at)
     SELECT md5('checkout' || i)::uuid, b.account_id, 'k' || i, 'PAID', 0, 'EUR', t, t, t
       FROM generate_series(0, $1 - 1) i
       JOIN consumers b ON b.k = (i::bigint * 7919) % $2
       CROSS JOIN LATERAL (SELECT '2023-01-01'::timestamptz + ((i::bigint * 104729) % 31536000) * interval '1 second' AS t) x`,
    [orders, c],
  );
  await db.query(
    `INSERT INTO trade_order (id, checkout_id, buyer_id, seller_id, seller_kind, seller_name, state, currency, items_amount,
                              shipping_method, shipping_amount, total_amount, paid_at, created_at)
     SELECT md5('order' || i)::uuid, md5('checkout' || i)::uuid, ch.buyer_id, s.account_id, 'PERSON', 'Seller', 'PAID', 'EUR',
            2 * (500 + (s.k % 50) * 100), 'PICKUP', 0, 2 * (500 + (s.k % 50) * 100), ch.paid_at, ch.paid_at
       FROM generate_series(0, $1 - 1) i
       JOIN checkout ch ON ch.id = md5('checkout' || i)::uuid
       JOIN producers s ON s.k = (i::bigint * 15485863) % $2`,
    [orders, p],
  );
  await db.query(
    `INSERT INTO order_line (order_id, position, product_id, title, quantity, unit_price, gross, vat_rate_bp, vat, donation,
                             platform_fee, fair_fund, producer_share, fair)
     SELECT o.id, pos, pr.id, pr.title, 1, pr.price_amount, pr.price_amount, 700, 0, 0, 10, 0, pr.price_amount - 10, true
       FROM trade_order o
       JOIN product pr ON pr.seller_id = o.seller_id
       CROSS JOIN generate_series(1, 2) pos`,
  );
  // 2 % of the orders refunded in part: half within the year, half after it (carried forward).
  await db.query(
    `INSERT INTO order_refund (order_id, amount, reason, parts, created_at)
     SELECT id, total_amount / 2, 'RETURNED', '{}', CASE WHEN number % 2 = 0 THEN paid_at + interval '3 days' ELSE '2024-02-01' END
       FROM trade_order WHERE number % 50 = 0`,
  );
  await db.query(
    `INSERT INTO worker_hours (member_id, worked_on, centihours, entered_by)
     SELECT m.id, '2023-01-02'::date + d * 17, 400 + (m.number * d) % 400, m.account_id
       FROM member m CROSS JOIN generate_series(0, 19) d WHERE m.member_class = 'WORKER'`,
  );
  const [staff] = await db.query(`SELECT id FROM account WHERE platform_role = 'STAFF'`);
  await db.query(`
    WITH t AS (INSERT INTO ledger_transaction (kind, reference, description, created_at) VALUES ('capture', 'bench-fees', 'bench', '2023-06-30') RETURNING id)
    INSERT INTO ledger_entry (transaction_id, account, currency, amount)
    SELECT id, 'provider:clearing', 'EUR', 50000000 FROM t UNION ALL SELECT id, 'platform:fees', 'EUR', -50000000 FROM t`);
  const [year] = await db.query(
    `INSERT INTO fiscal_year (label, starts_at, ends_at, state, closed_at, closed_by)
     VALUES ('2023', '2023-01-01', '2024-01-01', 'CLOSED', now(), $1) RETURNING id`,
    [staff.id],
  );
  await db.query(
    `INSERT INTO fiscal_cost (fiscal_year_id, amount, currency, description, document_reference, ledger_transaction_id, entered_by)
     VALUES ($1, 10000000, 'EUR', 'Bench costs', 'B-1', gen_random_uuid(), $2)`,
    [year.id, staff.id],
  );
  await db.query('VACUUM ANALYZE');
  const [{ lines }] = await db.query(`SELECT count(*)::int AS lines FROM order_line`);
  return { db, fiscalYearId: year.id, staffId: staff.id, lines, seedSeconds: (Date.now() - started) / 1000 };
}

async function measure(members) {
  const { db, fiscalYearId, staffId, lines, seedSeconds } = await seed(members);
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
      GOVERNANCE_CLOCK: 'false',
    }),
  );
  try {
    const { AllocationService } = require(path.join(DIST, 'libs/dividends/src/index.js'));
    const { ClsService } = require(require.resolve('nestjs-cls', { paths: [REPO] }));
    const allocations = server.app.get(AllocationService);
    const cls = server.app.get(ClsService);
    const viewer = { accountId: staffId, sessionId: 'bench', platformRole: 'STAFF' };
    const reset = async () => {
      await db.query(`DELETE FROM dividend_allocation_line`);
      await db.query(`DELETE FROM dividend_allocation`);
    };
    const times = [];
    let first = 0;
    let result;
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    for (let i = 0; i <= RUNS; i++) {
      await reset();
      const start = process.hrtime.bigint();
      result = await cls.run(() => allocations.run(viewer, fiscalYearId));
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (i === 0) first = ms;
      else times.push(ms);
    }
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    times.sort((a, b) => a - b);
    const [{ paid, holders }] = await db.query(
      `SELECT sum(amount)::bigint AS paid, count(*)::int AS holders FROM dividend_allocation_line WHERE allocation_id = $1`,
      [result.id],
    );
    const line = {
      members,
      orderLines: lines,
      seedSeconds: Math.round(seedSeconds),
      lineHolders: holders,
      surplus: result.surplus,
      allocated: Number(paid) + result.reserve,
      medianSeconds: Math.round(times[Math.floor(times.length / 2)]) / 1000,
      firstRunSeconds: Math.round(first) / 1000,
      peakRssMb: Math.round(peak / 1048576),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    return line;
  } finally {
    await server.stop();
    await db.destroy();
  }
}

async function main() {
  console.log(JSON.stringify({ machine: machine(), runs: RUNS }));
  const results = [];
  for (const members of SIZES) {
    const result = await measure(members);
    results.push(result);
    console.log(JSON.stringify(result));
  }
  const last = results[results.length - 1];
  const first = results[0];
  console.log(
    `\nallocation run, ${last.members} members / ${last.orderLines} order lines: median ${last.medianSeconds} s (target < ${TARGET_MS / 1000}: ${
      last.medianSeconds * 1000 < TARGET_MS ? 'met' : 'MISSED'
    }), peak RSS ${last.peakRssMb} MB (target < ${TARGET_RSS_MB}: ${last.peakRssMb < TARGET_RSS_MB ? 'met' : 'MISSED'})`,
  );
  if (results.length > 1) {
    console.log(
      `growth ${first.members} -> ${last.members} members (x${last.members / first.members}): time x${(last.medianSeconds / first.medianSeconds).toFixed(2)}, peak RSS ${first.peakRssMb} -> ${last.peakRssMb} MB`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
