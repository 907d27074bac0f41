import { randomUUID } from 'node:crypto';
import {
  addToCart,
  CHECKOUT,
  CHECKOUT_FIELDS,
  createCategories,
  createShop,
  createTestApp,
  ORDER_FIELDS,
  productStock,
  registerAccount,
  SET_DELIVERY_ADDRESS,
  setDeliveryAddress,
  TEST_PASSWORD,
  TestAccount,
  TestAddress,
  TestApp,
  TestCheckout,
  TestOrder,
  TestShop,
} from '@allmende/testing';

const SHIPPING_PROFILE = `mutation($input: ShippingProfileInput!) { setShippingProfile(input: $input) { sellerId } }`;
const NOT_SHIPPED = `mutation($productId: ID!, $zones: [String!]) {
  setProductShipping(productId: $productId, options: [], notShippedTo: $zones) { kind }
}`;
const PAY = `mutation($id: ID!, $token: String) { payCheckoutOffline(checkoutId: $id, accessToken: $token) { ${CHECKOUT_FIELDS} } }`;
const MY_CHECKOUT = `query($id: ID!, $token: String) { myCheckout(id: $id, accessToken: $token) { id state } }`;
const CLAIM = `mutation($id: ID!, $token: String!) { claimGuestCheckout(checkoutId: $id, accessToken: $token) { id accessToken } }`;
const SELLER_ORDERS = `query($org: ID) { sellerOrders(organisationId: $org) { edges { node { ${ORDER_FIELDS} } } } }`;
const MY_ORDERS = `query { myOrders { totalCount edges { node { id buyerName } } } }`;
const SAVE_ADDRESS = `mutation($input: AddressInput!) { saveAddress(input: $input) { id } }`;

const VIENNA: TestAddress = { name: 'Greta Gast', street: 'Praterstraße 1', postalCode: '1020', city: 'Wien', country: 'AT' };
const AMSTERDAM: TestAddress = {
  name: 'Noor de Vries',
  street: 'Damrak 1',
  postalCode: '1012 LG',
  city: 'Amsterdam',
  country: 'NL',
  phone: '+31 20 1234567',
};

