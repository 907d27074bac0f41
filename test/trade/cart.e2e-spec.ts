import {
  addToCart,
  CART_FIELDS,
  createCategories,
  createShop,
  createTestApp,
  registerAccount,
  TestApp,
  TestCart,
  TestShop,
} from '@allmende/testing';

const CART = `query($cartToken: String) { cart(cartToken: $cartToken) { ${CART_FIELDS} } }`;
const SET_QUANTITY = `mutation($productId: ID!, $quantity: Int!, $cartToken: String) {
  setCartItemQuantity(productId: $productId, quantity: $quantity, cartToken: $cartToken) { ${CART_FIELDS} }
}`;
const MERGE = `mutation($cartToken: String!) { mergeCart(cartToken: $cartToken) { ${CART_FIELDS} } }`;
const CHOOSE = `mutation($sellerId: ID!, $method: ShippingMethod!) { chooseShipping(sellerId: $sellerId, method: $method) { ${CART_FIELDS} } }`;
const PRODUCT_SHIPPING = `mutation($productId: ID!, $options: [ShippingOptionInput!]!, $notShippedTo: [String!]) {
  setProductShipping(productId: $productId, options: $options, notShippedTo: $notShippedTo) { kind itemsPerParcel price { amount currency } }
}`;
const SHIPPING_PROFILE = `mutation($input: ShippingProfileInput!) {
  setShippingProfile(input: $input) {
    sellerId originCountry
    rates { zone combinedItemsPerParcel combinedParcelPrice { amount } freeShippingThreshold { amount } itemPrice { amount } }
  }
}`;
const DESTINATION = `mutation($country: String!, $cartToken: String) {
  setCartDestination(country: $country, cartToken: $cartToken) {
    destinationCountry
    groups { sellerName deliveryZone shippingMethod shipping { amount } lines { product { title } shipsToDestination problem } }
  }
}`;

