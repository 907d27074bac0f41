import { createTestApp, ledgerBalance, ledgerSums, registerStaff, TestAccount, TestApp } from '@allmende/testing';
import { WholesaleTimersService } from '@allmende/trade';
import { ACCEPT, createCoop, propose, publishOffer, requestQuote, TestCoop } from './wholesale-helpers';

const DELIVER = `mutation($id: ID!, $input: RecordDeliveryInput!) {
  recordWholesaleDelivery(purchaseOrderId: $id, input: $input) { id position quantity lotId custodyRecordId } }`;
const MARK_PAID = `mutation($id: ID!, $input: MarkInvoicePaidInput!) {
  markWholesaleInvoicePaid(invoiceId: $id, input: $input) { id state paid { amount } amountDueToday { amount } } }`;
const PAY_ONLINE = `mutation($id: ID!, $key: String!) {
  payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $key) { state paymentId testMode amount { amount } invoice { state } } }`;
const PAY_OFFLINE = `mutation($id: ID!, $key: String!) {
  payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $key) { state paymentId testMode amount { amount } invoice { state } } }`;
const ORDER = `query($id: ID!) { wholesalePurchaseOrder(id: $id) { state deliveredQuantity
  deliveries { position quantity note lotId }
  invoices { id number state vatCategory reverseCharge net { amount } vat { amount } gross { amount } amountDueToday { amount }
    lines { quantity unitPrice { amount } net { amount } } } } }`;

interface TestInvoice {
  id: string;
  number: number;
  state: string;
  vatCategory: string;
  reverseCharge: boolean;
  net: { amount: number };
  vat: { amount: number };
  gross: { amount: number };
  amountDueToday: { amount: number };
}

const today = () => new Date().toISOString().slice(0, 10);

