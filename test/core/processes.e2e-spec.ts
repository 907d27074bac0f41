import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  addToCart,
  AppProcess,
  BERLIN_ADDRESS,
  createCategories,
  createShop,
  GraphqlClient,
  ledgerSums,
  productStock,
  setDeliveryAddress,
  startAppProcess,
  testAppEnv,
  truncateAll,
  workerDatabaseUrl,
} from '@allmende/testing';

const GUEST_CHECKOUT = `mutation($key: String!, $cartToken: String) {
  checkout(idempotencyKey: $key, cartToken: $cartToken) { id accessToken }
}`;
const PAY_OFFLINE = `mutation($id: ID!, $token: String) { payCheckoutOffline(checkoutId: $id, accessToken: $token) { state } }`;

/**
 * Servers run several processes on one PostgreSQL: here API process A works jobs itself (the
 * default), API process B only serves (JOBS_IN_PROCESS=false) and `npm run worker` works jobs
 * beside A. Checkouts go to A and B alike; jobs are taken by A and the worker.
 */
describe('several processes on one PostgreSQL: two API processes and a worker', () => {
  let db: DataSource;
  let a: AppProcess;
  let b: AppProcess;
  let worker: AppProcess;
  const startedAt = new Date();

  beforeAll(async () => {
    const databaseUrl = await workerDatabaseUrl();
    db = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
    await truncateAll(db);
    const started = await Promise.allSettled([
      startAppProcess('api', testAppEnv(databaseUrl)),
      startAppProcess('api', testAppEnv(databaseUrl, { JOBS_IN_PROCESS: 'false' })),
      startAppProcess('worker', testAppEnv(databaseUrl)),
    ]);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.kill() : null)));
      throw failed.reason;
    }
    [a, b, worker] = started.map((s) => (s as PromiseFulfilledResult<AppProcess>).value);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()]);
    await db?.destroy();
  });

  const pendingJobs = async () =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name NOT LIKE '\\_\\_pgboss%'
           AND name NOT IN (SELECT name FROM pgboss.schedule)`,
      )
    )[0].n as number;

  it('never oversells across both API processes, handles each event once per subscriber, and runs each scheduled tick once', async () => {
    const api = [new GraphqlClient(a.url), new GraphqlClient(b.url)];
    const { food } = await createCategories(db, { food: 'Food' });
    const shop = await createShop(api[0], 'Scarce Roastery', food, [
      { title: 'Micro-lot', priceCents: 1000, fair: true, stock: 30 },
    ]);

    // 100 guests, half on each process, check out one bag each at once: 30 in stock.
    const guests = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const gql = api[i % 2];
        const cart = await addToCart(gql, shop.productIds[0], 1);
        await setDeliveryAddress(gql, BERLIN_ADDRESS, { email: `guest${i}@example.org`, cartToken: cart.token! });
        return { gql, cartToken: cart.token! };
      }),
    );
    const results = await Promise.all(
      guests.map((guest) =>
        guest.gql.request<{ checkout: { id: string; accessToken: string } }>(GUEST_CHECKOUT, {
          key: randomUUID(),
          cartToken: guest.cartToken,
        }),
      ),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(30);
    expect(codes.filter((c) => c === 'INSUFFICIENT_STOCK')).toHaveLength(70);
    expect(await productStock(db, shop.productIds[0])).toBe(0);
    const [{ reserved }] = await db.query(`SELECT coalesce(sum(quantity), 0)::int AS reserved FROM order_line`);
    expect(reserved).toBe(30);

    // The first 15 paid on the process each was made on: A or the worker runs the subscribers, once each.
    const paid = results.flatMap((r, i) => (r.data ? [{ gql: guests[i].gql, ...r.data.checkout }] : []));
    const pay = (checkouts: typeof paid, via?: GraphqlClient) =>
      Promise.all(
        checkouts.map((c) =>
          (via ?? c.gql).ok<{ payCheckoutOffline: { state: string } }>(PAY_OFFLINE, { id: c.id, token: c.accessToken }),
        ),
      );
    const settled = async () => {
      for (const deadline = Date.now() + 90_000; (await pendingJobs()) > 0;) {
        if (Date.now() > deadline) throw new Error('jobs still pending');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    expect(await pay(paid.slice(0, 15))).toHaveLength(15);
    await settled();
    // A stops (SIGTERM, graceful); the other 15 are paid through B, which works no jobs: the worker alone runs them.
    await a.stop();
    expect(await pay(paid.slice(15), api[1])).toHaveLength(15);
    await settled();
    const [orders] = await db.query(
      `SELECT count(*) FILTER (WHERE state = 'PAID')::int AS paid, count(*)::int AS n FROM trade_order`,
    );
    expect(orders).toEqual({ paid: 30, n: 30 });
    // 30 PaymentSucceeded and 30 OrderPaid events: every subscriber's job ran once, and did its work once.
    const perSubscriber = await db.query(
      `SELECT name, count(*)::int AS jobs, count(*) FILTER (WHERE state = 'completed' AND retry_count = 0)::int AS once
         FROM pgboss.job WHERE name LIKE 'PaymentSucceeded.%' OR name LIKE 'OrderPaid.%' GROUP BY name ORDER BY name`,
    );
    expect(perSubscriber.length).toBeGreaterThanOrEqual(2);
    for (const subscriber of perSubscriber) expect(subscriber).toEqual({ name: subscriber.name, jobs: 30, once: 30 });
    const [{ handled }] = await db.query(`SELECT count(*)::int AS handled FROM handled_event`);
    const [{ transactional }] = await db.query(`SELECT count(DISTINCT subscriber)::int AS transactional FROM handled_event`);
    expect(handled).toBe(30 * transactional);
    const [{ captures }] = await db.query(`SELECT count(*)::int AS captures FROM ledger_transaction WHERE kind = 'capture'`);
    expect(captures).toBe(30);
    const [{ transfers }] = await db.query(`SELECT count(*)::int AS transfers FROM payment_transfer WHERE status = 'SENT'`);
    expect(transfers).toBe(30);
    expect(await ledgerSums(db)).toEqual([expect.objectContaining({ currency: 'EUR', sum: 0 })]);

    // Both A and the worker schedule the cron jobs; each minute's tick is sent and run once.
    for (const deadline = Date.now() + 100_000; ;) {
      const [{ ticks }] = await db.query(
        `SELECT count(*)::int AS ticks FROM pgboss.job WHERE name = 'trade.timers' AND state = 'completed'`,
      );
      if (ticks > 0) break;
      if (Date.now() > deadline) throw new Error('no tick of trade.timers');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const perTick = await db.query(
      `SELECT name, date_trunc('minute', created_on) AS minute, count(*)::int AS runs
         FROM pgboss.job WHERE name IN (SELECT name FROM pgboss.schedule) AND created_on >= $1
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [startedAt],
    );
    expect(perTick.length).toBeGreaterThan(0);
    expect(perTick.filter((tick: { runs: number }) => tick.runs !== 1)).toEqual([]);
  }, 300_000);
});
