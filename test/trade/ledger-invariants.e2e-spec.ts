import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { TradeTimersService } from '@allmende/trade';
import {
  CHECKOUT,
  createCategories,
  createShop,
  createTestApp,
  ledgerSums,
  registerAccount,
  setDeliveryAddress,
  TestAccount,
  TestApp,
  TestCheckout,
  TestShop,
} from '@allmende/testing';

const PAY = `mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { state } }`;
// One key per cancel and per refund of a step: a random sequence never repeats a request on purpose.
const CANCEL = `mutation($id: ID!, $key: String!) { cancelOrder(id: $id, idempotencyKey: $key) { state } }`;
const SHIP = `mutation($id: ID!) { markOrderShipped(id: $id) { state } }`;
const REFUND = `mutation($id: ID!, $amount: SafeInt!, $key: String!) {
  refundOrder(id: $id, input: { amount: { amount: $amount, currency: "EUR" }, reason: RETURNED, idempotencyKey: $key }) { state }
}`;
const INITIAL_STOCK = 6;

type Action =
  | { kind: 'checkout'; buyer: number; items: { product: number; quantity: number }[] }
  | { kind: 'pay' | 'cancel' | 'ship'; pick: number }
  | { kind: 'refund'; pick: number; amount: number }
  | { kind: 'expire' };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('checkout' as const),
      buyer: fc.integer({ min: 0, max: 1 }),
      items: fc.array(fc.record({ product: fc.integer({ min: 0, max: 2 }), quantity: fc.integer({ min: 1, max: 4 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('ship' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('refund' as const), pick: fc.nat(), amount: fc.integer({ min: 1, max: 3000 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'expire' as const }) },
);

/** Business outcomes a random sequence may meet; anything else fails the property. */
const EXPECTED = new Set([
  'INSUFFICIENT_STOCK',
  'CART_EMPTY',
  'CHECKOUT_NOT_PAYABLE',
  'ILLEGAL_TRANSITION',
  'REFUND_EXCEEDS_ORDER',
]);

describe('trade: ledger and stock invariants under random sequences (property)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('after any sequence of checkouts, payments, refunds, cancellations and expiries the ledger balances and no unit of stock is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 14 }), async (actions) => {
        await app.reset();
        const { food } = await createCategories(app.dataSource, { food: 'Food' });
        const shops: TestShop[] = [
          await createShop(app.gql, 'Coffee', food, [
            { title: 'Beans', priceCents: 1190, fair: true, stock: INITIAL_STOCK },
            { title: 'Ground', priceCents: 999, stock: INITIAL_STOCK },
          ]),
          await createShop(app.gql, 'Tea', food, [{ title: 'Leaves', priceCents: 333, stock: INITIAL_STOCK }]),
        ];
        const products = shops.flatMap((shop) => shop.productIds.map((id) => ({ id, shop })));
        const buyers: TestAccount[] = [await registerAccount(app.gql, 'Ana'), await registerAccount(app.gql, 'Ben')];
        for (const buyer of buyers) await setDeliveryAddress(buyer.gql);
        const checkouts: { buyer: TestAccount; checkout: TestCheckout }[] = [];
        const orders = () => checkouts.flatMap(({ buyer, checkout }) => checkout.orders.map((order) => ({ buyer, order })));
        const expectOutcome = (response: { errors?: { extensions?: { code?: string } }[] }) => {
          const code = response.errors?.[0]?.extensions?.code;
          if (code && !EXPECTED.has(code)) throw new Error(`Unexpected ${code}: ${JSON.stringify(response.errors)}`);
        };

        for (const step of actions) {
          if (step.kind === 'checkout') {
            const buyer = buyers[step.buyer];
            for (const item of step.items) {
              const added = await buyer.gql.request(
                `mutation($p: ID!, $q: Int!) { addToCart(productId: $p, quantity: $q) { itemCount } }`,
                {
                  p: products[item.product].id,
                  q: item.quantity,
                },
              );
              expectOutcome(added);
            }
            const response = await buyer.gql.request<{ checkout: TestCheckout }>(CHECKOUT, { key: randomUUID() });
            expectOutcome(response);
            if (response.data) checkouts.push({ buyer, checkout: response.data.checkout });
          } else if (step.kind === 'pay' && checkouts.length) {
            const { buyer, checkout } = checkouts[step.pick % checkouts.length];
            expectOutcome(await buyer.gql.request(PAY, { id: checkout.id }));
          } else if ((step.kind === 'cancel' || step.kind === 'ship' || step.kind === 'refund') && orders().length) {
            const { buyer, order } = orders()[step.pick % orders().length];
            const seller = products.find((p) => p.shop.organisationId === order.seller.id)!.shop.owner;
            if (step.kind === 'cancel') expectOutcome(await buyer.gql.request(CANCEL, { id: order.id, key: randomUUID() }));
            if (step.kind === 'ship') expectOutcome(await seller.gql.request(SHIP, { id: order.id }));
            if (step.kind === 'refund')
              expectOutcome(await seller.gql.request(REFUND, { id: order.id, amount: step.amount, key: randomUUID() }));
          } else if (step.kind === 'expire') {
            await app.server.app.get(TradeTimersService).expireReservations(new Date(Date.now() + 24 * 3600_000));
          }
        }

        // The ledger balances in every currency.
        for (const { sum } of await ledgerSums(app.dataSource)) expect(sum).toBe(0);
        // stock + sold + reserved = initial stock, for every product.
        const rows = await app.dataSource.query<{ id: string; stock: number; reserved: number; sold: number }[]>(
          `SELECT p.id, p.stock,
                  coalesce(sum(l.quantity) FILTER (WHERE o.state = 'PENDING_PAYMENT'), 0)::int AS reserved,
                  coalesce(sum(l.quantity) FILTER (WHERE o.state NOT IN ('PENDING_PAYMENT', 'CANCELLED')), 0)::int AS sold
             FROM product p LEFT JOIN order_line l ON l.product_id = p.id LEFT JOIN trade_order o ON o.id = l.order_id
            GROUP BY p.id, p.stock`,
        );
        for (const row of rows) expect(row.stock + row.reserved + row.sold).toBe(INITIAL_STOCK);
        // What orders say was refunded is what the provider refunded and what the ledger took out of clearing.
        const [money] = await app.dataSource.query<{ orders: number; provider: number; paid: number; captured: number }[]>(
          `SELECT (SELECT coalesce(sum(refunded_amount), 0)::int FROM trade_order) AS orders,
                  (SELECT coalesce(sum(amount), 0)::int FROM payment_refund) AS provider,
                  (SELECT coalesce(sum(total_amount), 0)::int FROM checkout WHERE state = 'PAID') AS paid,
                  (SELECT coalesce(sum(e.amount), 0)::int FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
                    WHERE t.kind = 'capture' AND e.account = 'provider:clearing') AS captured`,
        );
        expect(money.provider).toBe(money.orders);
        expect(money.captured).toBe(money.paid);
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
