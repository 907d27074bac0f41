import { DataSource } from 'typeorm';
import { registerAccount, TestAccount, TestApp } from '@allmende/testing';

export type ClassName = 'CONSUMER' | 'PRODUCER' | 'WORKER' | 'INVESTOR';

export interface FixtureMember extends TestAccount {
  memberId: string;
  memberClass: ClassName;
}

/** A member admitted on `joinedAt` (written straight into the tables: the fixture's dates lie in the past). */
export async function memberSince(app: TestApp, memberClass: ClassName, name: string, joinedAt: string): Promise<FixtureMember> {
  const account = await registerAccount(app.gql, name);
  const [row] = await app.dataSource.query(
    `INSERT INTO member (account_id, applied_by, member_class, status, joined_at) VALUES ($1, $1, $2, 'ACTIVE', $3) RETURNING id`,
    [account.id, memberClass, joinedAt],
  );
  return { ...account, memberId: row.id, memberClass };
}

/** A line of the share register, recorded on `at`. */
export async function sharesBought(dataSource: DataSource, memberId: string, shares: number, at: string, price = 1000) {
  await dataSource.query(
    `INSERT INTO share_register_entry (member_id, movement, shares, share_price, currency, reference, recorded_at)
     VALUES ($1, 'PURCHASE', $2, $3, 'EUR', gen_random_uuid()::text, $4)`,
    [memberId, shares, price, at],
  );
}

/** A paid order from `buyer` to `seller` (a person selling) of `total` cents, paid on `paidAt`. Returns its id. */
export async function paidOrder(
  dataSource: DataSource,
  buyer: { id: string },
  seller: { id: string; displayName: string },
  total: number,
  paidAt: string,
  sellerKind: 'PERSON' | 'ORGANISATION' = 'PERSON',
): Promise<string> {
  const [checkout] = await dataSource.query(
    `INSERT INTO checkout (buyer_id, idempotency_key, state, total_amount, currency, expires_at, paid_at, created_at)
     VALUES ($1, gen_random_uuid()::text, 'PAID', $2, 'EUR', $3, $3, $3) RETURNING id`,
    [buyer.id, total, paidAt],
  );
  const [order] = await dataSource.query(
    `INSERT INTO trade_order (checkout_id, buyer_id, seller_id, seller_kind, seller_name, state, currency, items_amount,
                              shipping_method, shipping_amount, total_amount, paid_at, created_at)
     VALUES ($1, $2, $3, $7, $4, 'PAID', 'EUR', $5, 'PICKUP', 0, $5, $6, $6) RETURNING id`,
    [checkout.id, buyer.id, seller.id, seller.displayName, total, paidAt, sellerKind],
  );
  return order.id;
}

/** A refund of `amount` on an order, booked on `at`. */
export async function refunded(dataSource: DataSource, orderId: string, amount: number, at: string) {
  await dataSource.query(`UPDATE trade_order SET refunded_amount = refunded_amount + $2, state = 'REFUNDED' WHERE id = $1`, [
    orderId,
    amount,
  ]);
  await dataSource.query(
    `INSERT INTO order_refund (order_id, amount, reason, parts, created_at) VALUES ($1, $2, 'RETURNED', '{}', $3)`,
    [orderId, amount, at],
  );
}

/** Platform fee income (or, negative, a fee given back with a refund) posted to the ledger on `at`. */
export async function feesPosted(dataSource: DataSource, amount: number, at: string, reference: string) {
  await dataSource.transaction(async (manager) => {
    const [txn] = await manager.query(
      `INSERT INTO ledger_transaction (kind, reference, description, created_at) VALUES ('capture', $1, 'fixture', $2) RETURNING id`,
      [reference, at],
    );
    await manager.query(
      `INSERT INTO ledger_entry (transaction_id, account, currency, amount) VALUES ($1, 'provider:clearing', 'EUR', $2), ($1, 'platform:fees', 'EUR', $3)`,
      [txn.id, amount, -amount],
    );
  });
}

export const CREATE_YEAR = `mutation($input: CreateFiscalYearInput!) { createFiscalYear(input: $input) { id label state } }`;
export const ADD_COST = `mutation($input: AddFiscalCostInput!) { addFiscalCost(input: $input) { id amount { amount } } }`;
export const CLOSE_YEAR = `mutation($id: ID!) { closeFiscalYear(id: $id) { id state closedAt } }`;
export const RECORD_HOURS = `mutation($input: RecordWorkerHoursInput!) { recordWorkerHours(input: $input) { id hours workedOn } }`;
export const RUN = `mutation($id: ID!) {
  runDividendAllocation(fiscalYearId: $id) {
    id state digest runs nothingToAllocate
    revenue { amount } costs { amount } surplus { amount } reserve { amount } investorPool { amount } investorCap { amount } patronagePool { amount }
    classes { memberClass tier members totalWeight pool { amount } allocated { amount } }
  }
}`;
export const LINES = `query($id: ID!, $after: String) {
  dividendAllocation(id: $id) {
    state
    lines(first: 100, after: $after) {
      totalCount
      edges { node { memberId memberName memberClass tier weight classPool { amount } classWeight base { amount } rounding amount { amount } payoutMethod } }
    }
  }
}`;

export interface LineView {
  memberId: string;
  memberName: string;
  memberClass: string;
  tier: string;
  weight: string;
  classPool: { amount: number };
  classWeight: string;
  base: { amount: number };
  rounding: number;
  amount: { amount: number };
  payoutMethod: string;
}

/** The text a PDF written by pdfkit without compression shows: the hex strings of its TJ operators, line by line. */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((match) =>
      [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1], 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}
