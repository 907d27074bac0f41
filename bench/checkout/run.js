'use strict';
// Checkout benchmark: throughput and latency of checkouts at N concurrent buyers on a generated catalog, and the
// oversell race (many buyers, one scarce product, all checking out at once).
//
//   npm run bench:checkout -- [--n 10000] [--buyers 20] [--duration 20] [--race-buyers 200] [--race-stock 50] [--dist dist]
//
// The catalog is bench/catalog/generate.js's (24 co-operatives, N active products) in database allmende_checkout_bench.
// Our API runs from a copy of the compiled build with the offline payment adapter. Each buyer loops: add 1-3 random
// products (of 1-3 sellers) to its cart, check out (the measured call: it reserves stock, splits the cart into one
// order per seller, snapshots the lines with their fees, and starts the payment), then pay in test mode. One JSON line
// per step, saved to bench/results/checkout-<timestamp>.jsonl (the first line is the machine).
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { Client } = require('pg');
const { arg, machine, pgOptions, sleep } = require('../catalog/common');
const { generate } = require('../catalog/generate');
const { REPO, startOurs } = require('../catalog/servers');

const DB = 'allmende_checkout_bench';
const N = Number(arg('n', 10000));
const BUYERS = Number(arg('buyers', 20));
const DURATION = Number(arg('duration', 20));
const WARMUP = Number(arg('warmup', 3));
const RACE_BUYERS = Number(arg('race-buyers', 200));
const RACE_STOCK = Number(arg('race-stock', 50));

const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const resultsFile = path.join(REPO, 'bench/results', `checkout-${stamp}.jsonl`);
function emit(line) {
  console.log(JSON.stringify(line));
  appendFileSync(resultsFile, JSON.stringify(line) + '\n');
}

async function gql(url, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return res.json();
}

async function ok(url, query, variables, token) {
  const body = await gql(url, query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;
const ADD = `mutation($p: ID!, $q: Int!) { addToCart(productId: $p, quantity: $q) { itemCount } }`;
const CHECKOUT = `mutation($key: String!) { checkout(idempotencyKey: $key) { id state total { amount } orders { id } } }`;
const PAY = `mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { state } }`;
// Checkout takes the cart's delivery address; each buyer gives it once and it stays on the cart.
const ADDRESS = `mutation($address: PostalAddressInput!) { setDeliveryAddress(address: $address) { itemCount } }`;
const BERLIN = { name: 'Bench Buyer', street: 'Lindenstraße 5', postalCode: '10969', city: 'Berlin', country: 'DE' };

/** Registers with consent to the terms; a build from before consent (`--dist` of an older commit) is asked without. */
async function register(url, input) {
  const body = await gql(url, REGISTER, { input: { ...input, acceptTerms: true } });
  if (!body.errors) return body.data.register.token;
  if (!JSON.stringify(body.errors).includes('acceptTerms')) throw new Error(JSON.stringify(body.errors));
  return (await ok(url, REGISTER, { input })).register.token;
}

/** Registers buyers a few at a time (password hashing is deliberately slow). */
async function registerBuyers(url, count, prefix) {
  const tokens = [];
  for (let from = 0; from < count; from += 10) {
    const batch = Array.from({ length: Math.min(10, count - from) }, (_, k) =>
      register(url, {
        email: `${prefix}${from + k}.${stamp.toLowerCase()}@bench.allmende.example`,
        password: 'bench password 123',
        displayName: `Buyer ${from + k}`,
      }).then(async (token) => (await ok(url, ADDRESS, { address: BERLIN }, token), token)),
    );
    tokens.push(...(await Promise.all(batch)));
  }
  return tokens;
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return +sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))].toFixed(1);
}
function stats(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
}

async function throughput(url, tokens, productsBySeller) {
  const sellers = [...productsBySeller.keys()];
  const randomProduct = (seller) => {
    const products = productsBySeller.get(seller);
    return products[Math.floor(Math.random() * products.length)];
  };
  const run = async (seconds, record) => {
    const checkoutMs = [];
    const cycleMs = [];
    let orders = 0;
    let failures = 0;
    const started = performance.now();
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      tokens.map(async (token) => {
        while (Date.now() < until) {
          const cycle = performance.now();
          const chosen = [
            ...new Set(
              Array.from(
                { length: 1 + Math.floor(Math.random() * 3) },
                () => sellers[Math.floor(Math.random() * sellers.length)],
              ),
            ),
          ];
          for (const seller of chosen)
            await ok(url, ADD, { p: randomProduct(seller), q: 1 + Math.floor(Math.random() * 2) }, token);
          const t = performance.now();
          const body = await gql(url, CHECKOUT, { key: randomUUID() }, token);
          const elapsed = performance.now() - t;
          if (body.errors) {
            failures++;
            continue;
          }
          checkoutMs.push(elapsed);
          orders += body.data.checkout.orders.length;
          await ok(url, PAY, { id: body.data.checkout.id }, token);
          cycleMs.push(performance.now() - cycle);
        }
      }),
    );
    const wall = (performance.now() - started) / 1000;
    if (!record) return null;
    return {
      checkouts: checkoutMs.length,
      failures,
      ordersPerCheckout: +(orders / Math.max(1, checkoutMs.length)).toFixed(2),
      checkoutsPerSecond: +(checkoutMs.length / wall).toFixed(1),
      checkoutMs: stats(checkoutMs),
      cycleMs: stats(cycleMs),
      seconds: +wall.toFixed(1),
    };
  };
  await run(WARMUP, false);
  return run(DURATION, true);
}

