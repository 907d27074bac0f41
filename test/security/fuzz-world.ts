import { DataSource } from 'typeorm';
import {
  addToCart,
  checkoutCart,
  createActiveProduct,
  createCategories,
  createShop,
  registerAccount,
  registerStaff,
  TestAccount,
  TestApp,
} from '@allmende/testing';
import type { KnownIds } from './fuzz-inputs';

export interface FuzzWorld {
  clients: { role: string; token: string | null }[];
  known: KnownIds;
}

/**
 * A small marketplace for the fuzzer to hit: a seller with a listing, a draft and a lot with
 * records, a buyer with a paid order, platform staff. Its ids are offered to the fuzzer beside
 * malformed ones, so inputs get past "not found" into the code behind it.
 */
export async function buildFuzzWorld(app: TestApp): Promise<FuzzWorld> {
  const { food: categoryId } = await createCategories(app.dataSource, { food: 'Food' });
  const shop = await createShop(app.gql, 'Fuzz Co-op', categoryId, [{ title: 'Coffee', priceCents: 1299, stock: 50 }]);
  const draftId = (
    await shop.owner.gql.ok<{ createProduct: { id: string } }>(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { input: { organisationId: shop.organisationId, title: 'Draft', price: { amount: 500, currency: 'EUR' }, vatRateBp: 700 } },
    )
  ).createProduct.id;
  const secondProduct = await createActiveProduct(shop.owner, shop.organisationId, { title: 'Tea', categoryId, priceCents: 450 });
  const lotId = (
    await shop.owner.gql.ok<{ createProvenanceLot: { id: string } }>(
      'mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }',
      { input: { organisationId: shop.organisationId, code: 'F-1', name: 'Green coffee', custodyModel: 'IDENTITY_PRESERVED' } },
    )
  ).createProvenanceLot.id;
  const recordId = (
    await shop.owner.gql.ok<{ appendProvenanceRecord: { id: string } }>(
      'mutation($lotId: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $lotId, input: $input) { id } }',
      { lotId, input: { kind: 'ORIGIN', occurredAt: '2025-01-01T00:00:00Z', place: { name: 'Finca', country: 'MX' } } },
    )
  ).appendProvenanceRecord.id;
  const buyer: TestAccount = await registerAccount(app.gql, 'Fuzz Buyer');
  await addToCart(buyer.gql, shop.productIds[0], 2);
  const checkout = await checkoutCart(buyer);
  await buyer.gql.ok('mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id } }', { id: checkout.id });
  const staff = await registerStaff(app.gql, app.dataSource);
  const ids = [
    shop.organisationId,
    ...shop.productIds,
    secondProduct,
    draftId,
    categoryId,
    lotId,
    recordId,
    checkout.id,
    ...checkout.orders.map((order) => order.id),
    buyer.id,
    shop.owner.id,
    staff.id,
  ];
  return {
    clients: [
      { role: 'guest', token: null },
      { role: 'buyer', token: buyer.token },
      { role: 'seller', token: shop.owner.token },
      { role: 'platform staff', token: staff.token },
    ],
    known: { ids, cursors: await realCursors(app.dataSource) },
  };
}

/** Cursors as the API gives them out, taken from the lists themselves. */
async function realCursors(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ published_at: Date; id: string }[]>(
    `SELECT published_at, id FROM product WHERE published_at IS NOT NULL`,
  );
  return rows.map((row) => Buffer.from(JSON.stringify([row.published_at.toISOString(), row.id])).toString('base64url'));
}
