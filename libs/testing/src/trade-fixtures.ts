import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createActiveProduct, createSellerOrganisation, ListingInput } from './catalog-fixtures';
import { registerAccount, TestAccount } from './fixtures';
import { GraphqlClient } from './graphql-client';

export const CART_FIELDS = `
  id token itemCount
  itemsTotal { amount currency } shippingTotal { amount } total { amount currency }
  groups {
    sellerId sellerName shippingMethod
    shipping { amount } itemsTotal { amount } total { amount }
    delivery { amount { amount } groups { kind parcels productIds amount { amount } } }
    pickup { amount { amount } }
    lines { quantity problem lineTotal { amount } product { id title } }
  }`;

export const ORDER_FIELDS = `
  id number state checkoutId shippingMethod carrier trackingCode cancelReason buyerName
  deliveryAddress { name street postalCode city country phone }
  seller { id kind name terms withdrawalPolicy }
  itemsTotal { amount } shipping { amount } total { amount currency } refunded { amount } refundable { amount }
  fees { platformFee { amount } fairFund { amount } donation { amount } vat { amount } sellerPayout { amount } payoutAfterRefunds { amount } }
  lines { title quantity unitPrice { amount } gross { amount } vat { amount } platformFee { amount } fairFund { amount } producerShare { amount } }
  refunds { amount { amount } reason note }`;

export const CHECKOUT_FIELDS = `id state expiresAt paymentId clientSecret testMode accessToken total { amount currency } orders { ${ORDER_FIELDS} }`;

export interface TestMoney {
  amount: number;
  currency: string;
}

export interface TestOrder {
  id: string;
  number: number;
  state: string;
  checkoutId: string;
  buyerName: string | null;
  deliveryAddress: TestAddress | null;
  seller: { id: string; name: string; terms: string | null; withdrawalPolicy: string | null };
  total: TestMoney;
  refunded: TestMoney;
  refundable: TestMoney;
  shipping: TestMoney;
  fees: Record<'platformFee' | 'fairFund' | 'donation' | 'vat' | 'sellerPayout' | 'payoutAfterRefunds', TestMoney>;
  lines: { title: string; quantity: number; gross: TestMoney; platformFee: TestMoney; fairFund: TestMoney }[];
  refunds: { amount: TestMoney; reason: string; note: string }[];
}