describe('trade: checkout as a sequence of steps, for guests and buyers, with shipping by destination', () => {
  let app: TestApp;
  let coffee: TestShop;
  let tea: TestShop;
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    coffee = await createShop(app.gql, 'Café Chiapas', food, [{ title: 'Highland coffee', priceCents: 1190, stock: 10 }]);
    tea = await createShop(app.gql, 'Darjeeling Co-op', food, [{ title: 'First flush tea', priceCents: 899, stock: 10 }]);
    // Both ship from Germany: coffee in combined parcels, tea priced per item; dearer into the rest of the EU.
    await coffee.owner.gql.ok(SHIPPING_PROFILE, {
      input: {
        organisationId: coffee.organisationId,
        originCountry: 'DE',
        rates: [
          { zone: 'DOMESTIC', combinedParcelPrice: 490, combinedItemsPerParcel: 10 },
          { zone: 'EU', combinedParcelPrice: 990, combinedItemsPerParcel: 10, freeShippingThreshold: 9900 },
        ],
      },
    });
    await tea.owner.gql.ok(SHIPPING_PROFILE, {
      input: {
        organisationId: tea.organisationId,
        originCountry: 'DE',
        rates: [
          { zone: 'DOMESTIC', itemPrice: 250 },
          { zone: 'EU', itemPrice: 450 },
        ],
      },
    });
  });

  it('lets a guest buy from two sellers for delivery to Austria, reserving only at pay, and claim the orders by registering', async () => {
    const cart = await addToCart(app.gql, coffee.productIds[0], 2);
    const cartToken = cart.token!;
    await addToCart(app.gql, tea.productIds[0], 3, cartToken);

    const addressed = await setDeliveryAddress(app.gql, VIENNA, { email: 'Greta@Example.org', cartToken });
    // EU rates: coffee one combined parcel 9.90 (23.80 is below the 99.00 threshold); tea 3 × 4.50.
    expect(addressed.groups.map((g) => [g.sellerName, g.shipping?.amount])).toEqual([
      ['Café Chiapas', 990],
      ['Darjeeling Co-op', 1350],
    ]);
    expect(addressed).toMatchObject({ destinationCountry: 'AT', contactEmail: 'greta@example.org' });
    // The address step reserves nothing.
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(10);
    expect(await count('checkout')).toBe(0);

    const { checkout } = await app.gql.ok<{ checkout: TestCheckout }>(CHECKOUT, { key: randomUUID(), cartToken });
    expect(checkout.total.amount).toBe(2 * 1190 + 990 + 3 * 899 + 1350);
    expect(checkout.accessToken).toEqual(expect.any(String));
    expect(checkout.orders.map((o) => [o.shipping.amount, o.buyerName, o.deliveryAddress])).toEqual([
      [990, 'Greta Gast', { ...VIENNA, phone: null }],
      [1350, 'Greta Gast', { ...VIENNA, phone: null }],
    ]);
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(8);
    expect(await productStock(app.dataSource, tea.productIds[0])).toBe(7);

    // Only the holder of the access token sees and pays it.
    expect(await app.gql.errorCode(MY_CHECKOUT, { id: checkout.id })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(PAY, { id: checkout.id, token: 'guessed' })).toBe('FORBIDDEN');
    const paid = await app.gql.ok<{ payCheckoutOffline: TestCheckout }>(PAY, { id: checkout.id, token: checkout.accessToken });
    expect(paid.payCheckoutOffline.state).toBe('PAID');

    // The seller sees who gets it and where it goes.
    const sold = await coffee.owner.gql.ok<{ sellerOrders: { edges: { node: TestOrder }[] } }>(SELLER_ORDERS, {
      org: coffee.organisationId,
    });
    expect(sold.sellerOrders.edges[0].node).toMatchObject({ state: 'PAID', buyerName: 'Greta Gast', deliveryAddress: VIENNA });

    // Registering with another address cannot claim it; registering with the guest's can, once.
    const other = await registerAccount(app.gql, 'Someone Else');
    expect(await other.gql.errorCode(CLAIM, { id: checkout.id, token: checkout.accessToken })).toBe('CLAIM_EMAIL_MISMATCH');
    const { register } = await app.gql.ok<{ register: { token: string } }>(
      `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
      { input: { email: 'greta@example.org', password: TEST_PASSWORD, displayName: 'Greta', acceptTerms: true } },
    );
    const greta = app.gql.as(register.token);
    expect(await greta.errorCode(CLAIM, { id: checkout.id, token: 'wrong' })).toBe('CHECKOUT_NOT_CLAIMABLE');
    const { claimGuestCheckout } = await greta.ok<{ claimGuestCheckout: { accessToken: string | null } }>(CLAIM, {
      id: checkout.id,
      token: checkout.accessToken,
    });
    expect(claimGuestCheckout.accessToken).toBeNull();
    const mine = await greta.ok<{ myOrders: { totalCount: number } }>(MY_ORDERS);
    expect(mine.myOrders.totalCount).toBe(2);
    expect(await greta.errorCode(CLAIM, { id: checkout.id, token: checkout.accessToken })).toBe('CHECKOUT_NOT_CLAIMABLE');
  });

  it('lets a logged-in buyer pay for delivery to the Netherlands from the address book; the order keeps the address as it was', async () => {
    const buyer: TestAccount = await registerAccount(app.gql, 'Noor');
    const { saveAddress } = await buyer.gql.ok<{ saveAddress: { id: string } }>(SAVE_ADDRESS, { input: AMSTERDAM });
    await addToCart(buyer.gql, coffee.productIds[0], 1);
    await addToCart(buyer.gql, tea.productIds[0], 1);
    // Until an address is chosen, the cart goes to the default address's country.
    const before = await buyer.gql.ok<{ cart: { destinationCountry: string } }>(`{ cart { destinationCountry } }`);
    expect(before.cart.destinationCountry).toBe('NL');
    expect(await buyer.gql.errorCode(CHECKOUT, { key: randomUUID() })).toBe('DELIVERY_ADDRESS_MISSING');

    await buyer.gql.ok(SET_DELIVERY_ADDRESS, { addressId: saveAddress.id });
    const { checkout } = await buyer.gql.ok<{ checkout: TestCheckout }>(CHECKOUT, { key: randomUUID() });
    expect(checkout.accessToken).toBeNull();
    // coffee 11.90 + 9.90 combined parcel, tea 8.99 + 4.50 per item
    expect(checkout.orders.map((o) => o.total.amount)).toEqual([1190 + 990, 899 + 450]);
    expect(checkout.total.amount).toBe(1190 + 990 + 899 + 450);

    await buyer.gql.ok(SAVE_ADDRESS, { input: { ...AMSTERDAM, id: saveAddress.id, street: 'Rokin 12' } });
    const sold = await tea.owner.gql.ok<{ sellerOrders: { edges: { node: TestOrder }[] } }>(SELLER_ORDERS, {
      org: tea.organisationId,
    });
    expect(sold.sellerOrders.edges[0].node.deliveryAddress).toEqual(AMSTERDAM);
  });

  it('refuses before payment a product not sent to the destination’s zone, reserving and writing nothing', async () => {
    await tea.owner.gql.ok(NOT_SHIPPED, { productId: tea.productIds[0], zones: ['EU'] });
    const buyer = await registerAccount(app.gql, 'Françoise');
    await addToCart(buyer.gql, coffee.productIds[0], 1);
    await addToCart(buyer.gql, tea.productIds[0], 1);
    const cart = await setDeliveryAddress(buyer.gql, {
      name: 'Françoise Martin',
      street: '1 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
    });
    expect(cart.groups[1].lines[0].problem).toBe('NOT_SHIPPABLE');
    const refused = await buyer.gql.request(CHECKOUT, { key: randomUUID() });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_SHIPPABLE', productId: tea.productIds[0], country: 'FR' });
    expect(await count('checkout')).toBe(0);
    expect(await count('trade_order')).toBe(0);
    expect(await count('payment')).toBe(0);
    expect(await productStock(app.dataSource, coffee.productIds[0])).toBe(10);
    // Within Germany it may go.
    await setDeliveryAddress(buyer.gql);
    expect((await buyer.gql.ok<{ checkout: TestCheckout }>(CHECKOUT, { key: randomUUID() })).checkout.orders).toHaveLength(2);
  });

  it('refuses a bad delivery address with a reason per field and keeps the cart as it was', async () => {
    const guest = await addToCart(app.gql, coffee.productIds[0], 1);
    const cartToken = guest.token!;
    const attempt = (address: Partial<TestAddress>, email: string | null = 'guest@example.org') =>
      app.gql.request(SET_DELIVERY_ADDRESS, { address: { ...VIENNA, ...address }, email, cartToken });
    const cases: [Partial<TestAddress>, string | null, string[]][] = [
      [{ postalCode: '10115' }, 'guest@example.org', ['address.postalCode']], // a German postcode in Austria
      [{ country: 'ZZ' }, 'guest@example.org', ['address.country']],
      [{ name: '', street: '' }, 'guest@example.org', ['address.name', 'address.street']],
      [{}, null, ['email']],
      [{}, 'not-an-email', ['email']],
    ];
    for (const [address, email, fields] of cases) {
      const response = await attempt(address, email);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(response.errors![0].extensions!.fields as object).sort()).toEqual(fields);
    }
    const after = await app.gql.ok<{ cart: { deliveryAddress: unknown; contactEmail: unknown; destinationCountry: unknown } }>(
      `query($t: String) { cart(cartToken: $t) { deliveryAddress { name } contactEmail destinationCountry } }`,
      { t: cartToken },
    );
    expect(after.cart).toEqual({ deliveryAddress: null, contactEmail: null, destinationCountry: null });
    expect(await count('address')).toBe(0);
  });
});
