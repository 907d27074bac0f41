import request from 'supertest';
import { createTestApp, signWebhook, startStripeFake, stripeEnv, StripeFake, TestApp } from '@allmende/testing';

/** Issue 11 item 5: a correctly signed but malformed Stripe event is kept as rejected and answered 400, never 500. */
describe('malformed Stripe events', () => {
  let fake: StripeFake;
  let app: TestApp;

  beforeAll(async () => {
    fake = await startStripeFake();
    app = await createTestApp(stripeEnv(fake));
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(() => app.reset());

  const deliver = (payload: object) => {
    const { body, signature } = signWebhook(payload);
    return request(app.server.app.getHttpServer())
      .post('/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(body);
  };
  const base = { object: 'event', created: 1_735_689_600 };
  const intent = (extra: object) => ({ id: 'pi_1', object: 'payment_intent', amount: 100, currency: 'eur', ...extra });

  it.each<[string, object, string, string]>([
    ['an empty object', {}, 'rejected:', 'id is missing'],
    ['no data', { ...base, id: 'evt_no_data', type: 'payment_intent.succeeded' }, 'evt_no_data', 'data.object is missing'],
    [
      'data.object null',
      { ...base, id: 'evt_null', type: 'payment_intent.succeeded', data: { object: null } },
      'evt_null',
      'data.object is missing',
    ],
    [
      'a checkout id that is no id',
      {
        ...base,
        id: 'evt_meta',
        type: 'payment_intent.succeeded',
        data: { object: intent({ metadata: { checkout_id: "1'; --" } }) },
      },
      'evt_meta',
      'data.object.metadata.checkout_id is not a checkout id',
    ],
    [
      'no created',
      { id: 'evt_time', type: 'account.updated', data: { object: { id: 'acct_1' } } },
      'evt_time',
      'created is not a time',
    ],
    [
      'a dispute without an amount',
      { ...base, id: 'evt_dispute', type: 'charge.dispute.created', data: { object: { id: 'dp_1', currency: 'eur' } } },
      'evt_dispute',
      'data.object.amount is not a whole number',
    ],
  ])('%s: 400 WEBHOOK_EVENT_MALFORMED, stored as REJECTED with the reason', async (_name, payload, id, reason) => {
    const response = await deliver(payload);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'WEBHOOK_EVENT_MALFORMED', message: `The event cannot be processed: ${reason}` });
    const rows = await app.dataSource.query(`SELECT id, outcome, note FROM provider_event`);
    expect(rows).toEqual([{ id: expect.stringContaining(id), outcome: 'REJECTED', note: reason }]);
    // Delivered again, it is recognised and refused the same way, still one row.
    expect((await deliver(payload)).status).toBe(400);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM provider_event`)).toEqual([{ n: 1 }]);
  });

  it('an event of a type Allmende does not act on needs only the envelope', async () => {
    const response = await deliver({ ...base, id: 'evt_other', type: 'customer.created', data: { object: { id: 'cus_1' } } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ received: true, outcome: 'IGNORED' });
  });
});
