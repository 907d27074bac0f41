'use strict';
// Deterministic catalog for the benchmark: drops and re-creates database allmende_bench, runs our migrations from the
// compiled build, then inserts N products with bulk SQL.
//
//   node bench/catalog/generate.js --n 10000 [--dist dist] [--db allmende_bench]
//
// Product i has the same title, description, category, fair/ecological flags, price and stock as product i of the
// Vendure peer's generator (shared/peers/vendure/src/catalog.js): same vocabulary, same PRNG, same draws in the same
// order. So "fair coffee" with the fair + coffee facets matches the same products on both sides. The fields only we
// have (seller, ids, seals, origin country, condition, VAT, publication date) come from a second PRNG stream.
const path = require('node:path');
const { Client } = require('pg');
const { arg, pgOptions, databaseUrl } = require('./common');

const CATEGORIES = {
  coffee: { de: 'Kaffee', nouns: ['coffee', 'espresso', 'coffee beans', 'ground coffee', 'cold brew'], weight: 3 },
  tea: { de: 'Tee', nouns: ['tea', 'green tea', 'black tea', 'herbal tea', 'chai'], weight: 3 },
  chocolate: { de: 'Schokolade', nouns: ['chocolate', 'chocolate bar', 'cocoa', 'truffles', 'pralines'], weight: 3 },
  textiles: { de: 'Textilien', nouns: ['cotton shirt', 'scarf', 'tote bag', 'towel', 'blanket', 't-shirt'], weight: 2 },
  crafts: { de: 'Kunsthandwerk', nouns: ['basket', 'bowl', 'candle', 'vase', 'jewelry box', 'notebook'], weight: 2 },
  cosmetics: { de: 'Kosmetik', nouns: ['soap', 'shampoo bar', 'lip balm', 'body lotion', 'face oil'], weight: 2 },
  spices: { de: 'Gewürze', nouns: ['pepper', 'cinnamon', 'vanilla', 'turmeric', 'saffron'], weight: 1 },
  pantry: { de: 'Vorrat', nouns: ['honey', 'rice', 'quinoa', 'olive oil', 'sugar', 'dried mango'], weight: 2 },
};
const FOOD = new Set(['coffee', 'tea', 'chocolate', 'spices', 'pantry']); // 7 % VAT in Germany, the rest 19 %
const ADJECTIVES = [
  'organic', 'fair', 'handmade', 'natural', 'premium', 'classic', 'artisan', 'ecological',
  'vegan', 'raw', 'dark', 'mild', 'strong', 'smooth', 'roasted', 'fresh', 'local', 'traditional',
  'recycled', 'sustainable', 'woven', 'single-origin', 'wild', 'spicy', 'sweet',
]; // prettier-ignore
const ORIGINS = {
  Ethiopia: 'ET', Colombia: 'CO', Peru: 'PE', Kenya: 'KE', Guatemala: 'GT', India: 'IN', Nepal: 'NP', Ghana: 'GH',
  Ecuador: 'EC', Bolivia: 'BO', Vietnam: 'VN', Honduras: 'HN', Uganda: 'UG', 'Sri Lanka': 'LK', Mexico: 'MX', Tanzania: 'TZ',
}; // prettier-ignore
const ORIGIN_NAMES = Object.keys(ORIGINS);
const FILLER = [
  'made', 'by', 'small', 'cooperative', 'farmers', 'women', 'artisans', 'from', 'the', 'highlands',
  'with', 'care', 'and', 'traditional', 'methods', 'cotton', 'coffee', 'tea', 'chocolate', 'fair',
  'trade', 'organic', 'certified', 'handmade', 'packed', 'in', 'recycled', 'paper', 'rich', 'aroma',
  'notes', 'of', 'cocoa', 'caramel', 'citrus', 'berries', 'perfect', 'for', 'gift', 'everyday', 'use',
  'ecological', 'farming', 'no', 'pesticides', 'community', 'premium', 'price', 'supports', 'schools',
  'water', 'projects', 'direct', 'sourcing', 'long-term', 'partnership', 'quality', 'taste',
]; // prettier-ignore
const FAIR_SEALS = ['Fairtrade', 'WFTO', 'Naturland Fair', 'Fair for Life'];
const ECO_SEALS = ['EU organic', 'Naturland', 'Demeter', 'Bioland'];
const SELLERS = 24;
const BATCH = 5000;
const PUBLISHED_UNTIL = Date.parse('2026-11-01T00:00:00Z'); // fixed, so the data does not depend on the day it is made