describe('wholesale: purchase order -> deliveries -> invoices -> payments, with custody and the ledger', () => {
  let app: TestApp;
  let staff: TestAccount;
  let growers: TestCoop;
  let roasters: TestCoop;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    staff = await registerStaff(app.gql, app.dataSource);
    // An Austrian co-op sells to a German one, both VAT-registered: reverse charge.
    growers = await createCoop(app, staff, 'Kaffeekooperative Wien', { country: 'AT', vatId: 'ATU12345678' });
    roasters = await createCoop(app, staff, 'Rösterei Kreuzberg', { country: 'DE', vatId: 'DE123456789' });
  });

  const balances = async () => {
    const of = (account: string) => ledgerBalance(app.dataSource, account);
    return {
      sellerReceivable: await of(`org:${growers.id}:receivable`),
      sellerSales: await of(`org:${growers.id}:sales`),
      sellerSkonto: await of(`org:${growers.id}:skonto-granted`),
      buyerPayable: await of(`org:${roasters.id}:payable`),
      buyerPurchases: await of(`org:${roasters.id}:purchases`),
      buyerVatInput: await of(`org:${roasters.id}:vat-input`),
      buyerVatOutput: await of(`org:${roasters.id}:vat-output`),
      buyerSkonto: await of(`org:${roasters.id}:skonto-received`),
    };
  };
  const expectBalanced = async () => {
    for (const { sum } of await ledgerSums(app.dataSource)) expect(sum).toBe(0);
  };
  const order = async (id: string) =>
    (
      await roasters.owner.gql.ok<{
        wholesalePurchaseOrder: { state: string; deliveredQuantity: number; deliveries: unknown[]; invoices: TestInvoice[] };
      }>(ORDER, { id })
    ).wholesalePurchaseOrder;

  it('runs RFQ -> counter -> counter -> accept -> two partial deliveries -> two invoices -> one marked paid, one paid online, balanced at every step', async () => {
    const offerId = await publishOffer(growers);
    const rfq = await requestQuote(roasters, offerId, { quantity: 100, unitPrice: 750 });
    await propose(growers, rfq.id, { quantity: 100, unitPrice: 820 });
    await propose(roasters, rfq.id, { quantity: 100, unitPrice: 800 });
    const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(ACCEPT, {
      id: rfq.id,
    });
    const orderId = acceptWholesaleProposal.id;
    expect(await ledgerSums(app.dataSource)).toEqual([]);

    // Delivery 1: 40 kg. Invoice 1: 40 x 8.00 = 320.00, no VAT charged (reverse charge);
    // the roasters account for 7 % = 22.40 as input and output VAT themselves.
    await growers.owner.gql.ok(DELIVER, { id: orderId, input: { quantity: 40, note: 'Pallet 1 of 2, 40 kg, truck HH-AB 123' } });
    let po = await order(orderId);
    expect(po).toMatchObject({ state: 'PARTLY_DELIVERED', deliveredQuantity: 40 });
    expect(po.invoices).toEqual([
      expect.objectContaining({
        number: 1,
        state: 'ISSUED',
        vatCategory: 'AE',
        reverseCharge: true,
        net: { amount: 32_000 },
        vat: { amount: 0 },
        gross: { amount: 32_000 },
      }),
    ]);
    // Paid today, within 10 days: 2 % skonto of 320.00 = 6.40 off.
    expect(po.invoices[0].amountDueToday.amount).toBe(31_360);
    await expectBalanced();
    expect(await balances()).toEqual({
      sellerReceivable: 32_000,
      sellerSales: -32_000,
      sellerSkonto: 0,
      buyerPayable: -32_000,
      buyerPurchases: 32_000,
      buyerVatInput: 2240,
      buyerVatOutput: -2240,
      buyerSkonto: 0,
    });

    // A delivery larger than what is open (60 kg) is refused and writes nothing.
    const [before] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM wholesale_delivery)::int AS d, (SELECT count(*) FROM provenance_lot)::int AS l`,
    );
    const tooMuch = await growers.owner.gql.request(DELIVER, { id: orderId, input: { quantity: 61, note: 'Too much' } });
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'DELIVERY_EXCEEDS_ORDER', openQuantity: 60 });
    expect(await roasters.owner.gql.errorCode(DELIVER, { id: orderId, input: { quantity: 10, note: 'Buyer cannot' } })).toBe(
      'NOT_YOUR_TURN',
    );
    const [after] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM wholesale_delivery)::int AS d, (SELECT count(*) FROM provenance_lot)::int AS l`,
    );
    expect(after).toEqual(before);

    // Delivery 2: the other 60 kg. Invoice 2: 480.00, self-assessed VAT 33.60.
    await growers.owner.gql.ok(DELIVER, { id: orderId, input: { quantity: 60, note: 'Pallet 2 of 2, 60 kg' } });
    po = await order(orderId);
    expect(po).toMatchObject({ state: 'DELIVERED', deliveredQuantity: 100 });
    expect(po.invoices.map((invoice) => [invoice.number, invoice.gross.amount])).toEqual([
      [1, 32_000],
      [2, 48_000],
    ]);
    await expectBalanced();
    expect(await balances()).toMatchObject({
      sellerReceivable: 80_000,
      buyerPayable: -80_000,
      buyerVatInput: 5600,
      buyerVatOutput: -5600,
    });

    // Invoice 1 by bank transfer with skonto: a cent more than due is refused, the exact amount settles it.
    const [invoice1, invoice2] = po.invoices;
    const overpaid = await growers.owner.gql.request(MARK_PAID, { id: invoice1.id, input: { amount: 31_361, paidOn: today() } });
    expect(overpaid.errors?.[0].extensions).toMatchObject({ code: 'PAYMENT_EXCEEDS_DUE', amountDue: 31_360 });
    expect(await roasters.owner.gql.errorCode(MARK_PAID, { id: invoice1.id, input: { amount: 100, paidOn: today() } })).toBe(
      'NOT_YOUR_TURN',
    );
    const paid1 = await growers.owner.gql.ok<{ markWholesaleInvoicePaid: { state: string; paid: { amount: number } } }>(
      MARK_PAID,
      {
        id: invoice1.id,
        input: { amount: 31_360, paidOn: today(), reference: 'SEPA 2026-0001' },
      },
    );
    expect(paid1.markWholesaleInvoicePaid).toMatchObject({ state: 'PAID', paid: { amount: 32_000 } });
    await expectBalanced();
    expect(await balances()).toEqual({
      sellerReceivable: 48_000,
      sellerSales: -80_000,
      sellerSkonto: 640,
      buyerPayable: -48_000,
      buyerPurchases: 80_000,
      buyerVatInput: 5600,
      buyerVatOutput: -5600,
      buyerSkonto: -640,
    });

    // Invoice 2 in two parts: 200.00 by bank transfer (no skonto on a part), then the remaining 280.00 paid
    // online by the buyer through the payment port (test mode: the offline adapter's success path).
    const part = await growers.owner.gql.ok<{ markWholesaleInvoicePaid: { state: string; amountDueToday: { amount: number } } }>(
      MARK_PAID,
      { id: invoice2.id, input: { amount: 20_000, paidOn: today() } },
    );
    expect(part.markWholesaleInvoicePaid).toEqual(
      expect.objectContaining({ state: 'ISSUED', amountDueToday: { amount: 28_000 } }),
    );
    expect(await growers.owner.gql.errorCode(PAY_OFFLINE, { id: invoice2.id, key: 'seller-cannot-pay' })).toBe('NOT_YOUR_TURN');
    const online = await roasters.owner.gql.ok<{
      payWholesaleInvoiceOffline: {
        state: string;
        paymentId: string;
        testMode: boolean;
        amount: { amount: number };
        invoice: { state: string };
      };
    }>(PAY_OFFLINE, { id: invoice2.id, key: 'pay-invoice-2-once' });
    expect(online.payWholesaleInvoiceOffline).toMatchObject({
      state: 'SUCCEEDED',
      testMode: true,
      amount: { amount: 28_000 },
      invoice: { state: 'PAID' },
    });
    // The payment's reference is the intent committed before the provider was asked.
    const [intent] = await app.dataSource.query(
      `SELECT o.id, o.state, p.checkout_id FROM wholesale_invoice_online_payment o JOIN payment p ON p.id = o.payment_id`,
    );
    expect(intent).toMatchObject({ state: 'SUCCEEDED', checkout_id: intent.id });
    await expectBalanced();
    expect(await balances()).toEqual({
      sellerReceivable: 0,
      sellerSales: -80_000,
      sellerSkonto: 640,
      buyerPayable: 0,
      buyerPurchases: 80_000,
      buyerVatInput: 5600,
      buyerVatOutput: -5600,
      buyerSkonto: -640,
    });
    // The money paid online is at the provider, owed to the seller co-op.
    expect(await ledgerBalance(app.dataSource, 'provider:clearing')).toBe(28_000);
    expect(await ledgerBalance(app.dataSource, `seller:${growers.id}:payable`)).toBe(-28_000);
    // The same key again changes nothing: one payment, one booking.
    await roasters.owner.gql.ok(PAY_OFFLINE, { id: invoice2.id, key: 'pay-invoice-2-once' });
    await app.settle();
    expect(await ledgerBalance(app.dataSource, 'provider:clearing')).toBe(28_000);
    expect(await app.dataSource.query(`SELECT method, amount::int FROM wholesale_invoice_payment ORDER BY created_at`)).toEqual([
      { method: 'BANK_TRANSFER', amount: 31_360 },
      { method: 'BANK_TRANSFER', amount: 20_000 },
      { method: 'ONLINE', amount: 28_000 },
    ]);
    expect(await growers.owner.gql.errorCode(MARK_PAID, { id: invoice2.id, input: { amount: 1, paidOn: today() } })).toBe(
      'INVOICE_NOT_OPEN',
    );
    expect(await roasters.owner.gql.errorCode(PAY_OFFLINE, { id: invoice2.id, key: 'another-attempt' })).toBe('INVOICE_NOT_OPEN');
  });

  it('holds money paid online for an invoice the seller marked paid meanwhile, never booking it twice', async () => {
    const offerId = await publishOffer(growers);
    const rfq = await requestQuote(roasters, offerId, { quantity: 10 });
    const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(ACCEPT, {
      id: rfq.id,
    });
    await growers.owner.gql.ok(DELIVER, { id: acceptWholesaleProposal.id, input: { quantity: 10, note: 'All of it' } });
    const [invoice] = (await order(acceptWholesaleProposal.id)).invoices;
    // The buyer starts paying online (the provider is asked; no money yet) ...
    const started = await roasters.owner.gql.ok<{
      payWholesaleInvoiceOnline: { state: string; paymentId: string; amount: { amount: number } };
    }>(PAY_ONLINE, { id: invoice.id, key: 'pay-later-online' });
    expect(started.payWholesaleInvoiceOnline).toMatchObject({
      state: 'STARTED',
      amount: { amount: invoice.amountDueToday.amount },
    });
    // ... the seller records a bank transfer for it meanwhile, and then the online payment succeeds.
    await growers.owner.gql.ok(MARK_PAID, { id: invoice.id, input: { amount: invoice.amountDueToday.amount, paidOn: today() } });
    await roasters.owner.gql.ok(PAY_OFFLINE, { id: invoice.id, key: 'pay-later-online' });
    await app.settle();
    expect(await app.dataSource.query(`SELECT state FROM wholesale_invoice_online_payment`)).toEqual([{ state: 'UNAPPLIED' }]);
    expect(await app.dataSource.query(`SELECT method FROM wholesale_invoice_payment`)).toEqual([{ method: 'BANK_TRANSFER' }]);
    await expectBalanced();
    expect(await ledgerBalance(app.dataSource, `org:${roasters.id}:credit`)).toBe(-invoice.amountDueToday.amount);
    expect(await balances()).toMatchObject({ sellerReceivable: 0, buyerPayable: 0 });
  });

  it('passes custody with each delivery, so the buyer’s own product’s provenance verifies and spans both co-ops', async () => {
    const offerId = await publishOffer(growers, { totalQuantity: 500 });
    const rfq = await requestQuote(roasters, offerId, { quantity: 100 });
    const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(ACCEPT, {
      id: rfq.id,
    });
    const delivered = await growers.owner.gql.ok<{ recordWholesaleDelivery: { lotId: string; custodyRecordId: string } }>(
      DELIVER,
      {
        id: acceptWholesaleProposal.id,
        input: { quantity: 30, note: '30 kg' },
      },
    );
    const [{ lot_id: offeredLot }] = await app.dataSource.query(`SELECT lot_id FROM wholesale_offer WHERE id = $1`, [offerId]);
    const lots = await app.dataSource.query(
      `SELECT id, quantity::float AS quantity, custodian_organisation_id AS custodian FROM provenance_lot ORDER BY created_at`,
    );
    // Mass balance: the offered lot keeps 470 kg, the 30 kg split off are the roasters' now.
    expect(lots).toEqual([
      { id: offeredLot, quantity: 470, custodian: growers.id },
      { id: delivered.recordWholesaleDelivery.lotId, quantity: 30, custodian: roasters.id },
    ]);
    const [record] = await app.dataSource.query(`SELECT kind, details FROM provenance_record WHERE id = $1`, [
      delivered.recordWholesaleDelivery.custodyRecordId,
    ]);
    expect(record).toEqual({
      kind: 'CUSTODY_TRANSFER',
      details: { custodyTransfer: { fromOrganisationId: growers.id, toOrganisationId: roasters.id } },
    });

    // The roasters roast it into their own lot and sell it.
    const { createProvenanceLot } = await roasters.owner.gql.ok<{ createProvenanceLot: { id: string } }>(
      `mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }`,
      { input: { organisationId: roasters.id, code: 'ROAST-1', name: 'Roasted coffee', custodyModel: 'IDENTITY_PRESERVED' } },
    );
    await roasters.owner.gql.ok(
      `mutation($lotId: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $lotId, input: $input) { id } }`,
      {
        lotId: createProvenanceLot.id,
        input: {
          kind: 'TRANSFORMATION',
          inputLotIds: [delivered.recordWholesaleDelivery.lotId],
          occurredAt: new Date().toISOString(),
          place: { name: 'Rösterei Kreuzberg, Berlin', country: 'DE' },
          description: 'Roasted',
        },
      },
    );
    const { verifyProvenance } = await app.gql.ok<{
      verifyProvenance: { valid: boolean; lotsChecked: number; breaks: unknown[] };
    }>(`query($lotId: ID!) { verifyProvenance(lotId: $lotId) { valid lotsChecked breaks { reason } } }`, {
      lotId: createProvenanceLot.id,
    });
    expect(verifyProvenance).toEqual({ valid: true, lotsChecked: 3, breaks: [] });
    const { provenanceSummary } = await app.gql.ok<{
      provenanceSummary: { traceable: boolean; steps: { kind: string; actor: { name: string } }[] };
    }>(`query($lotId: ID!) { provenanceSummary(lotId: $lotId) { traceable steps { kind actor { name } } } }`, {
      lotId: createProvenanceLot.id,
    });
    expect(provenanceSummary.traceable).toBe(true);
    expect(provenanceSummary.steps.map((step) => [step.kind, step.actor.name])).toEqual([
      ['ORIGIN', 'Kaffeekooperative Wien'],
      ['TRANSFORMATION', 'Kaffeekooperative Wien'],
      ['CUSTODY_TRANSFER', 'Kaffeekooperative Wien'],
      ['TRANSFORMATION', 'Rösterei Kreuzberg'],
    ]);
  });

  it('numbers invoices without gaps per seller when many are issued at once', async () => {
    const offerId = await publishOffer(growers, { totalQuantity: 1000 });
    const orders: string[] = [];
    for (let i = 0; i < 8; i++) {
      const rfq = await requestQuote(roasters, offerId, { quantity: 20 });
      const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(ACCEPT, {
        id: rfq.id,
      });
      orders.push(acceptWholesaleProposal.id);
    }
    // Two deliveries on each of the eight orders at once, and a refused one on each that must not take a number.
    const results = await Promise.all(
      orders.flatMap((id) => [
        growers.owner.gql.request(DELIVER, { id, input: { quantity: 10, note: 'First half' } }),
        growers.owner.gql.request(DELIVER, { id, input: { quantity: 30, note: 'Too much' } }),
        growers.owner.gql.request(DELIVER, { id, input: { quantity: 10, note: 'Second half' } }),
      ]),
    );
    expect(results.filter((result) => result.errors).map((result) => result.errors![0].extensions?.code)).toEqual(
      Array(8).fill('DELIVERY_EXCEEDS_ORDER'),
    );
    const numbers = await app.dataSource.query(
      `SELECT number FROM wholesale_invoice WHERE seller_organisation_id = $1 ORDER BY number`,
      [growers.id],
    );
    expect(numbers.map((row: { number: number }) => row.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    await expectBalanced();
  });

  it('turns unpaid invoices OVERDUE after the due date and reminds them weekly, by the scheduled job', async () => {
    const offerId = await publishOffer(growers, { paymentNetDays: 30, skontoDays: 10 });
    const rfq = await requestQuote(roasters, offerId, { quantity: 10 });
    const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(ACCEPT, {
      id: rfq.id,
    });
    await growers.owner.gql.ok(DELIVER, { id: acceptWholesaleProposal.id, input: { quantity: 10, note: 'All of it' } });
    const timers = app.server.app.get(WholesaleTimersService);
    const day = (days: number) => new Date(Date.now() + days * 86_400_000);
    const state = async () =>
      (await app.dataSource.query(`SELECT state, reminders FROM wholesale_invoice`))[0] as { state: string; reminders: number };

    expect(await timers.run(day(30))).toMatchObject({ overdueInvoices: 0, reminders: 0 });
    expect(await state()).toEqual({ state: 'ISSUED', reminders: 0 });
    expect(await timers.run(day(31))).toMatchObject({ overdueInvoices: 1, reminders: 1 });
    expect(await timers.run(day(33))).toMatchObject({ overdueInvoices: 0, reminders: 0 });
    expect(await timers.run(day(38))).toMatchObject({ reminders: 1 });
    expect(await state()).toEqual({ state: 'OVERDUE', reminders: 2 });

    // Late, so no skonto: 10 x 9.00 = 90.00 in full.
    const late = day(40).toISOString().slice(0, 10);
    const paid = await growers.owner.gql.request(MARK_PAID, {
      id: (await app.dataSource.query(`SELECT id FROM wholesale_invoice`))[0].id,
      input: { amount: 9000, paidOn: late },
    });
    expect(paid.errors).toBeUndefined();
    expect(await state()).toEqual({ state: 'PAID', reminders: 2 });
    expect(await timers.run(day(45))).toMatchObject({ reminders: 0 });
  });
});
