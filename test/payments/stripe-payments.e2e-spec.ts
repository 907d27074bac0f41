import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CallInsideTransactionError, money, TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import {
  PAYMENT_PROVIDER,
  PaymentProvider,
  PaymentsService,
  PayoutAccountService,
  RefundService,
  TransferService,
} from '@allmende/payments';
import {
  createTestApp,
  registerAccount,
  registerStaff,
  signWebhook,
  startStripeFake,
  stripeEnv,
  StripeFake,
  TestApp,
} from '@allmende/testing';
import { inContext, postWebhook, published } from './payments-helpers';

const count = async (app: TestApp, table: string): Promise<number> =>
  (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('payments with Stripe (the real SDK against a local fake)', () => {
  let fake: StripeFake;
  let app: TestApp;
  let payments: PaymentsService;
  let transfers: TransferService;
  let refunds: RefundService;
  let payoutAccounts: PayoutAccountService;
  let ledger: LedgerService;
  let run: ReturnType<typeof inContext>;

  beforeAll(async () => {
    fake = await startStripeFake();
    app = await createTestApp(stripeEnv(fake));
    payments = app.server.app.get(PaymentsService);
    transfers = app.server.app.get(TransferService);
    refunds = app.server.app.get(RefundService);
    payoutAccounts = app.server.app.get(PayoutAccountService);
    ledger = app.server.app.get(LedgerService);
    run = inContext(app);
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(async () => {
    await app.reset();
    fake.requests.length = 0;
  });
  afterEach(() => jest.restoreAllMocks());

  const start = (checkoutId = randomUUID(), amount = 5000) =>
    run(() => payments.startPayment({ checkoutId, amount: money(amount, 'EUR'), description: `Checkout ${checkoutId}` }));

  /** Makes the payment intent succeed at the fake and returns the event Stripe would send. */
  const succeededEvent = (paymentId: string, created?: number) =>
    run(async () => {
      const payment = await payments.get(paymentId);
      const intent = fake.update(payment.providerPaymentId!, { status: 'succeeded', amount_received: payment.amount });
      return fake.event('payment_intent.succeeded', intent, { created });
    });

  it('starts one PaymentIntent per checkout with its transfer_group and Idempotency-Key payment:<paymentId> of the committed row', async () => {
    const checkoutId = randomUUID();
    const started = await start(checkoutId, 2599);
    expect(started).toMatchObject({ testMode: true, status: 'PENDING', clientSecret: expect.stringMatching(/^pi_.+_secret_/) });

    const [call] = fake.requests;
    expect(call).toMatchObject({
      method: 'POST',
      path: '/v1/payment_intents',
      idempotencyKey: `payment:${started.paymentId}`,
      body: {
        amount: '2599',
        currency: 'eur',
        transfer_group: `checkout:${checkoutId}`,
        metadata: { payment_id: started.paymentId, checkout_id: checkoutId },
      },
    });
    // Again for the same checkout: the same payment and client secret, no second PaymentIntent.
    expect(await start(checkoutId, 2599)).toEqual(started);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    await expect(start(checkoutId, 9999)).rejects.toMatchObject({ code: 'PAYMENT_AMOUNT_MISMATCH' });

    const config = await app.gql.ok<{ paymentConfig: unknown }>(`{ paymentConfig { provider testMode publishableKey } }`);
    expect(config.paymentConfig).toEqual({ provider: 'STRIPE', testMode: true, publishableKey: 'pk_test_allmende_fake' });
  });

  it('refuses any provider call made while a database transaction is open (on for the whole suite under NODE_ENV=test)', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const provider = app.server.app.get<PaymentProvider>(PAYMENT_PROVIDER);
    const txHost = app.server.app.get(TxHost);
    const { paymentId } = await start();
    const { providerPaymentId } = await run(() => payments.get(paymentId));
    // Outside a transaction the call goes through; inside one it never reaches Stripe.
    await expect(run(() => provider.retrievePayment(providerPaymentId!))).resolves.toMatchObject({ providerPaymentId });
    const before = fake.requests.length;
    await expect(
      run(() =>
        txHost.withTransaction(() =>
          provider.createRefund({
            providerPaymentId: providerPaymentId!,
            amount: money(100, 'EUR'),
            reference: 'guard',
            reason: 'requested_by_customer',
            idempotencyKey: 'refund:guard',
          }),
        ),
      ),
    ).rejects.toBeInstanceOf(CallInsideTransactionError);
    expect(fake.requests.length).toBe(before);
  });

  it('applies a webhook delivered five times at once, and late out-of-order events, exactly once', async () => {
    const { paymentId } = await start();
    const t = Math.floor(Date.now() / 1000);
    const succeeded = await succeededEvent(paymentId, t + 10);
    const responses = await Promise.all(Array.from({ length: 5 }, () => postWebhook(app, succeeded)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(responses.filter((r) => r.body.duplicate === false)).toHaveLength(1);

    // Older events arriving after the success change nothing, and are stored as IGNORED.
    const intent = fake.objects.get((await run(() => payments.get(paymentId))).providerPaymentId!)!;
    const processing = fake.event('payment_intent.processing', { ...intent, status: 'processing' }, { created: t + 5 });
    const failed = fake.event(
      'payment_intent.payment_failed',
      { ...intent, status: 'requires_payment_method', last_payment_error: { message: 'Your card was declined.' } },
      { created: t + 1 },
    );
    for (const event of [processing, failed, processing]) expect((await postWebhook(app, event)).status).toBe(200);

    const payment = await run(() => payments.get(paymentId));
    expect(payment.status).toBe('SUCCEEDED');
    expect(await published(app, 'PaymentSucceeded')).toEqual([
      { paymentId, checkoutId: payment.checkoutId, amount: money(5000, 'EUR'), providerPaymentId: payment.providerPaymentId },
    ]);
    expect(await published(app, 'PaymentFailed')).toEqual([]);
    const events = await app.dataSource.query(`SELECT type, outcome FROM provider_event ORDER BY provider_created_at`);
    expect(events).toEqual([
      { type: 'payment_intent.payment_failed', outcome: 'IGNORED' },
      { type: 'payment_intent.processing', outcome: 'IGNORED' },
      { type: 'payment_intent.succeeded', outcome: 'APPLIED' },
    ]);
  });

  it('publishes a failure once, and still a success when the buyer retries the same intent', async () => {
    const { paymentId } = await start();
    const payment = await run(() => payments.get(paymentId));
    const intent = fake.objects.get(payment.providerPaymentId!)!;
    const t = Math.floor(Date.now() / 1000);
    const failed = fake.event(
      'payment_intent.payment_failed',
      { ...intent, last_payment_error: { message: 'Declined' } },
      { created: t },
    );
    await postWebhook(app, failed);
    await postWebhook(app, failed);
    await postWebhook(app, fake.event('payment_intent.payment_failed', intent, { created: t + 1 }));
    expect((await run(() => payments.get(paymentId))).status).toBe('FAILED');
    expect(await published(app, 'PaymentFailed')).toEqual([{ paymentId, checkoutId: payment.checkoutId, reason: 'Declined' }]);
    await postWebhook(app, await succeededEvent(paymentId, t + 2));
    expect((await run(() => payments.get(paymentId))).status).toBe('SUCCEEDED');
    expect(await published(app, 'PaymentSucceeded')).toHaveLength(1);
    expect(await published(app, 'PaymentFailed')).toHaveLength(1);
  });

  it('refuses a bad signature with 400 and stores nothing', async () => {
    const { paymentId } = await start();
    const event = await succeededEvent(paymentId);
    const forged = await postWebhook(app, event, 'whsec_not_ours');
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');

    const { body, signature } = signWebhook(event);
    const tampered = await request(app.server.app.getHttpServer())
      .post('/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(body.replace('"succeeded"', '"canceled"'));
    expect(tampered.status).toBe(400);
    const unsigned = await request(app.server.app.getHttpServer())
      .post('/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(unsigned.status).toBe(400);

    expect(await count(app, 'provider_event')).toBe(0);
    expect((await run(() => payments.get(paymentId))).status).toBe('PENDING');
    expect(await published(app, 'PaymentSucceeded')).toEqual([]);
  });

  it('answers 503 for an event about a payment not stored yet, so Stripe delivers it again', async () => {
    const checkoutId = randomUUID();
    const event = fake.event('payment_intent.succeeded', {
      id: 'pi_unknown',
      object: 'payment_intent',
      metadata: { checkout_id: checkoutId },
    });
    expect((await postWebhook(app, event)).status).toBe(503);
    expect(await count(app, 'provider_event')).toBe(0);
    const foreign = fake.event('payment_intent.succeeded', { id: 'pi_foreign', object: 'payment_intent', metadata: {} });
    expect((await postWebhook(app, foreign)).body).toMatchObject({ duplicate: false, outcome: 'IGNORED' });
  });

  it('transfers to a seller with the transfer_group and Idempotency-Key transfer:<orderId>, after onboarding, and posts the ledger', async () => {
    const { paymentId } = await start(undefined, 10_000);
    await postWebhook(app, await succeededEvent(paymentId));
    const payment = await run(() => payments.get(paymentId));
    const sellerId = randomUUID();
    const orderId = randomUUID();

    // Not onboarded yet: the transfer waits.
    const { transferId } = await run(() =>
      transfers.transferToSeller({ orderId, sellerId, amount: money(9000, 'EUR'), paymentId }),
    );
    expect(fake.requests.some((r) => r.path === '/v1/transfers')).toBe(false);
    expect(await run(() => ledger.find('transfer', orderId))).toBeNull();

    // The seller onboards through the GraphQL mutation; Stripe then reports the account ready.
    const seller = await registerAccount(app.gql, 'Seller');
    const link = await seller.gql.ok<{ payoutOnboardingLink: string }>(
      `mutation { payoutOnboardingLink(returnUrl: "http://localhost:3000/sell/payouts") }`,
    );
    expect(link.payoutOnboardingLink).toMatch(/^https:\/\/connect\.stripe\.test\//);
    const accountRequest = fake.requests.find((r) => r.path === '/v1/accounts')!;
    expect(accountRequest.idempotencyKey).toBe(`account:${seller.id}`);
    const account = await run(() => payoutAccounts.payoutAccountOf(seller.id));
    await app.dataSource.query(`UPDATE payout_account SET seller_id = $1 WHERE seller_id = $2`, [sellerId, seller.id]);
    const ready = fake.update(account!.providerAccountId, {
      details_submitted: true,
      charges_enabled: true,
      payouts_enabled: true,
    });
    expect((await postWebhook(app, fake.event('account.updated', ready))).body.outcome).toBe('APPLIED');

    const transfer = fake.requests.find((r) => r.path === '/v1/transfers')!;
    expect(transfer).toMatchObject({
      idempotencyKey: `transfer:${orderId}`,
      body: {
        amount: '9000',
        currency: 'eur',
        destination: account!.providerAccountId,
        transfer_group: `checkout:${payment.checkoutId}`,
      },
    });
    const posted = await run(() => ledger.find('transfer', orderId));
    expect(posted!.entries!.map((e) => [e.account, e.amount]).sort()).toEqual(
      [
        [LedgerAccounts.PROVIDER_CLEARING, -9000],
        [LedgerAccounts.sellerPayable(sellerId), 9000],
      ].sort(),
    );
    // Idempotent by order; the next order of an onboarded seller goes out at once.
    expect(await run(() => transfers.transferToSeller({ orderId, sellerId, amount: money(9000, 'EUR'), paymentId }))).toEqual({
      transferId,
    });
    const secondOrder = randomUUID();
    await run(() => transfers.transferToSeller({ orderId: secondOrder, sellerId, amount: money(1000, 'EUR'), paymentId }));
    expect(fake.requests.filter((r) => r.path === '/v1/transfers').map((r) => r.idempotencyKey)).toEqual([
      `transfer:${orderId}`,
      `transfer:${secondOrder}`,
    ]);
    await expect(
      run(() => transfers.transferToSeller({ orderId: randomUUID(), sellerId, amount: money(1, 'EUR'), paymentId })),
    ).rejects.toMatchObject({ code: 'TRANSFER_EXCEEDS_PAYMENT' });
  });

  it('refunds with Idempotency-Key refund:<reference> and refuses more than what is left', async () => {
    const { paymentId } = await start(undefined, 3000);
    await expect(
      run(() => refunds.refund({ paymentId, amount: money(100, 'EUR'), reference: 'r0', reason: 'not paid yet' })),
    ).rejects.toMatchObject({ code: 'PAYMENT_NOT_SUCCEEDED' });
    await postWebhook(app, await succeededEvent(paymentId));

    const first = await run(() =>
      refunds.refund({ paymentId, amount: money(2000, 'EUR'), reference: 'order-1:return', reason: 'returned' }),
    );
    expect(fake.requests.filter((r) => r.path === '/v1/refunds')).toEqual([
      expect.objectContaining({ idempotencyKey: 'refund:order-1:return', body: expect.objectContaining({ amount: '2000' }) }),
    ]);
    expect(
      await run(() => refunds.refund({ paymentId, amount: money(2000, 'EUR'), reference: 'order-1:return', reason: 'returned' })),
    ).toEqual(first);
    await expect(
      run(() => refunds.refund({ paymentId, amount: money(1001, 'EUR'), reference: 'order-2:stock', reason: 'not in stock' })),
    ).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_PAYMENT', details: { remaining: 1000 } });
    await expect(
      run(() => refunds.refund({ paymentId, amount: money(10, 'USD'), reference: 'order-2:usd', reason: 'x' })),
    ).rejects.toMatchObject({ code: 'CURRENCY_MISMATCH' });
    await run(() =>
      refunds.refund({ paymentId, amount: money(1000, 'EUR'), reference: 'order-2:stock', reason: 'not in stock' }),
    );
    expect(await count(app, 'payment_refund')).toBe(2);
    expect(fake.requests.filter((r) => r.path === '/v1/refunds')).toHaveLength(2);
  });

  it('records a chargeback once, posts it, and publishes PaymentDisputed', async () => {
    const { paymentId } = await start(undefined, 4000);
    await postWebhook(app, await succeededEvent(paymentId));
    const payment = await run(() => payments.get(paymentId));
    const dispute = fake.event('charge.dispute.created', {
      id: 'dp_1',
      object: 'dispute',
      amount: 4000,
      currency: 'eur',
      reason: 'fraudulent',
      status: 'needs_response',
      payment_intent: payment.providerPaymentId,
      charge: 'ch_1',
    });
    await postWebhook(app, dispute);
    await postWebhook(app, dispute);
    expect(await published(app, 'PaymentDisputed')).toEqual([
      { paymentId, checkoutId: payment.checkoutId, amount: money(4000, 'EUR'), reason: 'fraudulent', providerDisputeId: 'dp_1' },
    ]);
    expect(await run(() => ledger.balance(LedgerAccounts.PLATFORM_DISPUTES, 'EUR'))).toEqual(money(4000, 'EUR'));
    await expect(
      run(() => refunds.refund({ paymentId, amount: money(1, 'EUR'), reference: 'after-dispute', reason: 'x' })),
    ).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_PAYMENT' });
  });

  it('records a refund made at the provider once (charge.refunded), and gives a won chargeback back (charge.dispute.closed)', async () => {
    const { paymentId } = await start(undefined, 6000);
    await postWebhook(app, await succeededEvent(paymentId));
    const payment = await run(() => payments.get(paymentId));
    // 15.00 refunded in Stripe's dashboard, outside Allmende; the event comes twice.
    const refunded = fake.event('charge.refunded', {
      id: 'ch_2',
      object: 'charge',
      amount: 6000,
      amount_refunded: 1500,
      currency: 'eur',
      payment_intent: payment.providerPaymentId,
      refunds: { object: 'list', data: [{ id: 're_dashboard', object: 'refund', amount: 1500, currency: 'eur', metadata: {} }] },
    });
    await postWebhook(app, refunded);
    await postWebhook(app, refunded);
    expect(await app.dataSource.query(`SELECT reference, amount::int AS amount, status FROM payment_refund`)).toEqual([
      { reference: 'provider:re_dashboard', amount: 1500, status: 'SUCCEEDED' },
    ]);
    expect(await run(() => ledger.balance(LedgerAccounts.PLATFORM_DISPUTES, 'EUR'))).toEqual(money(1500, 'EUR'));

    // A chargeback of the remaining 45.00: 15.00 + 45.00 = 60.00 on the disputes account; won, the 45.00 come back.
    const dispute = { id: 'dp_2', object: 'dispute', amount: 4500, currency: 'eur', reason: 'product_not_received' };
    await postWebhook(
      app,
      fake.event('charge.dispute.created', { ...dispute, status: 'needs_response', payment_intent: payment.providerPaymentId }),
    );
    expect(await run(() => ledger.balance(LedgerAccounts.PLATFORM_DISPUTES, 'EUR'))).toEqual(money(6000, 'EUR'));
    const won = fake.event('charge.dispute.closed', { ...dispute, status: 'won', payment_intent: payment.providerPaymentId });
    await postWebhook(app, won);
    await postWebhook(app, won);
    expect(await run(() => ledger.balance(LedgerAccounts.PLATFORM_DISPUTES, 'EUR'))).toEqual(money(1500, 'EUR'));
    // Provider clearing (the capture is trade's posting, for a checkout; this payment has none):
    // − 15.00 refunded − 45.00 taken + 45.00 back = − 15.00.
    expect(await run(() => ledger.balance(LedgerAccounts.PROVIDER_CLEARING, 'EUR'))).toEqual(money(-1500, 'EUR'));
  });

  it('shows the seller a failed payout with the bank’s reason (payout.failed), until a later payout is paid', async () => {
    const seller = await registerAccount(app.gql, 'Payout Seller');
    await seller.gql.ok(`mutation { payoutOnboardingLink(returnUrl: "http://localhost:3000/sell/payouts") }`);
    const account = (await run(() => payoutAccounts.payoutAccountOf(seller.id)))!;
    const payout = (id: string, status: string, failure: string | null) => ({
      ...fake.event(status === 'paid' ? 'payout.paid' : 'payout.failed', {
        id,
        object: 'payout',
        amount: 12_345,
        currency: 'eur',
        status,
        failure_message: failure,
      }),
      account: account.providerAccountId,
    });
    const LAST_PAYOUT = `{ payoutAccount { lastPayout { providerPayoutId status failureMessage } } }`;
    await postWebhook(app, payout('po_1', 'failed', 'The bank account has been closed.'));
    expect((await seller.gql.ok<{ payoutAccount: object }>(LAST_PAYOUT)).payoutAccount).toEqual({
      lastPayout: { providerPayoutId: 'po_1', status: 'FAILED', failureMessage: 'The bank account has been closed.' },
    });
    expect(await published(app, 'PayoutFailed')).toEqual([
      {
        sellerId: seller.id,
        providerPayoutId: 'po_1',
        amount: money(12_345, 'EUR'),
        failureMessage: 'The bank account has been closed.',
      },
    ]);
    // Another buyer's session sees no payout account of this seller's.
    const other = await registerAccount(app.gql, 'Someone Else');
    expect((await other.gql.ok<{ payoutAccount: unknown }>(LAST_PAYOUT)).payoutAccount).toBeNull();
    await postWebhook(app, payout('po_2', 'paid', null));
    expect((await seller.gql.ok<{ payoutAccount: object }>(LAST_PAYOUT)).payoutAccount).toEqual({
      lastPayout: { providerPayoutId: 'po_2', status: 'PAID', failureMessage: null },
    });
  });

  it('reconciles the ledger with the provider: lists each difference, and nothing once they agree', async () => {
    // The test posts the capture as trade would for the first checkout, and "forgets" the second.
    const staff = await registerStaff(app.gql, app.dataSource);
    const RECONCILE = `{ paymentReconciliation { kind reference currency ledgerAmount providerAmount } }`;

    const a = await start(undefined, 2500);
    await postWebhook(app, await succeededEvent(a.paymentId));
    const checkoutA = (await run(() => payments.get(a.paymentId))).checkoutId;
    await run(() =>
      ledger.post({
        kind: 'capture',
        reference: checkoutA,
        entries: [
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(2500, 'EUR') },
          { account: LedgerAccounts.sellerPayable('s1'), amount: money(-2500, 'EUR') },
        ],
      }),
    );
    await run(() =>
      refunds.refund({ paymentId: a.paymentId, amount: money(500, 'EUR'), reference: 'ref-a', reason: 'returned' }),
    );
    await run(() =>
      ledger.post({
        kind: 'refund',
        reference: 'ref-a',
        entries: [
          { account: LedgerAccounts.sellerPayable('s1'), amount: money(500, 'EUR') },
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(-500, 'EUR') },
        ],
      }),
    );
    expect((await staff.gql.ok(RECONCILE)).paymentReconciliation).toEqual([]);

    const b = await start(undefined, 1200);
    await postWebhook(app, await succeededEvent(b.paymentId));
    const checkoutB = (await run(() => payments.get(b.paymentId))).checkoutId;
    await run(() =>
      ledger.post({
        kind: 'refund',
        reference: 'never-refunded',
        entries: [
          { account: LedgerAccounts.sellerPayable('s1'), amount: money(300, 'EUR') },
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(-300, 'EUR') },
        ],
      }),
    );
    expect((await staff.gql.ok(RECONCILE)).paymentReconciliation).toEqual([
      { kind: 'capture', reference: checkoutB, currency: 'EUR', ledgerAmount: 0, providerAmount: 1200 },
      { kind: 'refund', reference: 'never-refunded', currency: 'EUR', ledgerAmount: -300, providerAmount: 0 },
    ]);
    const member = await registerAccount(app.gql);
    expect(await member.gql.errorCode(RECONCILE)).toBe('FORBIDDEN');
  });
});
