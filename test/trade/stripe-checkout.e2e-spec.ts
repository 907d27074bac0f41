import request from 'supertest';
import { TradeTimersService } from '@allmende/trade';
import {
  addToCart,
  CHECKOUT_FIELDS,
  checkoutCart,
  createCategories,
  createShop,
  createTestApp,
  ledgerSums,
  ORDER_FIELDS,
  registerAccount,
  registerStaff,
  signWebhook,
  startStripeFake,
  stripeEnv,
  StripeFake,
  TestAccount,
  TestApp,
  TestCheckout,
  TestOrder,
  TestShop,
} from '@allmende/testing';

const MY_CHECKOUT = `query($id: ID!) { myCheckout(id: $id) { ${CHECKOUT_FIELDS} } }`;
const REFUND = `mutation($id: ID!, $input: RefundOrderInput!) { refundOrder(id: $id, input: $input) { ${ORDER_FIELDS} } }`;
const RECONCILE = `{ paymentReconciliation { kind reference ledgerAmount providerAmount } }`;

describe('trade with Stripe (the real SDK against the local fake)', () => {
  let fake: StripeFake;
  let app: TestApp;
  let shops: TestShop[];
  let buyer: TestAccount;

  beforeAll(async () => {
    fake = await startStripeFake();
    app = await createTestApp(stripeEnv(fake));
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(async () => {
    await app.reset();
    fake.requests.length = 0;
    fake.objects.clear();
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    shops = [];
    for (const [name, title, priceCents, fair] of [
      ['Café Chiapas', 'Highland coffee', 1190, true],
      ['Darjeeling Co-op', 'First flush tea', 899, false],
      ['Cacao Collective', 'Cocoa nibs', 333, true],
    ] as const) {
      const shop = await createShop(app.gql, name, food, [{ title, priceCents, fair, stock: 10 }]);
      await onboard(shop);
      shops.push(shop);
    }
    buyer = await registerAccount(app.gql, 'Buyer');
  });

  /** Delivers a signed event and waits for the subscribers it set off. */
  const webhook = async (event: object) => {
    const { body, signature } = signWebhook(event);
    const response = await request(app.server.app.getHttpServer())
      .post('/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(body);
    await app.settle();
    return response;
  };

  /** The seller sets up its payout account; Stripe reports it ready. */
  async function onboard(shop: TestShop): Promise<void> {
    await shop.owner.gql.ok(
      `mutation($org: ID) { payoutOnboardingLink(organisationId: $org, returnUrl: "http://localhost/back") }`,
      {
        org: shop.organisationId,
      },
    );
    const [{ provider_account_id }] = await app.dataSource.query(
      `SELECT provider_account_id FROM payout_account WHERE seller_id = $1`,
      [shop.organisationId],
    );
    const ready = fake.update(provider_account_id, { details_submitted: true, charges_enabled: true, payouts_enabled: true });
    expect((await webhook(fake.event('account.updated', ready))).status).toBe(200);
  }

  async function threeSellerCheckout(): Promise<TestCheckout> {
    await addToCart(buyer.gql, shops[0].productIds[0], 3);
    await addToCart(buyer.gql, shops[1].productIds[0], 1);
    await addToCart(buyer.gql, shops[2].productIds[0], 7);
    return checkoutCart(buyer);
  }

  async function intentOf(checkout: TestCheckout): Promise<Record<string, unknown>> {
    const created = fake.requests.find(
      (r) => r.path === '/v1/payment_intents' && r.idempotencyKey === `payment:${checkout.paymentId}`,
    )!;
    expect(created.body).toMatchObject({
      amount: String(checkout.total.amount),
      currency: 'eur',
      transfer_group: `checkout:${checkout.id}`,
    });
    const [{ provider_payment_id }] = await app.dataSource.query(
      `SELECT provider_payment_id FROM payment WHERE checkout_id = $1`,
      [checkout.id],
    );
    return fake.objects.get(provider_payment_id)!;
  }

  it('pays a three-seller checkout once, however often and in whatever order the webhooks come, and transfers each seller its share', async () => {
    const checkout = await threeSellerCheckout();
    expect(checkout.clientSecret).toMatch(/_secret_/);
    const intent = await intentOf(checkout);
    const t = Math.floor(Date.now() / 1000);
    const succeeded = fake.event(
      'payment_intent.succeeded',
      fake.update(intent.id as string, { status: 'succeeded', amount_received: checkout.total.amount }),
      {
        created: t + 10,
      },
    );
    const processing = fake.event('payment_intent.processing', { ...intent, status: 'processing' }, { created: t + 5 });
    const failed = fake.event(
      'payment_intent.payment_failed',
      { ...intent, status: 'requires_payment_method' },
      { created: t + 2 },
    );

    // Delivered five times, with stale events before and in between.
    for (const event of [processing, succeeded, failed, succeeded, processing, succeeded, succeeded, succeeded]) {
      expect((await webhook(event)).status).toBe(200);
    }
    const { myCheckout } = await buyer.gql.ok<{ myCheckout: TestCheckout }>(MY_CHECKOUT, { id: checkout.id });
    expect(myCheckout.state).toBe('PAID');
    expect(myCheckout.orders.map((o) => o.state)).toEqual(['PAID', 'PAID', 'PAID']);
    const [{ captures }] = await app.dataSource.query(
      `SELECT count(*)::int AS captures FROM ledger_transaction WHERE kind = 'capture'`,
    );
    expect(captures).toBe(1);

    // One Stripe transfer per seller order, with our idempotency keys, and transfers + fees = the charge.
    const transfers = fake.requests.filter((r) => r.path === '/v1/transfers');
    expect(transfers.map((r) => r.idempotencyKey).sort()).toEqual(myCheckout.orders.map((o) => `transfer:${o.id}`).sort());
    const fees = (o: TestOrder) => o.fees.platformFee.amount + o.fees.fairFund.amount + o.fees.donation.amount;
    for (const order of myCheckout.orders) {
      const sent = transfers.find((r) => r.idempotencyKey === `transfer:${order.id}`)!;
      expect(Number(sent.body.amount)).toBe(order.fees.sellerPayout.amount);
      expect(sent.body.transfer_group).toBe(`checkout:${checkout.id}`);
    }
    const transferred = transfers.reduce((sum, r) => sum + Number(r.body.amount), 0);
    expect(transferred + myCheckout.orders.reduce((sum, o) => sum + fees(o), 0)).toBe(checkout.total.amount);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
  });

  it('refunds part of an order at Stripe, in the order and in the ledger, and all three agree', async () => {
    const checkout = await threeSellerCheckout();
    const intent = await intentOf(checkout);
    await webhook(
      fake.event(
        'payment_intent.succeeded',
        fake.update(intent.id as string, { status: 'succeeded', amount_received: checkout.total.amount }),
      ),
    );
    const order = checkout.orders[0];
    const { refundOrder } = await shops[0].owner.gql.ok<{ refundOrder: TestOrder }>(REFUND, {
      id: order.id,
      input: {
        amount: { amount: 1190, currency: 'EUR' },
        reason: 'RETURNED',
        note: 'One bag came back',
        idempotencyKey: 'return-1',
      },
    });
    expect(refundOrder).toMatchObject({
      state: 'PAID',
      refunded: { amount: 1190 },
      refundable: { amount: order.total.amount - 1190 },
    });
    const [refundRow] = await app.dataSource.query(`SELECT id FROM order_refund WHERE order_id = $1`, [order.id]);
    const refunds = fake.requests.filter((r) => r.path === '/v1/refunds');
    expect(refunds).toEqual([
      expect.objectContaining({
        idempotencyKey: `refund:${refundRow.id}`,
        body: expect.objectContaining({ amount: '1190', payment_intent: intent.id }),
      }),
    ]);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
    const staff = await registerStaff(app.gql, app.dataSource);
    expect((await staff.gql.ok<{ paymentReconciliation: unknown[] }>(RECONCILE)).paymentReconciliation).toEqual([]);
  });

  it('refunds a payment that arrives after the reservation expired, in full, and the books still agree', async () => {
    const checkout = await threeSellerCheckout();
    const intent = await intentOf(checkout);
    expect(await app.server.app.get(TradeTimersService).expireReservations(new Date(Date.now() + 31 * 60_000))).toBe(1);
    const late = fake.event(
      'payment_intent.succeeded',
      fake.update(intent.id as string, { status: 'succeeded', amount_received: checkout.total.amount }),
    );
    expect((await webhook(late)).status).toBe(200);
    const { myCheckout } = await buyer.gql.ok<{ myCheckout: TestCheckout }>(MY_CHECKOUT, { id: checkout.id });
    expect(myCheckout.state).toBe('EXPIRED');
    expect(myCheckout.orders.map((o) => o.state)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    const refunds = fake.requests.filter((r) => r.path === '/v1/refunds');
    expect(refunds).toEqual([
      expect.objectContaining({
        idempotencyKey: `refund:late-${checkout.id}`,
        body: expect.objectContaining({ amount: String(checkout.total.amount) }),
      }),
    ]);
    expect(fake.requests.some((r) => r.path === '/v1/transfers')).toBe(false);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
    const staff = await registerStaff(app.gql, app.dataSource);
    expect((await staff.gql.ok<{ paymentReconciliation: unknown[] }>(RECONCILE)).paymentReconciliation).toEqual([]);
  });
  /** Pays the checkout at the fake and delivers payment_intent.succeeded (and waits for what it sets off). */
  async function paid(checkout: TestCheckout): Promise<TestCheckout> {
    const intent = await intentOf(checkout);
    await webhook(
      fake.event(
        'payment_intent.succeeded',
        fake.update(intent.id as string, { status: 'succeeded', amount_received: checkout.total.amount }),
      ),
    );
    return (await buyer.gql.ok<{ myCheckout: TestCheckout }>(MY_CHECKOUT, { id: checkout.id })).myCheckout;
  }

  /** Stripe objects the fake made for a path (one per distinct Idempotency-Key that was carried out). */
  const madeAt = (prefix: string) => [...fake.objects.keys()].filter((id) => id.startsWith(prefix));

  it('refunds once for a refund sent five times with the same key, and takes the seller its share back from the sent transfer', async () => {
    const checkout = await paid(await threeSellerCheckout());
    const order = checkout.orders[0];
    const input = { amount: { amount: 1190, currency: 'EUR' }, reason: 'RETURNED', note: '', idempotencyKey: 'return-twice' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => shops[0].owner.gql.request<{ refundOrder: TestOrder }>(REFUND, { id: order.id, input })),
    );
    await app.settle();
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(answers.map((a) => a.data!.refundOrder.refunded.amount)).toEqual([1190, 1190, 1190, 1190, 1190]);
    const refunds = fake.requests.filter((r) => r.path === '/v1/refunds');
    expect(new Set(refunds.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(madeAt('re_')).toHaveLength(1);
    // 1190 gross of one bag: the seller's share of it (its payout part, worked out as the order's fees say) comes back.
    const sellerShare = Math.round((order.fees.sellerPayout.amount * 1190) / order.total.amount);
    const [reversal] = fake.requests.filter((r) => /\/v1\/transfers\/.+\/reversals/.test(r.path));
    expect(reversal.idempotencyKey).toMatch(/^reversal:/);
    expect(Math.abs(Number(reversal.body.amount) - sellerShare)).toBeLessThanOrEqual(1);
    const staff = await registerStaff(app.gql, app.dataSource);
    expect((await staff.gql.ok<{ paymentReconciliation: unknown[] }>(RECONCILE)).paymentReconciliation).toEqual([]);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
  });

  it('survives a commit that fails after Stripe made the transfer: retried with the same key, every seller paid once', async () => {
    // The ledger refuses the first transfer's commit (a deferred trigger, as the balance check runs at COMMIT).
    await app.dataSource.query(`
      CREATE SEQUENCE fault_once;
      CREATE FUNCTION fault_refuse_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.kind = 'transfer' AND nextval('fault_once') = 1 THEN RAISE EXCEPTION 'injected: commit refused once'; END IF;
          RETURN NEW;
        END $$;
      CREATE CONSTRAINT TRIGGER fault_refuse_once AFTER INSERT ON ledger_transaction
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fault_refuse_once();`);
    try {
      const checkout = await paid(await threeSellerCheckout());
      expect(checkout.orders.map((o) => o.state)).toEqual(['PAID', 'PAID', 'PAID']);
      const keys = fake.requests.filter((r) => r.path === '/v1/transfers').map((r) => r.idempotencyKey);
      expect(keys).toHaveLength(4); // one order's transfer was asked twice, with the same key
      expect(new Set(keys).size).toBe(3);
      expect(madeAt('tr_')).toHaveLength(3);
      const [{ transfers }] = await app.dataSource.query(
        `SELECT count(*)::int AS transfers FROM ledger_transaction WHERE kind = 'transfer'`,
      );
      expect(transfers).toBe(3);
      expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
    } finally {
      await app.dataSource.query(
        `DROP TRIGGER fault_refuse_once ON ledger_transaction; DROP FUNCTION fault_refuse_once(); DROP SEQUENCE fault_once;`,
      );
    }
  });

  it("survives Stripe's answers lost on the way (a timeout): the retry with the same key is answered, nothing is paid or refunded twice", async () => {
    fake.dropAnswers('/v1/transfers', 1);
    const checkout = await paid(await threeSellerCheckout());
    expect(madeAt('tr_')).toHaveLength(3);
    fake.dropAnswers('/v1/refunds', 1);
    const input = { amount: { amount: 899, currency: 'EUR' }, reason: 'NOT_IN_STOCK', note: '', idempotencyKey: 'lost-answer' };
    const { refundOrder } = await shops[1].owner.gql.ok<{ refundOrder: TestOrder }>(REFUND, { id: checkout.orders[1].id, input });
    expect(refundOrder).toMatchObject({ state: 'REFUNDED', refunded: { amount: 899 } });
    expect(madeAt('re_')).toHaveLength(1);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
  });
});