// mulberry32, as in the peer's generator.
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const CATEGORY_BAG = Object.entries(CATEGORIES).flatMap(([slug, c]) => Array(c.weight).fill(slug));
const capitalise = (s) => s.replace(/(^|[\s-])([a-z])/g, (m, p, c) => p + c.toUpperCase());

/** A version-4-shaped uuid from a PRNG: deterministic ids, spread like gen_random_uuid()'s. */
function uuid(r) {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(r() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16], 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
const CATEGORY_IDS = Object.fromEntries(Object.keys(CATEGORIES).map((slug, k) => [slug, uuid(rng(0xca7e0000 + k))]));
const SELLER_IDS = Array.from({ length: SELLERS }, (_, k) => uuid(rng(0x5e11e000 + k)));

/** Product number i (1-based). The first block of draws must stay in step with the peer's makeProduct(i). */
function makeProduct(i) {
  const r = rng(0x5eed0000 + i * 7919);
  const category = pick(r, CATEGORY_BAG);
  const noun = pick(r, CATEGORIES[category].nouns);
  const fair = r() < 0.4;
  const ecological = r() < 0.35;
  const adjectives = new Set();
  if (fair && r() < 0.6) adjectives.add('fair');
  if (ecological && r() < 0.5) adjectives.add('organic');
  const nAdjectives = 1 + Math.floor(r() * 2);
  while (adjectives.size < nAdjectives + (fair ? 1 : 0)) adjectives.add(pick(r, ADJECTIVES));
  const origin = pick(r, ORIGIN_NAMES);
  const title = capitalise(`${[...adjectives].join(' ')} ${noun} from ${origin}`);
  const nWords = 12 + Math.floor(r() * 14);
  const words = [];
  for (let k = 0; k < nWords; k++) words.push(r() < 0.2 ? pick(r, ADJECTIVES) : pick(r, FILLER));
  const description = `${capitalise(noun)} ${words.join(' ')}.`;
  const price = 199 + Math.floor(r() * 98) * 100 + (r() < 0.5 ? 0 : 50); // cents, 1.99 .. 99.49
  const stock = 10 + Math.floor(r() * 200);

  const own = rng(0xa11e0000 + i * 7919);
  const used = (category === 'textiles' || category === 'crafts') && own() < 0.15;
  return {
    id: uuid(own),
    sellerId: pick(own, SELLER_IDS),
    sku: `SKU-${String(i).padStart(7, '0')}`,
    title,
    description,
    categoryId: CATEGORY_IDS[category],
    price,
    vatRateBp: FOOD.has(category) ? 700 : 1900,
    stock,
    condition: used ? 'USED' : 'NEW',
    fair,
    fairSeal: fair ? pick(own, FAIR_SEALS) : null,
    ecological,
    ecologicalSeal: ecological ? pick(own, ECO_SEALS) : null,
    originCountry: ORIGINS[origin],
    publishedAt: new Date(PUBLISHED_UNTIL - Math.floor(own() * 365 * 86400e3)).toISOString(),
  };
}

const PRODUCT_COLUMNS = [
  ['id', 'uuid'], ['sellerId', 'uuid'], ['sku', 'text'], ['title', 'text'], ['description', 'text'],
  ['categoryId', 'uuid'], ['price', 'bigint'], ['vatRateBp', 'int'], ['stock', 'int'], ['condition', 'text'],
  ['fair', 'bool'], ['fairSeal', 'text'], ['ecological', 'bool'], ['ecologicalSeal', 'text'],
  ['originCountry', 'text'], ['publishedAt', 'timestamptz'],
]; // prettier-ignore
const INSERT_PRODUCTS = `
  INSERT INTO product (id, seller_id, seller_kind, sku, title, description, category_id, price_amount, currency, vat_rate_bp,
    stock, condition, fair, fair_seal, ecological, ecological_seal, origin_country, state, created_at, updated_at, published_at)
  SELECT id, seller_id, 'ORGANISATION', sku, title, description, category_id, price, 'EUR', vat_rate_bp,
    stock, condition, fair, fair_seal, ecological, ecological_seal, origin_country, 'ACTIVE', published_at, published_at, published_at
  FROM unnest(${PRODUCT_COLUMNS.map(([, type], k) => `$${k + 1}::${type}[]`).join(', ')})
    AS t(id, seller_id, sku, title, description, category_id, price, vat_rate_bp, stock, condition, fair, fair_seal,
         ecological, ecological_seal, origin_country, published_at)`;

async function recreateDatabase(db) {
  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  } finally {
    await admin.end();
  }
}

