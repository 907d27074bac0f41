import {
  addToCart,
  checkoutCart,
  createCategories,
  createShop,
  createTestApp,
  registerAccount,
  registerStaff,
  TestAccount,
  TestApp,
} from '@allmende/testing';
import { ACCEPT, createCoop, publishOffer, requestQuote, TestCoop } from './wholesale-helpers';

const STATISTICS = `{ coopTradeStatistics { currency coopShare
  total { trades volume { amount } }
  byMonth { key trades quantity volume { amount } }
  byCategory { key trades volume { amount } }
  byCountryPair { key trades volume { amount } } } }`;

interface Aggregate {
  key: string;
  trades: number;
  quantity?: number | null;
  volume: { amount: number } | null;
}

describe('wholesale: public co-op-to-co-op statistics', () => {
  let app: TestApp;
  let staff: TestAccount;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const trade = async (seller: TestCoop, buyer: TestCoop, offerId: string, quantity: number) => {
    const rfq = await requestQuote(buyer, offerId, { quantity });
    await seller.owner.gql.ok(ACCEPT, { id: rfq.id });
  };

  it('shows volume by month, category and country pair, hiding amounts of fewer than three trades', async () => {
    staff = await registerStaff(app.gql, app.dataSource);
    const { coffee, cacao } = await createCategories(app.dataSource, { coffee: 'Coffee', cacao: 'Cacao' });
    const chiapas = await createCoop(app, staff, 'Café Chiapas', { country: 'MX' });
    const ghana = await createCoop(app, staff, 'Kuapa Kokoo', { country: 'GH' });
    const berlin = await createCoop(app, staff, 'Rösterei Kreuzberg', { country: 'DE' });
    const lima = await createCoop(app, staff, 'Tostadores Lima', { country: 'PE' });
    const coffeeOffer = await publishOffer(chiapas, { categoryId: coffee });
    const cacaoOffer = await publishOffer(ghana, { categoryId: cacao, tiers: [{ minQuantity: 10, unitPrice: 500 }] });

    // Coffee from Mexico: three trades to Berlin (South -> North) at the tiers' prices, one to Lima (South -> South).
    await trade(chiapas, berlin, coffeeOffer, 10); // 10 x 9.00 = 90.00
    await trade(chiapas, berlin, coffeeOffer, 50); // 50 x 8.50 = 425.00
    await trade(chiapas, berlin, coffeeOffer, 200); // 200 x 8.00 = 1,600.00
    await trade(chiapas, lima, coffeeOffer, 20); // 20 x 9.00 = 180.00
    // Cacao from Ghana: one trade to Berlin.
    await trade(ghana, berlin, cacaoOffer, 40); // 40 x 5.00 = 200.00
    // Each WholesaleOrderPlaced reaches the rollup through the outbox, after its order's commit.
    await app.settle();
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM domain_event WHERE name = 'WholesaleOrderPlaced'`)).toEqual(
      [{ n: 5 }],
    );

    const { coopTradeStatistics: stats } = await app.gql.ok<{
      coopTradeStatistics: {
        currency: string;
        coopShare: number;
        total: Aggregate;
        byMonth: Aggregate[];
        byCategory: Aggregate[];
        byCountryPair: Aggregate[];
      };
    }>(STATISTICS);
    const month = new Date().toISOString().slice(0, 7);
    expect(stats.currency).toBe('EUR');
    expect(stats.total).toEqual({ trades: 5, volume: { amount: 249_500 } });
    expect(stats.byMonth).toEqual([{ key: month, trades: 5, quantity: 320, volume: { amount: 249_500 } }]);
    const byKey = (rows: Aggregate[]) => Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey(stats.byCategory)).toEqual({
      [coffee]: { key: coffee, trades: 4, volume: { amount: 229_500 } },
      [cacao]: { key: cacao, trades: 1, volume: null },
    });
    expect(byKey(stats.byCountryPair)).toEqual({
      SOUTH_NORTH: { key: 'SOUTH_NORTH', trades: 4, volume: { amount: 231_500 } },
      SOUTH_SOUTH: { key: 'SOUTH_SOUTH', trades: 1, volume: null },
    });
    // No shop orders yet: all trade on the marketplace is co-op-to-co-op.
    expect(stats.coopShare).toBe(1);

    // A paid shop order joins the rollup's shop trade (by OrderPaid), so the share falls without a scan of the orders.
    const shop = await createShop(app.gql, 'Weltladen', coffee, [{ title: 'Roasted coffee', priceCents: 1290 }]);
    const shopper = await registerAccount(app.gql, 'Shopper');
    await addToCart(shopper.gql, shop.productIds[0], 2);
    const checkout = await checkoutCart(shopper);
    await shopper.gql.ok(`mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id } }`, { id: checkout.id });
    await app.settle();
    const [{ total }] = await app.dataSource.query(
      `SELECT sum(total_amount)::int AS total FROM trade_order WHERE paid_at IS NOT NULL`,
    );
    expect(total).toBeGreaterThan(0);
    const after = await app.gql.ok<{ coopTradeStatistics: { coopShare: number } }>(STATISTICS);
    expect(after.coopTradeStatistics.coopShare).toBeCloseTo(249_500 / (249_500 + total), 10);
  });
});
