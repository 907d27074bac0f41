import { randomUUID } from 'node:crypto';
import { TradeTimersService } from '@allmende/trade';
import {
  addToCart,
  CHECKOUT,
  CHECKOUT_FIELDS,
  checkoutCart,
  COMPLETE_LEGAL_DETAILS,
  countStatements,
  createCategories,
  createShop,
  createTestApp,
  ledgerBalance,
  ledgerSums,
  ORDER_FIELDS,
  productStock,
  registerAccount,
  setDeliveryAddress,
  TestAccount,
  TestApp,
  TestCheckout,
  TestOrder,
  TestShop,
} from '@allmende/testing';

const PAY = `mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { ${CHECKOUT_FIELDS} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const SHIP = `mutation($id: ID!) { markOrderShipped(id: $id, carrier: "DHL", trackingCode: "00340434") { state carrier trackingCode } }`;
const CONFIRM = `mutation($id: ID!) { confirmDelivery(id: $id) { state } }`;
// The default key: a test that cancels one order twice asks the same thing twice.
const CANCEL = `mutation($id: ID!, $key: String! = "cancel-once") { cancelOrder(id: $id, reason: "Changed my mind", idempotencyKey: $key) { state cancelReason refunded { amount } } }`;
const REFUND = `mutation($id: ID!, $input: RefundOrderInput!) { refundOrder(id: $id, input: $input) { ${ORDER_FIELDS} } }`;
const RATE = `mutation($id: ID!, $rating: SellerRatingValue!) { rateSeller(orderId: $id, rating: $rating, comment: "Thanks") { rating } }`;
const SELLER_ORDERS = `query($org: ID) { sellerOrders(organisationId: $org) { totalCount edges { node { ${ORDER_FIELDS} } } } }`;
const MY_ORDERS = `query { myOrders { totalCount edges { node { id state seller { name } } } } }`;

describe('trade: checkout and orders (offline payments)', () => {
  let app: TestApp;
  let food: string;
  let coffee: TestShop;
  let tea: TestShop;
  let cocoa: TestShop;
  let buyer: TestAccount;

  beforeAll(async () => {
    app = await createTestApp({ CHECKOUT_RESERVATION_MINUTES: '30' });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    ({ food } = await createCategories(app.dataSource, { food: 'Food' }));
    coffee = await createShop(app.gql, 'Café Chiapas', food, [
      { title: 'Highland coffee', priceCents: 1190, stock: 10, fair: true },
    ]);
    tea = await createShop(app.gql, 'Darjeeling Co-op', food, [{ title: 'First flush tea', priceCents: 899, stock: 10 }]);
    cocoa = await createShop(app.gql, 'Cacao Collective', food, [
      { title: 'Cocoa nibs', priceCents: 333, stock: 10, fair: true },
    ]);
    buyer = await registerAccount(app.gql, 'Buyer');
  });

  async function pay(account: TestAccount, checkout: TestCheckout): Promise<TestCheckout> {
    return (await account.gql.ok<{ payCheckoutOffline: TestCheckout }>(PAY, { id: checkout.id })).payCheckoutOffline;
  }

  async function paidOrder(quantity = 2): Promise<TestOrder> {
    await addToCart(buyer.gql, coffee.productIds[0], quantity);
    const checkout = await pay(buyer, await checkoutCart(buyer));
    return checkout.orders[0];
  }

  it('turns a three-seller cart into three orders and three transfers that, with the fees, add up to the charge', async () => {
    await addToCart(buyer.gql, coffee.productIds[0], 3);
    await addToCart(buyer.gql, tea.productIds[0], 1);
    await addToCart(buyer.gql, cocoa.productIds[0], 7);
    const checkout = await checkoutCart(buyer);
    expect(checkout).toMatchObject({
      state: 'PENDING_PAYMENT',
      testMode: true,
      total: { amount: 3 * 1190 + 899 + 7 * 333, currency: 'EUR' },
    });
    expect(checkout.orders.map((o) => [o.seller.name, o.state])).toEqual([
      ['Café Chiapas', 'PENDING_PAYMENT'],
      ['Darjeeling Co-op', 'PENDING_PAYMENT'],
      ['Cacao Collective', 'PENDING_PAYMENT'],
    ]);
    // The confirmation carries each seller's terms and withdrawal policy.
    expect(checkout.orders[0].seller).toMatchObject({
      terms: COMPLETE_LEGAL_DETAILS.terms,
      withdrawalPolicy: COMPLETE_LEGAL_DETAILS.withdrawalPolicy,
    });
    expect(await productStock(app.dataSource, cocoa.productIds[0])).toBe(3);
    const cart = await buyer.gql.ok<{ cart: { itemCount: number } }>(`{ cart { itemCount } }`);
    expect(cart.cart.itemCount).toBe(0);

    const paid = await pay(buyer, checkout);
    expect(paid.state).toBe('PAID');
    expect(paid.orders.every((o) => o.state === 'PAID')).toBe(true);

    // Each seller's transfer is its own job after the orders are paid (OrderPaid).
    await app.settle();
    const transfers = await app.dataSource.query<{ order_id: string; amount: string }[]>(
      `SELECT order_id, amount FROM payment_transfer WHERE payment_id = $1`,
      [paid.paymentId],
    );
    expect(transfers).toHaveLength(3);
    const feesOf = (o: TestOrder) => o.fees.platformFee.amount + o.fees.fairFund.amount + o.fees.donation.amount;
    for (const order of paid.orders) {
      const transfer = transfers.find((t) => t.order_id === order.id)!;
      expect(Number(transfer.amount)).toBe(order.fees.sellerPayout.amount);
      expect(Number(transfer.amount) + feesOf(order)).toBe(order.total.amount);
    }
    const transferred = transfers.reduce((sum, t) => sum + Number(t.amount), 0);
    expect(transferred + paid.orders.reduce((sum, o) => sum + feesOf(o), 0)).toBe(paid.total.amount);
    // Fees per line: 3 % fair (min 0.10), 6 % other, 1 % fair fund.
    expect(paid.orders[0].lines[0]).toMatchObject({
      gross: { amount: 3570 },
      platformFee: { amount: 107 },
      fairFund: { amount: 36 },
    });
    expect(paid.orders[1].lines[0]).toMatchObject({
      gross: { amount: 899 },
      platformFee: { amount: 54 },
      fairFund: { amount: 9 },
    });

    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ currency: 'EUR', sum: 0 })]);
    expect(await ledgerBalance(app.dataSource, 'platform:fees')).toBe(
      -paid.orders.reduce((s, o) => s + o.fees.platformFee.amount, 0),
    );
    expect(await ledgerBalance(app.dataSource, 'coop:fair-fund')).toBe(
      -paid.orders.reduce((s, o) => s + o.fees.fairFund.amount, 0),
    );

    // Sellers see their own orders with the fees.
    const sold = await coffee.owner.gql.ok<{ sellerOrders: { totalCount: number; edges: { node: TestOrder }[] } }>(
      SELLER_ORDERS,
      {
        org: coffee.organisationId,
      },
    );
    expect(sold.sellerOrders.totalCount).toBe(1);
    expect(sold.sellerOrders.edges[0].node.fees.platformFee.amount).toBe(107);
    const mine = await buyer.gql.ok<{ myOrders: { totalCount: number } }>(MY_ORDERS);
    expect(mine.myOrders.totalCount).toBe(3);

    // Paying again changes nothing.
    expect(await buyer.gql.errorCode(PAY, { id: checkout.id })).toBe('CHECKOUT_NOT_PAYABLE');
  });

  it('returns the same checkout for the same idempotency key, and reserves once', async () => {
    await addToCart(buyer.gql, tea.productIds[0], 2);
    await setDeliveryAddress(buyer.gql);
    const key = randomUUID();
    const [first, second] = await Promise.all([checkoutCart(buyer, key), checkoutCart(buyer, key)]);
    const third = await checkoutCart(buyer, key);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(third.paymentId).toBe(first.paymentId);
    expect(await productStock(app.dataSource, tea.productIds[0])).toBe(8);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM checkout`);
    expect(count).toBe(1);
    // A new key with an empty cart is refused.
    expect(await buyer.gql.errorCode(CHECKOUT, { key: randomUUID() })).toBe('CART_EMPTY');
  });

  it('never oversells: 50 concurrent checkouts for 20 in stock, exactly 20 succeed', async () => {
    const scarce = await createShop(app.gql, 'Tiny Roastery', food, [{ title: 'Rare micro-lot', priceCents: 2500, stock: 20 }]);
    const buyers = await Promise.all(Array.from({ length: 50 }, (_, i) => registerAccount(app.gql, `Racer ${i}`)));
    for (const racer of buyers) {
      await addToCart(racer.gql, scarce.productIds[0], 1);
      await setDeliveryAddress(racer.gql);
    }
    const results = await Promise.all(buyers.map((racer) => racer.gql.request(CHECKOUT, { key: randomUUID() })));
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(20);
    expect(codes.filter((c) => c === 'INSUFFICIENT_STOCK')).toHaveLength(30);
    expect(await productStock(app.dataSource, scarce.productIds[0])).toBe(0);
    const [{ state }] = await app.dataSource.query(`SELECT state FROM product WHERE id = $1`, [scarce.productIds[0]]);
    expect(state).toBe('SOLD_OUT');
    const [{ reserved }] = await app.dataSource.query(
      `SELECT coalesce(sum(quantity), 0)::int AS reserved FROM order_line WHERE product_id = $1`,
      [scarce.productIds[0]],
    );
    expect(reserved).toBe(20);
    // Fifty registrations (argon2) and carts come first: room for them on a shared machine.
  }, 180_000);

  it('releases unpaid reservations after the configured time, posting nothing', async () => {
    await addToCart(buyer.gql, coffee.productIds[0], 4);
    const checkout = await checkoutCart(buyer);
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(6);
    const timers = app.server.app.get(TradeTimersService);
    const start = Date.now();
    expect(await timers.expireReservations(new Date(start + 29 * 60_000))).toBe(0);
    expect(await timers.expireReservations(new Date(start + 31 * 60_000))).toBe(1);
    expect(await timers.expireReservations(new Date(start + 32 * 60_000))).toBe(0);
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(10);
    const { order } = await buyer.gql.ok<{ order: TestOrder }>(ORDER, { id: checkout.orders[0].id });
    expect(order).toMatchObject({ state: 'CANCELLED', cancelReason: expect.stringMatching(/expired/) });
    expect(await buyer.gql.errorCode(PAY, { id: checkout.id })).toBe('CHECKOUT_NOT_PAYABLE');
    expect(await ledgerSums(app.dataSource)).toEqual([]);
  });

  it('lets the buyer cancel before payment (stock back, nothing posted) and after payment until shipping (refunded)', async () => {
    await addToCart(buyer.gql, coffee.productIds[0], 2);
    const pending = await checkoutCart(buyer);
    const cancelled = await buyer.gql.ok<{ cancelOrder: { state: string } }>(CANCEL, { id: pending.orders[0].id });
    expect(cancelled.cancelOrder.state).toBe('CANCELLED');
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(10);
    expect(await ledgerSums(app.dataSource)).toEqual([]);

    const order = await paidOrder(3);
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(7);
    const { cancelOrder } = await buyer.gql.ok<{ cancelOrder: { state: string; refunded: { amount: number } } }>(CANCEL, {
      id: order.id,
    });
    expect(cancelOrder).toEqual({
      state: 'CANCELLED',
      cancelReason: 'Changed my mind',
      refunded: { amount: order.total.amount },
    });
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(10);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
    // Everything paid went back: the fee and fund accounts are back to zero.
    expect(await ledgerBalance(app.dataSource, 'platform:fees')).toBe(0);
    expect(await ledgerBalance(app.dataSource, 'coop:fair-fund')).toBe(0);
    const [{ refunded }] = await app.dataSource.query(`SELECT sum(amount)::int AS refunded FROM payment_refund`);
    expect(refunded).toBe(order.total.amount);
  });

  it('refunds partly, keeping order, ledger and provider consistent, and refuses refunding beyond the total', async () => {
    const order = await paidOrder(2); // 23.80
    const refund = (amount: number, reason = 'RETURNED') =>
      coffee.owner.gql.request<{ refundOrder: TestOrder }>(REFUND, {
        id: order.id,
        input: { amount: { amount, currency: 'EUR' }, reason, note: 'One bag came back', idempotencyKey: randomUUID() },
      });
    const first = await refund(1000);
    expect(first.errors).toBeUndefined();
    expect(first.data!.refundOrder).toMatchObject({ state: 'PAID', refunded: { amount: 1000 }, refundable: { amount: 1380 } });
    // 10.00 split over seller 22.85, fee 0.71, fund 0.24 by largest remainder: 9.60, 0.30, 0.10; the seller keeps 22.85 - 9.60.
    expect(first.data!.refundOrder.fees).toMatchObject({ sellerPayout: { amount: 2285 }, payoutAfterRefunds: { amount: 1325 } });
    expect(first.data!.refundOrder.refunds).toEqual([
      { amount: { amount: 1000 }, reason: 'RETURNED', note: 'One bag came back' },
    ]);
    const [{ provider }] = await app.dataSource.query(`SELECT sum(amount)::int AS provider FROM payment_refund`);
    expect(provider).toBe(1000);
    const [{ reversed }] = await app.dataSource.query(
      `SELECT sum(e.amount)::int AS reversed FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE t.kind = 'refund' AND e.account = 'provider:clearing'`,
    );
    expect(reversed).toBe(-1000);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);

    expect((await refund(1381)).errors![0].extensions!.code).toBe('REFUND_EXCEEDS_ORDER');
    const last = await refund(1380, 'NOT_IN_STOCK');
    expect(last.data!.refundOrder).toMatchObject({
      state: 'REFUNDED',
      refunded: { amount: 2380 },
      refundable: { amount: 0 },
      fees: { payoutAfterRefunds: { amount: 0 } },
    });
    expect((await refund(1)).errors![0].extensions!.code).toBe('ILLEGAL_TRANSITION');
    // Everything went back: no fee, no fund, the seller owes what it was sent.
    expect(await ledgerBalance(app.dataSource, 'platform:fees')).toBe(0);
    expect(await ledgerBalance(app.dataSource, 'coop:fair-fund')).toBe(0);
    expect(await ledgerSums(app.dataSource)).toEqual([expect.objectContaining({ sum: 0 })]);
  });

  it('refuses illegal moves with clear codes: shipping an unpaid order, delivering before shipping, cancelling after', async () => {
    await addToCart(buyer.gql, coffee.productIds[0], 1);
    const pending = await checkoutCart(buyer);
    expect(await coffee.owner.gql.errorCode(SHIP, { id: pending.orders[0].id })).toBe('ILLEGAL_TRANSITION');
    const refundUnpaid = await coffee.owner.gql.request(REFUND, {
      id: pending.orders[0].id,
      input: { amount: { amount: 100, currency: 'EUR' }, reason: 'OTHER', note: 'x', idempotencyKey: randomUUID() },
    });
    expect(refundUnpaid.errors![0].extensions).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      from: 'PENDING_PAYMENT',
      to: 'REFUNDED',
    });
    await pay(buyer, pending);
    expect(await buyer.gql.errorCode(CONFIRM, { id: pending.orders[0].id })).toBe('ILLEGAL_TRANSITION');
    expect(await buyer.gql.errorCode(RATE, { id: pending.orders[0].id, rating: 'POSITIVE' })).toBe('ORDER_NOT_DELIVERED');
    await coffee.owner.gql.ok(SHIP, { id: pending.orders[0].id });
    expect(await coffee.owner.gql.errorCode(SHIP, { id: pending.orders[0].id })).toBe('ILLEGAL_TRANSITION');
    expect(await buyer.gql.errorCode(CANCEL, { id: pending.orders[0].id })).toBe('ILLEGAL_TRANSITION');
  });

  it('ships with tracking, confirms delivery, rates once, and neutral ratings do not count against the seller', async () => {
    const ratings = `query($id: ID!) { sellerRatings(sellerId: $id) { positive neutral negative positiveShare } }`;
    for (const rating of ['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'POSITIVE']) {
      const order = await paidOrder(1);
      const { markOrderShipped } = await coffee.owner.gql.ok<{ markOrderShipped: object }>(SHIP, { id: order.id });
      expect(markOrderShipped).toEqual({ state: 'SHIPPED', carrier: 'DHL', trackingCode: '00340434' });
      await buyer.gql.ok(CONFIRM, { id: order.id });
      await buyer.gql.ok(RATE, { id: order.id, rating });
      expect(await buyer.gql.errorCode(RATE, { id: order.id, rating })).toBe('ALREADY_RATED');
    }
    const { sellerRatings } = await app.gql.ok<{ sellerRatings: object }>(ratings, { id: coffee.organisationId });
    expect(sellerRatings).toEqual({ positive: 2, neutral: 1, negative: 1, positiveShare: 2 / 3 });
  });

  it('shows the last 12 months of ratings, with the newest comments, on the product page and the seller page', async () => {
    const RATE_WITH = `mutation($id: ID!, $rating: SellerRatingValue!, $comment: String!) {
      rateSeller(orderId: $id, rating: $rating, comment: $comment) { rating }
    }`;
    const given: [string, string][] = [
      ['POSITIVE', 'Beans arrived fresh'],
      ['POSITIVE', ''],
      ['NEUTRAL', 'Slow, but fine'],
      ['NEGATIVE', 'Box was crushed'],
    ];
    for (const [rating, comment] of given) {
      const order = await paidOrder(1);
      await coffee.owner.gql.ok(SHIP, { id: order.id });
      await buyer.gql.ok(CONFIRM, { id: order.id });
      await buyer.gql.ok(RATE_WITH, { id: order.id, rating, comment });
    }
    // The first rating is 13 months old now: it no longer counts, nor is its comment shown.
    await app.dataSource.query(
      `UPDATE seller_rating SET created_at = now() - interval '13 months' WHERE comment = 'Beans arrived fresh'`,
    );
    const summary = 'ratings { positive neutral negative count positiveShare latestComments { rating comment } }';
    const { product } = await app.gql.ok<{ product: { seller: { ratings: object } } }>(
      `query($id: ID!) { product(id: $id) { seller { ${summary} } } }`,
      { id: coffee.productIds[0] },
    );
    const { seller } = await app.gql.ok<{ seller: { ratings: object } }>(
      `query($id: ID!) { seller(id: $id, kind: ORGANISATION) { ${summary} } }`,
      { id: coffee.organisationId },
    );
    // One positive and one negative in the window: 50 %; the neutral one counts neither way.
    const expected = {
      positive: 1,
      neutral: 1,
      negative: 1,
      count: 3,
      positiveShare: 0.5,
      latestComments: [
        { rating: 'NEGATIVE', comment: 'Box was crushed' },
        { rating: 'NEUTRAL', comment: 'Slow, but fine' },
      ],
    };
    expect(product.seller.ratings).toEqual(expected);
    expect(seller.ratings).toEqual(expected);
  });

  it('counts shipped orders as delivered, and delivered ones complete, after a while', async () => {
    const order = await paidOrder(1);
    await coffee.owner.gql.ok(SHIP, { id: order.id });
    const timers = app.server.app.get(TradeTimersService);
    const day = 24 * 3600_000;
    expect((await timers.run(new Date(Date.now() + 20 * day))).advanced).toBe(0);
    expect((await timers.run(new Date(Date.now() + 22 * day))).advanced).toBe(1);
    expect((await buyer.gql.ok<{ order: TestOrder }>(ORDER, { id: order.id })).order.state).toBe('DELIVERED');
    await app.dataSource.query(`UPDATE trade_order SET delivered_at = now() - interval '15 days' WHERE id = $1`, [order.id]);
    expect((await timers.run(new Date())).advanced).toBe(1);
    expect((await buyer.gql.ok<{ order: TestOrder }>(ORDER, { id: order.id })).order.state).toBe('COMPLETED');
  });

  it('lets only the buyer and the seller see and act on an order', async () => {
    await addToCart(buyer.gql, coffee.productIds[0], 1);
    const checkout = await checkoutCart(buyer);
    const orderId = checkout.orders[0].id;
    const stranger = await registerAccount(app.gql, 'Stranger');
    expect(await stranger.gql.errorCode(ORDER, { id: orderId })).toBe('FORBIDDEN');
    expect(await stranger.gql.errorCode(CANCEL, { id: orderId })).toBe('FORBIDDEN');
    expect(await stranger.gql.errorCode(PAY, { id: checkout.id })).toBe('FORBIDDEN');
    expect(await stranger.gql.errorCode(`query($id: ID!) { myCheckout(id: $id) { id } }`, { id: checkout.id })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(ORDER, { id: orderId })).toBe('UNAUTHENTICATED');
    expect(await app.gql.errorCode(CHECKOUT, { key: randomUUID() })).toBe('CART_EMPTY');
    await pay(buyer, checkout);

    // Another seller can neither see, ship nor refund it, nor list another seller's orders.
    expect(await tea.owner.gql.errorCode(ORDER, { id: orderId })).toBe('FORBIDDEN');
    expect(await tea.owner.gql.errorCode(SHIP, { id: orderId })).toBe('FORBIDDEN');
    const refund = {
      id: orderId,
      input: { amount: { amount: 100, currency: 'EUR' }, reason: 'RETURNED', note: '', idempotencyKey: randomUUID() },
    };
    expect(await tea.owner.gql.errorCode(REFUND, refund)).toBe('FORBIDDEN');
    expect(await tea.owner.gql.errorCode(SELLER_ORDERS, { org: coffee.organisationId })).toBe('FORBIDDEN');
    // The buyer cannot act as the seller, and the seller not as the buyer.
    expect(await buyer.gql.errorCode(SHIP, { id: orderId })).toBe('FORBIDDEN');
    expect(await buyer.gql.errorCode(REFUND, refund)).toBe('FORBIDDEN');
    expect(await coffee.owner.gql.errorCode(CANCEL, { id: orderId })).toBe('FORBIDDEN');
    // The seller sees it, without the buyer's payment secret.
    const seen = await coffee.owner.gql.ok<{ order: TestOrder }>(ORDER, { id: orderId });
    expect(seen.order.state).toBe('PAID');
    expect(
      await coffee.owner.gql.errorCode(`query($id: ID!) { myCheckout(id: $id) { clientSecret } }`, { id: checkout.id }),
    ).toBe('FORBIDDEN');
  });

  it('lists orders with a constant number of SQL statements, whatever the page size', async () => {
    const list = () =>
      buyer.gql.ok(
        MY_ORDERS.replace(
          'seller { name } }',
          `seller { name } lines { title } fees { platformFee { amount } } refunds { reason } rating { rating } }`,
        ),
      );
    await addToCart(buyer.gql, coffee.productIds[0], 1);
    await checkoutCart(buyer);
    const one = await countStatements(app.dataSource, list);
    await addToCart(buyer.gql, coffee.productIds[0], 1);
    await addToCart(buyer.gql, tea.productIds[0], 1);
    await addToCart(buyer.gql, cocoa.productIds[0], 1);
    await checkoutCart(buyer);
    const four = await countStatements(app.dataSource, list);
    expect(four).toBe(one);
  });
});