/** Our schema, made by our own migrations from the compiled build (the same ones the API runs on start). */
async function migrate(dist, db) {
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = require(path.resolve(dist, 'apps/api/src/database/data-source.js'));
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(db), { embedded: false }));
  await dataSource.initialize(); // migrationsRun: true
  await dataSource.destroy();
}

async function insertSellersAndCategories(client) {
  // One owner account per co-operative; the password hash is not a valid hash, so nobody can log in as them.
  const sellers = SELLER_IDS.map((id, k) => ({
    id,
    accountId: uuid(rng(0xacc00000 + k)),
    origin: ORIGIN_NAMES[k % ORIGIN_NAMES.length],
    n: k + 1,
  }));
  await client.query(
    `INSERT INTO account (id, email, password_hash, display_name)
     SELECT a, 'owner' || n || '@bench.allmende.example', '!', 'Owner ' || n FROM unnest($1::uuid[], $2::int[]) AS t(a, n)`,
    [sellers.map((s) => s.accountId), sellers.map((s) => s.n)],
  );
  await client.query(
    `INSERT INTO organisation (id, name, kind, country, verified_at)
     SELECT o, name, 'COOPERATIVE', country, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(o, name, country)`,
    [sellers.map((s) => s.id), sellers.map((s) => `${s.origin} Producers Co-op ${s.n}`), sellers.map((s) => ORIGINS[s.origin])],
  );
  await client.query(
    `INSERT INTO organisation_member (organisation_id, account_id, role)
     SELECT o, a, 'OWNER' FROM unnest($1::uuid[], $2::uuid[]) AS t(o, a)`,
    [sellers.map((s) => s.id), sellers.map((s) => s.accountId)],
  );
  const slugs = Object.keys(CATEGORIES);
  await client.query(
    `INSERT INTO category (id, slug, name_en, name_de, position)
     SELECT id, slug, name_en, name_de, position FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[])
       AS t(id, slug, name_en, name_de, position)`,
    [slugs.map((s) => CATEGORY_IDS[s]), slugs, slugs.map(capitalise), slugs.map((s) => CATEGORIES[s].de), slugs.map((_, k) => k)],
  );
}

async function generate({ n, dist = 'dist', db = 'allmende_bench' }) {
  const started = Date.now();
  await recreateDatabase(db);
  await migrate(dist, db);
  const client = new Client(pgOptions(db));
  await client.connect();
  try {
    await insertSellersAndCategories(client);
    for (let from = 1; from <= n; from += BATCH) {
      const columns = PRODUCT_COLUMNS.map(() => []);
      for (let i = from; i < Math.min(from + BATCH, n + 1); i++) {
        const p = makeProduct(i);
        PRODUCT_COLUMNS.forEach(([key], k) => columns[k].push(p[key]));
      }
      await client.query(INSERT_PRODUCTS, columns);
    }
    // VACUUM also empties the GIN pending lists and sets the visibility map, as on a settled production table.
    await client.query('VACUUM ANALYZE');
    const { rows } = await client.query(
      `SELECT count(*)::int AS products, count(*) FILTER (WHERE fair)::int AS fair, count(*) FILTER (WHERE ecological)::int AS ecological,
              count(*) FILTER (WHERE fair AND category_id = $1)::int AS "fairCoffee" FROM product`,
      [CATEGORY_IDS.coffee],
    );
    return { db, ...rows[0], seconds: +((Date.now() - started) / 1000).toFixed(1) };
  } finally {
    await client.end();
  }
}

module.exports = { generate, makeProduct, rng, CATEGORIES, ADJECTIVES, ORIGIN_NAMES, FILLER };

if (require.main === module) {
  generate({ n: Number(arg('n', 10000)), dist: arg('dist', 'dist'), db: arg('db', 'allmende_bench') })
    .then((summary) => console.log(JSON.stringify({ generate: summary })))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