export interface TestAddress {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

/** A delivery address in Berlin, for buyers whose address a test does not care about. */
export const BERLIN_ADDRESS: TestAddress = {
  name: 'Mila Buyer',
  street: 'Lindenstraße 5',
  postalCode: '10969',
  city: 'Berlin',
  country: 'DE',
};

export interface TestCheckout {
  id: string;
  state: string;
  accessToken: string | null;
  paymentId: string | null;
  clientSecret: string | null;
  testMode: boolean | null;
  total: TestMoney;
  orders: TestOrder[];
}

export interface TestCart {
  token: string | null;
  itemCount: number;
  total: TestMoney | null;
  groups: {
    sellerId: string;
    sellerName: string;
    shippingMethod: string | null;
    shipping: TestMoney | null;
    total: TestMoney;
    lines: { quantity: number; problem: string | null; product: { id: string } }[];
  }[];
}

/** Adds to a cart over the API (a guest passes its cart token; none yet: a new cart and token). */
export async function addToCart(
  gql: GraphqlClient,
  productId: string,
  quantity = 1,
  cartToken?: string | null,
): Promise<TestCart> {
  const data = await gql.ok<{ addToCart: TestCart }>(
    `mutation($productId: ID!, $quantity: Int!, $cartToken: String) {
      addToCart(productId: $productId, quantity: $quantity, cartToken: $cartToken) { ${CART_FIELDS} }
    }`,
    { productId, quantity, cartToken: cartToken ?? null },
  );
  return data.addToCart;
}

export const CHECKOUT = `mutation($key: String!, $cartToken: String) {
  checkout(idempotencyKey: $key, cartToken: $cartToken) { ${CHECKOUT_FIELDS} }
}`;

export const SET_DELIVERY_ADDRESS = `mutation($address: PostalAddressInput, $addressId: ID, $email: String, $cartToken: String) {
  setDeliveryAddress(address: $address, addressId: $addressId, email: $email, cartToken: $cartToken) {
    ${CART_FIELDS} destinationCountry contactEmail deliveryAddress { name street postalCode city country }
  }
}`;

/** The checkout's delivery step over the API (a guest passes its e-mail address and cart token). */
export async function setDeliveryAddress(
  gql: GraphqlClient,
  address: TestAddress = BERLIN_ADDRESS,
  guest?: { email: string; cartToken: string },
): Promise<TestCart> {
  const data = await gql.ok<{ setDeliveryAddress: TestCart }>(SET_DELIVERY_ADDRESS, { address, ...guest });
  return data.setDeliveryAddress;
}

/** Checks the buyer's cart out over the API, delivered to `address` (Berlin unless given). */
export async function checkoutCart(
  buyer: TestAccount,
  key: string = randomUUID(),
  address: TestAddress = BERLIN_ADDRESS,
): Promise<TestCheckout> {
  await setDeliveryAddress(buyer.gql, address);
  const data = await buyer.gql.ok<{ checkout: TestCheckout }>(CHECKOUT, { key });
  return data.checkout;
}

export interface TestShop {
  owner: TestAccount;
  organisationId: string;
  productIds: string[];
}

/** A seller organisation with complete legal details and its listings on sale. */
export async function createShop(
  gql: GraphqlClient,
  name: string,
  categoryId: string,
  listings: Omit<ListingInput, 'categoryId'>[],
): Promise<TestShop> {
  const owner = await registerAccount(gql, `${name} Owner`);
  const organisationId = await createSellerOrganisation(owner, name);
  const productIds: string[] = [];
  for (const listing of listings) productIds.push(await createActiveProduct(owner, organisationId, { ...listing, categoryId }));
  return { owner, organisationId, productIds };
}

/**
 * One unit of `productId` bought by `buyer`, paid offline, shipped by `seller`, confirmed and
 * rated: what a seller's record with buyers is made of.
 */
export async function rateAfterDelivery(
  buyer: TestAccount,
  seller: TestAccount,
  productId: string,
  rating: 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE',
  comment = '',
): Promise<void> {
  await addToCart(buyer.gql, productId, 1);
  const checkout = await checkoutCart(buyer);
  await buyer.gql.ok(`mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id } }`, { id: checkout.id });
  const orderId = checkout.orders[0].id;
  await seller.gql.ok(`mutation($id: ID!) { markOrderShipped(id: $id, carrier: "DHL", trackingCode: "1") { state } }`, {
    id: orderId,
  });
  await buyer.gql.ok(`mutation($id: ID!) { confirmDelivery(id: $id) { state } }`, { id: orderId });
  await buyer.gql.ok(
    `mutation($id: ID!, $rating: SellerRatingValue!, $comment: String!) { rateSeller(orderId: $id, rating: $rating, comment: $comment) { rating } }`,
    { id: orderId, rating, comment },
  );
}

/** The trial balance straight from the ledger tables: per currency, the sum of all entries (zero when balanced). */
export async function ledgerSums(dataSource: DataSource): Promise<{ currency: string; sum: number; entries: number }[]> {
  const rows = await dataSource.query<{ currency: string; sum: string; entries: string }[]>(
    `SELECT currency, sum(amount) AS sum, count(*) AS entries FROM ledger_entry GROUP BY currency ORDER BY currency`,
  );
  return rows.map((row) => ({ currency: row.currency, sum: Number(row.sum), entries: Number(row.entries) }));
}

/** An account's balance straight from the ledger tables. */
export async function ledgerBalance(dataSource: DataSource, account: string): Promise<number> {
  const [row] = await dataSource.query<{ sum: string | null }[]>(
    `SELECT sum(amount) AS sum FROM ledger_entry WHERE account = $1`,
    [account],
  );
  return Number(row.sum ?? 0);
}

export async function productStock(dataSource: DataSource, productId: string): Promise<number> {
  const [row] = await dataSource.query<{ stock: number }[]>(`SELECT stock FROM product WHERE id = $1`, [productId]);
  return row.stock;
}
