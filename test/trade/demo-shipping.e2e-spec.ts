import { seedDemo } from '@allmende/api';
import { createTestApp, registerAccount, TestApp } from '@allmende/testing';

const CART = `mutation($productId: ID!, $country: String!) {
  addToCart(productId: $productId) { itemCount }
  setCartDestination(country: $country) { groups { sellerName deliveryZone shipping { amount } } }
}`;

describe('demo data: sellers ship as real ones would', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    await seedDemo(app.server.app);
  });
  afterAll(() => app.close());

  it('gives every demo seller a profile, and a single parcel within Germany is never free', async () => {
    const sellers = await app.dataSource.query<{ seller_id: string; origin_country: string }[]>(
      `SELECT DISTINCT p.seller_id, s.origin_country FROM product p LEFT JOIN shipping_profile s ON s.seller_id = p.seller_id`,
    );
    expect(sellers.length).toBeGreaterThanOrEqual(6);
    expect(sellers.every((seller) => seller.origin_country === 'DE')).toBe(true);
    // The cheapest listing of each seller, alone in a cart going to Germany.
    const cheapest = await app.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT ON (seller_id) id FROM product WHERE state = 'ACTIVE' ORDER BY seller_id, price_amount`,
    );
    for (const { id } of cheapest) {
      const buyer = await registerAccount(app.gql, 'Demo Buyer');
      const { setCartDestination } = await buyer.gql.ok<{
        setCartDestination: { groups: { sellerName: string; deliveryZone: string; shipping: { amount: number } }[] };
      }>(CART, { productId: id, country: 'DE' });
      const [group] = setCartDestination.groups;
      expect([group.sellerName, group.deliveryZone, group.shipping.amount > 0]).toEqual([group.sellerName, 'DOMESTIC', true]);
    }
  });
});