async function race(url, db, tokens, productId) {
  await db.query(`UPDATE product SET stock = $2, state = 'ACTIVE' WHERE id = $1`, [productId, RACE_STOCK]);
  for (let from = 0; from < tokens.length; from += 20) {
    await Promise.all(tokens.slice(from, from + 20).map((token) => ok(url, ADD, { p: productId, q: 1 }, token)));
  }
  const started = performance.now();
  const latencies = [];
  const outcomes = await Promise.all(
    tokens.map(async (token) => {
      const t = performance.now();
      const body = await gql(url, CHECKOUT, { key: randomUUID() }, token);
      latencies.push(performance.now() - t);
      return body.errors ? (body.errors[0].extensions?.code ?? 'ERROR') : 'OK';
    }),
  );
  const wall = (performance.now() - started) / 1000;
  const { rows } = await db.query(
    `SELECT p.stock, (SELECT coalesce(sum(quantity), 0)::int FROM order_line WHERE product_id = p.id) AS reserved FROM product p WHERE p.id = $1`,
    [productId],
  );
  const count = (code) => outcomes.filter((o) => o === code).length;
  return {
    buyers: tokens.length,
    stock: RACE_STOCK,
    succeeded: count('OK'),
    insufficientStock: count('INSUFFICIENT_STOCK'),
    otherErrors: outcomes.length - count('OK') - count('INSUFFICIENT_STOCK'),
    finalStock: rows[0].stock,
    reservedInOrders: rows[0].reserved,
    oversold: rows[0].reserved > RACE_STOCK || rows[0].stock < 0,
    seconds: +wall.toFixed(2),
    checkoutMs: stats(latencies),
  };
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'allmende-bench-checkout-'));
  let stop = null;
  try {
    const dist = path.join(work, 'dist');
    cpSync(path.resolve(REPO, arg('dist', 'dist')), dist, { recursive: true });
    symlinkSync(path.join(REPO, 'node_modules'), path.join(work, 'node_modules'));
    emit({ step: 'machine', ...machine(), n: N, buyers: BUYERS, duration: DURATION, raceBuyers: RACE_BUYERS });
    emit({ step: 'catalog', ...(await generate({ n: N, dist, db: DB })) });

    const db = new Client(pgOptions(DB));
    await db.connect();
    try {
      // Plenty of stock for the throughput run, so it measures checkouts, not sold-out refusals.
      await db.query(`UPDATE product SET stock = 1000000`);
      const { rows } = await db.query(`SELECT seller_id, array_agg(id ORDER BY id) AS ids FROM product GROUP BY seller_id`);
      // The race gets a product of its own, which the throughput run never buys.
      const raceProduct = rows[0].ids.shift();
      const productsBySeller = new Map(rows.map((row) => [row.seller_id, row.ids]));

      const server = await startOurs({ dist, db: DB, cacheSeconds: '0', logFile: path.join(work, 'api.log') });
      stop = server.stop;
      const tokens = await registerBuyers(server.url, BUYERS, 'buyer');
      const result = await throughput(server.url, tokens, productsBySeller);
      emit({ step: 'throughput', ...result });

      const racers = await registerBuyers(server.url, RACE_BUYERS, 'racer');
      await sleep(500);
      const raceResult = await race(server.url, db, racers, raceProduct);
      emit({ step: 'race', ...raceResult });

      const m = machine();
      console.log(
        `\nCheckout benchmark on ${m.cpu} (${m.cores} cores, ${m.memGiB} GiB, node ${m.node}), ${N} products, 24 sellers`,
      );
      console.log(
        `  throughput at ${BUYERS} concurrent buyers, ${result.seconds} s: ${result.checkoutsPerSecond} checkouts/s ` +
          `(${result.ordersPerCheckout} seller orders each), checkout p50 ${result.checkoutMs.p50} ms, p95 ${result.checkoutMs.p95} ms, ` +
          `p99 ${result.checkoutMs.p99} ms; whole cycle (add, checkout, pay) p95 ${result.cycleMs.p95} ms; ${result.failures} failed`,
      );
      console.log(
        `  oversell race, ${RACE_BUYERS} buyers for ${RACE_STOCK} in stock: ${raceResult.succeeded} succeeded, ` +
          `${raceResult.insufficientStock} INSUFFICIENT_STOCK, ${raceResult.otherErrors} other; final stock ${raceResult.finalStock}, ` +
          `reserved ${raceResult.reservedInOrders}, oversold: ${raceResult.oversold ? 'YES' : 'no'}; ${raceResult.seconds} s, ` +
          `checkout p95 ${raceResult.checkoutMs.p95} ms`,
      );
      console.log(`  results: ${path.relative(REPO, resultsFile)}`);
    } finally {
      await db.end();
    }
  } finally {
    if (stop) await stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