describe('trade: carts and shipping', () => {
  let app: TestApp;
  let coffee: TestShop;
  let tea: TestShop;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    coffee = await createShop(app.gql, 'Café Chiapas', food, [
      { title: 'Highland coffee', priceCents: 1190, stock: 5, fair: true },
      { title: 'Espresso beans', priceCents: 1490, stock: 5 },
    ]);
    tea = await createShop(app.gql, 'Darjeeling Co-op', food, [{ title: 'First flush tea', priceCents: 890, stock: 3 }]);
  });

  it('keeps a guest cart by token, groups it by seller and checks quantities against stock', async () => {
    const first = await addToCart(app.gql, coffee.productIds[0], 2);
    expect(first.token).toEqual(expect.any(String));
    const token = first.token!;
    await addToCart(app.gql, tea.productIds[0], 1, token);
    const cart = await addToCart(app.gql, coffee.productIds[0], 1, token);
    expect(cart.itemCount).toBe(4);
    expect(cart.groups.map((g) => [g.sellerName, g.lines.map((l) => l.quantity)])).toEqual([
      ['Café Chiapas', [3]],
      ['Darjeeling Co-op', [1]],
    ]);
    expect(cart.total).toEqual({ amount: 3 * 1190 + 890, currency: 'EUR' });

    // The token can also travel as a header.
    const viaHeader = await app.gql.request<{ cart: TestCart }>(CART);
    expect(viaHeader.data!.cart.itemCount).toBe(0);

    expect(await app.gql.errorCode(SET_QUANTITY, { productId: coffee.productIds[0], quantity: 6, cartToken: token })).toBe(
      'INSUFFICIENT_STOCK',
    );
    const { setCartItemQuantity } = await app.gql.ok<{ setCartItemQuantity: TestCart }>(SET_QUANTITY, {
      productId: tea.productIds[0],
      quantity: 0,
      cartToken: token,
    });
    expect(setCartItemQuantity.groups.map((g) => g.sellerName)).toEqual(['Café Chiapas']);
    // Someone else's unknown token never finds or adopts a cart.
    const stranger = await app.gql.ok<{ cart: TestCart }>(CART, { cartToken: 'made-up-token' });
    expect(stranger.cart.itemCount).toBe(0);
  });

  it('merges a guest cart into the buyer’s own on login, never beyond stock', async () => {
    const buyer = await registerAccount(app.gql, 'Buyer');
    await addToCart(buyer.gql, coffee.productIds[0], 4);
    const guest = await addToCart(app.gql, coffee.productIds[0], 3);
    await addToCart(app.gql, tea.productIds[0], 2, guest.token);
    const { mergeCart } = await buyer.gql.ok<{ mergeCart: TestCart }>(MERGE, { cartToken: guest.token });
    expect(mergeCart.token).toBeNull();
    expect(mergeCart.groups.flatMap((g) => g.lines.map((l) => [l.product.id, l.quantity]))).toEqual([
      [coffee.productIds[0], 5], // 4 + 3, but only 5 in stock
      [tea.productIds[0], 2],
    ]);
    const after = await app.gql.ok<{ cart: TestCart }>(CART, { cartToken: guest.token });
    expect(after.cart.itemCount).toBe(0);
    expect(await app.gql.errorCode(MERGE, { cartToken: guest.token })).toBe('UNAUTHENTICATED');
  });

  it('refuses what cannot be bought: vacation, own listings, unknown products', async () => {
    await coffee.owner.gql.ok(`mutation($org: String) { setVacationMode(on: true, organisationId: $org) { vacationMode } }`, {
      org: coffee.organisationId,
    });
    const buyer = await registerAccount(app.gql, 'Buyer');
    const add = `mutation($productId: ID!) { addToCart(productId: $productId) { itemCount } }`;
    expect(await buyer.gql.errorCode(add, { productId: coffee.productIds[0] })).toBe('SELLER_ON_VACATION');
    expect(await buyer.gql.errorCode(add, { productId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await buyer.gql.errorCode(add, { productId: 'nope' })).toBe('BAD_USER_INPUT');
  });

  it('charges each seller’s cheapest shipping, lets the buyer pick up, and only sellers set shipping', async () => {
    const [beans, espresso] = coffee.productIds;
    await coffee.owner.gql.ok(PRODUCT_SHIPPING, {
      productId: beans,
      options: [
        { kind: 'PARCEL', price: 490, itemsPerParcel: 2 },
        { kind: 'PICKUP', price: 0 },
      ],
    });
    await coffee.owner.gql.ok(PRODUCT_SHIPPING, {
      productId: espresso,
      options: [{ kind: 'PARCEL', price: 390, itemsPerParcel: 1 }],
    });
    const buyer = await registerAccount(app.gql, 'Buyer');
    expect(await buyer.gql.errorCode(PRODUCT_SHIPPING, { productId: beans, options: [] })).toBe('FORBIDDEN');

    await addToCart(buyer.gql, beans, 3);
    let cart = await addToCart(buyer.gql, espresso, 2);
    // own parcels: beans 2 parcels × 4.90 + espresso 2 × 3.90 = 17.60
    expect(cart.groups[0]).toMatchObject({ shippingMethod: 'DELIVERY', shipping: { amount: 1760 } });

    const { setShippingProfile } = await coffee.owner.gql.ok<{ setShippingProfile: unknown }>(SHIPPING_PROFILE, {
      input: {
        organisationId: coffee.organisationId,
        originCountry: 'DE',
        currency: 'EUR',
        rates: [{ zone: 'DOMESTIC', combinedParcelPrice: 590, combinedItemsPerParcel: 10, freeShippingThreshold: 10000 }],
      },
    });
    expect(setShippingProfile).toMatchObject({
      originCountry: 'DE',
      rates: [{ zone: 'DOMESTIC', combinedItemsPerParcel: 10, combinedParcelPrice: { amount: 590 } }],
    });
    cart = (await buyer.gql.ok<{ cart: TestCart }>(CART)).cart;
    expect(cart.groups[0].shipping).toEqual({ amount: 590 });

    // Pickup is offered only when every item may be picked up.
    expect(await buyer.gql.errorCode(CHOOSE, { sellerId: coffee.organisationId, method: 'PICKUP' })).toBe(
      'SHIPPING_METHOD_UNAVAILABLE',
    );
    await buyer.gql.ok(SET_QUANTITY, { productId: espresso, quantity: 0 });
    const { chooseShipping } = await buyer.gql.ok<{ chooseShipping: TestCart }>(CHOOSE, {
      sellerId: coffee.organisationId,
      method: 'PICKUP',
    });
    expect(chooseShipping.groups[0]).toMatchObject({ shippingMethod: 'PICKUP', shipping: { amount: 0 } });

    // Above the free-shipping threshold delivery costs nothing.
    await buyer.gql.ok(CHOOSE, { sellerId: coffee.organisationId, method: 'DELIVERY' });
    await app.dataSource.query(`UPDATE product SET price_amount = 5000 WHERE id = $1`, [beans]);
    cart = (await buyer.gql.ok<{ cart: TestCart }>(CART)).cart;
    expect(cart.groups[0]).toMatchObject({ shippingMethod: 'DELIVERY', shipping: { amount: 0 } });
  });

  it('prices each seller’s shipping for the destination’s zone and says before checkout what does not ship there', async () => {
    const [beans, espresso] = coffee.productIds;
    await coffee.owner.gql.ok(SHIPPING_PROFILE, {
      input: {
        organisationId: coffee.organisationId,
        originCountry: 'DE',
        rates: [
          { zone: 'DOMESTIC', combinedParcelPrice: 490, combinedItemsPerParcel: 10, freeShippingThreshold: 5000 },
          { zone: 'EU', itemPrice: 450 },
          { zone: 'CH', combinedParcelPrice: 1990, combinedItemsPerParcel: 10 },
        ],
      },
    });
    await coffee.owner.gql.ok(PRODUCT_SHIPPING, {
      productId: espresso,
      options: [
        { kind: 'PARCEL', price: 390, itemsPerParcel: 1 },
        { kind: 'PARCEL', price: 700, itemsPerParcel: 1, zone: 'EU' },
      ],
    });
    const guest = await addToCart(app.gql, beans, 2);
    const token = guest.token!;
    await addToCart(app.gql, espresso, 1, token);
    await addToCart(app.gql, tea.productIds[0], 1, token);
    type Destined = {
      destinationCountry: string;
      groups: {
        sellerName: string;
        deliveryZone: string | null;
        shippingMethod: string | null;
        shipping: { amount: number } | null;
        lines: { product: { title: string }; shipsToDestination: boolean; problem: string | null }[];
      }[];
    };
    const to = async (country: string) =>
      (await app.gql.ok<{ setCartDestination: Destined }>(DESTINATION, { country, cartToken: token })).setCartDestination;

    // Germany: 3 items in one combined parcel (4.90) beat the espresso's own parcel (3.90) plus a combined one.
    const germany = await to('de');
    expect(germany.destinationCountry).toBe('DE');
    expect(germany.groups[0]).toMatchObject({ deliveryZone: 'DOMESTIC', shippingMethod: 'DELIVERY', shipping: { amount: 490 } });
    // The tea seller set no zones: it ships everywhere, shipping included.
    expect(germany.groups[1]).toMatchObject({ deliveryZone: null, shipping: { amount: 0 } });
    // Austria (EU): 2 × 4.50 per item for the beans, the espresso's own EU parcel 7.00.
    expect((await to('AT')).groups[0]).toMatchObject({ deliveryZone: 'EU', shipping: { amount: 2 * 450 + 700 } });
    // Switzerland has its own rate, which beats the broad zone (there is none for the rest of the world anyway).
    expect((await to('CH')).groups[0]).toMatchObject({ deliveryZone: 'CH', shipping: { amount: 1990 } });

    // Nothing of this seller goes to the United States: every line says so, and there is no delivery.
    const usa = await to('US');
    expect(usa.groups[0]).toMatchObject({ deliveryZone: null, shippingMethod: null, shipping: null });
    expect(usa.groups[0].lines.map((l) => [l.shipsToDestination, l.problem])).toEqual([
      [false, 'NOT_SHIPPABLE'],
      [false, 'NOT_SHIPPABLE'],
    ]);
    expect(usa.groups[1].lines[0]).toMatchObject({ shipsToDestination: true, problem: null });

    // One product kept out of Switzerland: only that line is marked, and the seller's part cannot be delivered there.
    await coffee.owner.gql.ok(PRODUCT_SHIPPING, {
      productId: espresso,
      options: [{ kind: 'PARCEL', price: 390, itemsPerParcel: 1 }],
      notShippedTo: ['CH'],
    });
    const product = await app.gql.ok<{ product: { notShippedTo: string[]; shippingOptions: { zone: string }[] } }>(
      `query($id: ID!) { product(id: $id) { notShippedTo shippingOptions { zone } } }`,
      { id: espresso },
    );
    expect(product.product).toEqual({ notShippedTo: ['CH'], shippingOptions: [{ zone: 'ANY' }] });
    const swiss = await to('CH');
    expect(swiss.groups[0].lines.map((l) => [l.product.title, l.problem])).toEqual([
      ['Highland coffee', null],
      ['Espresso beans', 'NOT_SHIPPABLE'],
    ]);
    expect(swiss.groups[0].shippingMethod).toBeNull();
  });

  it('refuses bad shipping settings with a reason per field, writing nothing, and only from the seller', async () => {
    const bad = await coffee.owner.gql.request(SHIPPING_PROFILE, {
      input: {
        organisationId: coffee.organisationId,
        originCountry: 'XX',
        rates: [{ zone: 'MARS' }, { zone: 'EU', combinedParcelPrice: 500 }],
      },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        originCountry: expect.any(Array),
        'rates.0.zone': expect.any(Array),
        'rates.1.combinedItemsPerParcel': expect.any(Array),
      },
    });
    const badProduct = await coffee.owner.gql.request(PRODUCT_SHIPPING, {
      productId: coffee.productIds[0],
      options: [{ kind: 'PARCEL', price: 100, itemsPerParcel: 1, zone: 'NOWHERE' }],
      notShippedTo: ['ATLANTIS'],
    });
    expect(Object.keys(badProduct.errors![0].extensions!.fields as object).sort()).toEqual(['notShippedTo', 'zone']);
    const [{ n }] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM shipping_profile) + (SELECT count(*) FROM product_shipping_option) AS n`,
    );
    expect(Number(n)).toBe(0);
    expect(await app.gql.errorCode(DESTINATION, { country: 'XX' })).toBe('BAD_USER_INPUT');

    const buyer = await registerAccount(app.gql, 'Buyer');
    const input = { organisationId: coffee.organisationId, originCountry: 'DE', rates: [] };
    expect(await buyer.gql.errorCode(SHIPPING_PROFILE, { input })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(SHIPPING_PROFILE, { input })).toBe('UNAUTHENTICATED');
  });
});
