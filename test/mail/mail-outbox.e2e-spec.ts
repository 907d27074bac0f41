import { ClsService } from 'nestjs-cls';
import { CallInsideTransactionError, MailService, TxHost } from '@allmende/core';
import {
  addToCart,
  checkoutCart,
  createCategories,
  createShop,
  createTestApp,
  readMails,
  registerAccount,
  TestAccount,
  TestApp,
  TestShop,
} from '@allmende/testing';

const PAY = `mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id } }`;
const RESET = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;

/**
 * Mail goes out after the commit, as the jobs of the outbox's events, never inside a transaction,
 * and once per event and recipient: the queue delivers at least once, the mailbox gets one mail.
 */
describe('mail from the outbox: after commit, once per event and recipient', () => {
  let app: TestApp;
  let shop: TestShop;
  let buyer: TestAccount;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    shop = await createShop(app.gql, 'Café Chiapas', food, [{ title: 'Highland coffee', priceCents: 1190, stock: 10 }]);
    buyer = await registerAccount(app.gql, 'Greta Buyer');
  });

  /** Sends every job this event's subscribers ran once more, as pg-boss does after a lost run. */
  async function redeliver(eventName: string): Promise<number> {
    const copies = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO pgboss.job (name, data) SELECT name, data FROM pgboss.job WHERE name LIKE $1 RETURNING id`,
      [`${eventName}.%`],
    );
    await app.settle();
    // Each copy ran to the end (a subscriber that threw would also leave one mail, and prove nothing).
    const states = await app.dataSource.query<{ state: string }[]>(`SELECT state FROM pgboss.job WHERE id = ANY($1::uuid[])`, [
      copies.map((copy) => copy.id),
    ]);
    expect(states.map((job) => job.state)).toEqual(copies.map(() => 'completed'));
    return copies.length;
  }

  const mailsOf = async (kind: string) => (await readMails(app)).filter((mail) => mail.kind === kind);

  it('sends the order confirmation and the new-order mail once when OrderPaid is delivered twice', async () => {
    await addToCart(buyer.gql, shop.productIds[0], 1);
    const checkout = await checkoutCart(buyer);
    await buyer.gql.ok(PAY, { id: checkout.id });
    expect((await mailsOf('order-confirmation')).map((m) => m.to)).toEqual([buyer.email]);
    expect((await mailsOf('new-order')).map((m) => m.to)).toEqual([shop.owner.email]);

    expect(await redeliver('OrderPaid')).toBeGreaterThan(0);
    expect(await mailsOf('order-confirmation')).toHaveLength(1);
    expect(await mailsOf('new-order')).toHaveLength(1);
    const [event] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM domain_event WHERE name = 'OrderPaid'`);
    const deliveries = await app.dataSource.query<{ kind: string; recipient: string }[]>(
      `SELECT kind, recipient FROM mail_delivery WHERE event_id = $1 ORDER BY kind`,
      [event.id],
    );
    expect(deliveries).toEqual([
      { kind: 'new-order', recipient: shop.owner.email },
      { kind: 'order-confirmation', recipient: buyer.email },
    ]);
  });

  it('sends one password-reset mail for a redelivered request, even when the process died before recording it', async () => {
    await app.gql.ok(RESET, { e: buyer.email });
    expect(await mailsOf('password-reset')).toHaveLength(1);
    await redeliver('PasswordResetRequested');
    expect(await mailsOf('password-reset')).toHaveLength(1);

    // Sent, but the record of it lost (a crash between the two): the mailbox still has one mail with that delivery's name.
    await app.dataSource.query(`DELETE FROM mail_delivery`);
    await redeliver('PasswordResetRequested');
    expect(await mailsOf('password-reset')).toHaveLength(1);

    // A new request is a new event: a second mail.
    await app.gql.ok(RESET, { e: buyer.email });
    expect(await mailsOf('password-reset')).toHaveLength(2);
  });

  it('sends nothing for a change that rolled back, and refuses to send inside a transaction', async () => {
    const txHost: TxHost = app.server.app.get(TxHost);
    const cls = app.server.app.get(ClsService);
    const mail = app.server.app.get(MailService);
    const before = (await readMails(app)).length;
    await expect(
      cls.run(() =>
        txHost.withTransaction(async () => {
          await txHost.tx.query(`UPDATE account SET display_name = 'Rolled back' WHERE id = $1`, [buyer.id]);
          await mail.deliverOnce({ eventId: '00000000-0000-4000-8000-000000000000', kind: 'test', recipient: buyer.email }, () =>
            Promise.resolve({ to: buyer.email, kind: 'test', subject: 'No', text: 'No', html: '<p>No</p>' }),
          );
        }),
      ),
    ).rejects.toBeInstanceOf(CallInsideTransactionError);
    expect((await readMails(app)).length).toBe(before);
    expect(await app.dataSource.query(`SELECT display_name FROM account WHERE id = $1`, [buyer.id])).toEqual([
      { display_name: 'Greta Buyer' },
    ]);
  });
});
