import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  addToCart,
  AppProcess,
  freePort,
  checkoutCart,
  createCategories,
  createShop,
  GraphqlClient,
  ledgerSums,
  registerAccount,
  signWebhook,
  startAppProcess,
  startStripeFake,
  stripeEnv,
  StripeFake,
  TestAccount,
  testAppEnv,
  TestCheckout,
  TestOrder,
  TestShop,
  truncateAll,
  workerDatabaseUrl,
} from '@allmende/testing';

const REFUND = `mutation($id: ID!, $input: RefundOrderInput!) { refundOrder(id: $id, input: $input) { state refunded { amount } } }`;
const MY_CHECKOUT = `query($id: ID!) { myCheckout(id: $id) { state orders { id state } } }`;

/** Polls until `check` gives a truthy value (the child process works its jobs on its own). */
async function until<T>(what: string, check: () => Promise<T>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The API as a process of its own, killed with SIGKILL right after Stripe answered and before it
 * could record the answer, then started again: the work it was doing finishes, nothing twice.
 */
describe('money survives the API process dying between Stripe’s answer and our record (SIGKILL, restart)', () => {
  let fake: StripeFake;
  let db: DataSource;
  let databaseUrl: string;
  let api: AppProcess;
  let url: string;
  let shops: TestShop[];
  let buyer: TestAccount;

  // The same port after each restart (clients keep their URL), and jobs of a killed process count
  // as lost after 3 s (the default is 15 minutes), so they are retried within the test.
  const start = async () => {
    api = await startAppProcess('api', testAppEnv(databaseUrl, { ...stripeEnv(fake), PORT: port, JOB_EXPIRE_SECONDS: '3' }));
    url = api.url;
  };
  let port: string;
  /**
   * Kills the API process as Stripe's next answer to `path` reaches it: frozen (SIGSTOP) before the
   * answer is written, killed (SIGKILL) after, so it cannot have recorded it. Resolves once it is dead.
   */
  const killAfterAnswer = (path: string) =>
    new Promise<void>((dead) => fake.aroundAnswer(path, { before: () => api.freeze(), after: () => void api.kill().then(dead) }));
  const webhook = async (event: object) => {
    const { body, signature } = signWebhook(event);
    return request(url)
      .post('/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(body);
  };
  const made = (prefix: string) => [...fake.objects.keys()].filter((id) => id.startsWith(prefix));
  const rows = (sql: string, params: unknown[] = []) => db.query(sql, params);

  beforeAll(async () => {
    fake = await startStripeFake();
    databaseUrl = await workerDatabaseUrl();
    db = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
    await truncateAll(db);
    port = String(await freePort());
    await start();
  }, 120_000);
  afterAll(async () => {
    await api?.kill();
    await db?.destroy();
    await fake?.close();
  });

  it('finishes a payment, three transfers and a refund, each interrupted once, with every order paid once and every seller transferred once', async () => {
    const { food } = await createCategories(db, { food: 'Food' });
    shops = [];
    // Fair: fee 3 %, fair fund 1 %; not fair: fee 6 %, fair fund 1 % (line totals, half-up to the cent).
    for (const [name, title, priceCents, fair] of [
      ['Café Chiapas', 'Highland coffee', 1000, true],
      ['Darjeeling Co-op', 'First flush tea', 2500, false],
      ['Cacao Collective', 'Cocoa nibs', 500, true],
    ] as const) {
      const shop = await createShop(new GraphqlClient(`http://127.0.0.1:${port}`), name, food, [
        { title, priceCents, fair, stock: 10 },
      ]);
      await shop.owner.gql.ok(
        `mutation($org: ID) { payoutOnboardingLink(organisationId: $org, returnUrl: "http://localhost/back") }`,
        {
          org: shop.organisationId,
        },
      );
      const [{ provider_account_id }] = await rows(`SELECT provider_account_id FROM payout_account WHERE seller_id = $1`, [
        shop.organisationId,
      ]);
      const ready = fake.update(provider_account_id, { details_submitted: true, charges_enabled: true, payouts_enabled: true });
      expect((await webhook(fake.event('account.updated', ready))).status).toBe(200);
      shops.push(shop);
    }
    buyer = await registerAccount(new GraphqlClient(`http://127.0.0.1:${port}`), 'Buyer');
    await addToCart(buyer.gql, shops[0].productIds[0], 2); // 2000: fee 60, fair fund 20, seller 1920
    await addToCart(buyer.gql, shops[1].productIds[0], 1); // 2500: fee 150, fair fund 25, seller 2325
    await addToCart(buyer.gql, shops[2].productIds[0], 3); // 1500: fee 45, fair fund 15, seller 1440

    // Crash 1: Stripe made the PaymentIntent, the process died before storing its id.
    const key = randomUUID();
    const crashed = killAfterAnswer('/v1/payment_intents');
    await expect(checkoutCart(buyer, key)).rejects.toThrow();
    await crashed;
    const [lost] = await rows(`SELECT id, provider_payment_id FROM payment`);
    expect(lost.provider_payment_id).toBeNull();
    expect(made('pi_')).toHaveLength(1);
    await start();
    // The buyer tries again with the same key: the same payment, the same PaymentIntent (Stripe replays the key).
    const checkout: TestCheckout = (
      await buyer.gql.ok<{ checkout: TestCheckout }>(
        `mutation($key: String!) { checkout(idempotencyKey: $key) { id paymentId clientSecret total { amount currency } orders { id total { amount } } } }`,
        { key },
      )
    ).checkout;
    expect(checkout.paymentId).toBe(lost.id);
    expect(checkout.total.amount).toBe(2000 + 2500 + 1500);
    expect(made('pi_')).toHaveLength(1);
    const [intentId] = made('pi_');
    expect(checkout.clientSecret).toBe(fake.objects.get(intentId)!.client_secret);

    // Crash 2: the webhook makes the orders PAID; their transfer jobs start; the process dies right
    // after Stripe answered the first transfer, before the transfer row records it.
    const crashedAgain = killAfterAnswer('/v1/transfers');
    const succeeded = fake.event(
      'payment_intent.succeeded',
      fake.update(intentId, { status: 'succeeded', amount_received: 6000 }),
    );
    expect((await webhook(succeeded)).status).toBe(200);
    await crashedAgain;
    expect(made('tr_')).toHaveLength(1);
    const [{ unrecorded }] = await rows(
      `SELECT count(*)::int AS unrecorded FROM payment_transfer WHERE provider_transfer_id IS NULL`,
    );
    expect(unrecorded).toBeGreaterThanOrEqual(1);
    await start();
    // Stripe delivers the same event again (we answered nothing the first time it matters): applied once.
    expect((await webhook(succeeded)).status).toBe(200);
    await until('every transfer sent', async () => {
      const sent = await rows(`SELECT order_id, amount FROM payment_transfer WHERE status = 'SENT' ORDER BY amount`);
      return sent.length === 3 ? sent : null;
    });
    // The interrupted transfer was asked again after the restart with the same key, and carried out once
    // (on a loaded machine a slow run may be taken as lost and asked once more: the key makes that harmless too).
    const transfers = fake.requests.filter((r) => r.path === '/v1/transfers');
    expect(transfers.length).toBeGreaterThanOrEqual(4);
    expect(new Set(transfers.map((r) => r.idempotencyKey))).toEqual(new Set(checkout.orders.map((o) => `transfer:${o.id}`)));
    expect(
      made('tr_')
        .map((id) => fake.objects.get(id)!.amount)
        .sort(),
    ).toEqual([1440, 1920, 2325]);
    expect(
      (await rows(`SELECT amount FROM payment_transfer ORDER BY amount`)).map((r: { amount: string }) => Number(r.amount)),
    ).toEqual([1440, 1920, 2325]);
    const { myCheckout } = await buyer.gql.ok<{ myCheckout: { state: string; orders: TestOrder[] } }>(MY_CHECKOUT, {
      id: checkout.id,
    });
    expect(myCheckout.state).toBe('PAID');
    expect(myCheckout.orders.map((o) => o.state)).toEqual(['PAID', 'PAID', 'PAID']);
    const [{ captures }] = await rows(`SELECT count(*)::int AS captures FROM ledger_transaction WHERE kind = 'capture'`);
    expect(captures).toBe(1);
    const [{ posted }] = await rows(`SELECT count(*)::int AS posted FROM ledger_transaction WHERE kind = 'transfer'`);
    expect(posted).toBe(3);

    // Crash 3: the tea co-op refunds 1000 of its 2500; Stripe refunds, the process dies before recording it.
    const tea = checkout.orders.find((o) => o.total.amount === 2500)!;
    const input = { amount: { amount: 1000, currency: 'EUR' }, reason: 'RETURNED', note: '', idempotencyKey: 'crash-refund' };
    const crashedThird = killAfterAnswer('/v1/refunds');
    await expect(shops[1].owner.gql.request(REFUND, { id: tea.id, input })).rejects.toThrow();
    await crashedThird;
    expect(made('re_')).toHaveLength(1);
    const [held] = await rows(`SELECT status FROM order_refund WHERE order_id = $1`, [tea.id]);
    expect(held.status).toBe('REQUESTED');
    await start();
    await until('the refund done', async () => {
      const [row] = await rows(`SELECT status FROM order_refund WHERE order_id = $1`, [tea.id]);
      return row.status === 'DONE';
    });
    // The seller asks again with the same key: the same refund, not a second one.
    const again = await shops[1].owner.gql.ok<{ refundOrder: { state: string; refunded: { amount: number } } }>(REFUND, {
      id: tea.id,
      input,
    });
    expect(again.refundOrder).toEqual({ state: 'PAID', refunded: { amount: 1000 } });
    expect(made('re_')).toHaveLength(1);
    expect(fake.objects.get(made('re_')[0])!.amount).toBe(1000);
    // The seller's share of 1000 of 2500 (2325 of 2500 is the seller's): 930 back from the sent transfer.
    expect(made('trr_').map((id) => fake.objects.get(id)!.amount)).toEqual([930]);
    expect(await ledgerSums(db)).toEqual([expect.objectContaining({ currency: 'EUR', sum: 0 })]);
  }, 150_000);
});
