import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { money } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PaymentsService, RefundService, TransferService } from '@allmende/payments';
import { createTestApp, registerAccount, signWebhook, TestApp } from '@allmende/testing';
import { inContext, published } from './payments-helpers';

describe('payments offline (no Stripe key: the demo test mode)', () => {
  let app: TestApp;
  let payments: PaymentsService;
  let transfers: TransferService;
  let refunds: RefundService;
  let ledger: LedgerService;
  let run: ReturnType<typeof inContext>;

  beforeAll(async () => {
    app = await createTestApp();
    payments = app.server.app.get(PaymentsService);
    transfers = app.server.app.get(TransferService);
    refunds = app.server.app.get(RefundService);
    ledger = app.server.app.get(LedgerService);
    run = inContext(app);
  });
  afterAll(() => app.close());
  beforeEach(() => app.reset());
  afterEach(() => jest.restoreAllMocks());

  it('says it is in test mode', async () => {
    const { paymentConfig } = await app.gql.ok<{ paymentConfig: unknown }>(
      `{ paymentConfig { provider testMode publishableKey } }`,
    );
    expect(paymentConfig).toEqual({ provider: 'OFFLINE', testMode: true, publishableKey: null });
  });

  it('starts a test-mode payment, confirms it once, and pays sellers without a provider', async () => {
    const checkoutId = randomUUID();
    const started = await run(() => payments.startPayment({ checkoutId, amount: money(1500, 'EUR'), description: 'Test' }));
    expect(started).toEqual({ paymentId: expect.any(String), clientSecret: null, testMode: true, status: 'PENDING' });
    expect(await run(() => payments.startPayment({ checkoutId, amount: money(1500, 'EUR'), description: 'Test' }))).toEqual(
      started,
    );

    const confirmed = await run(() => payments.confirmOfflinePayment(started.paymentId));
    expect(confirmed.status).toBe('SUCCEEDED');
    await run(() => payments.confirmOfflinePayment(started.paymentId));
    expect(await published(app, 'PaymentSucceeded')).toEqual([
      { paymentId: started.paymentId, checkoutId, amount: money(1500, 'EUR'), providerPaymentId: `offline_${started.paymentId}` },
    ]);

    const sellerId = randomUUID();
    const orderId = randomUUID();
    await run(() => transfers.transferToSeller({ orderId, sellerId, amount: money(1400, 'EUR'), paymentId: started.paymentId }));
    expect(await run(() => ledger.balance(LedgerAccounts.sellerPayable(sellerId), 'EUR'))).toEqual(money(1400, 'EUR'));
    await run(() =>
      refunds.refund({ paymentId: started.paymentId, amount: money(100, 'EUR'), reference: 'r1', reason: 'returned' }),
    );
    await expect(
      run(() => refunds.refund({ paymentId: started.paymentId, amount: money(1401, 'EUR'), reference: 'r2', reason: 'x' })),
    ).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_PAYMENT' });
  });

  it('onboards sellers at once and refuses Stripe webhooks', async () => {
    const seller = await registerAccount(app.gql);
    const { payoutOnboardingLink } = await seller.gql.ok<{ payoutOnboardingLink: string }>(
      `mutation { payoutOnboardingLink(returnUrl: "http://localhost:3000/sell") }`,
    );
    expect(payoutOnboardingLink).toBe('http://localhost:3000/sell');
    expect((await seller.gql.ok<{ payoutAccount: unknown }>(`{ payoutAccount { payoutsEnabled } }`)).payoutAccount).toEqual({
      payoutsEnabled: true,
    });
    expect(await app.gql.errorCode(`mutation { payoutOnboardingLink(returnUrl: "http://x.test/") }`)).toBe('UNAUTHENTICATED');

    const { body, signature } = signWebhook({ id: 'evt_1', type: 'payment_intent.succeeded', created: 1, data: { object: {} } });
    const response = await request(app.server.app.getHttpServer())
      .post('/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(body);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('STRIPE_NOT_CONFIGURED');
  });

  it('refuses to confirm offline a payment that is not offline, or does not exist', async () => {
    await expect(run(() => payments.confirmOfflinePayment(randomUUID()))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const checkoutId = randomUUID();
    const { paymentId } = await run(() => payments.startPayment({ checkoutId, amount: money(100, 'EUR'), description: 'x' }));
    await app.dataSource.query(`UPDATE payment SET provider = 'STRIPE' WHERE id = $1`, [paymentId]);
    await expect(run(() => payments.confirmOfflinePayment(paymentId))).rejects.toMatchObject({ code: 'PAYMENT_NOT_OFFLINE' });
  });
});
