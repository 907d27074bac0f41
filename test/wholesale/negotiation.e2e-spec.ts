import { createTestApp, registerStaff, TestAccount, TestApp } from '@allmende/testing';
import { NegotiationService, OfferService } from '@allmende/trade';
import {
  ACCEPT,
  createCoop,
  dayFromNow,
  propose,
  publishOffer,
  REQUEST_QUOTE,
  requestQuote,
  TestCoop,
  wholesaleRowCounts,
} from './wholesale-helpers';

describe('wholesale: offers, requests for quote and negotiation', () => {
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
    growers = await createCoop(app, staff, 'Café Chiapas', { country: 'MX', vatId: null });
    roasters = await createCoop(app, staff, 'Rösterei Kreuzberg', { country: 'DE', vatId: 'DE123456789' });
  });

  it('runs RFQ -> offer -> counter-offer -> accept, with one thread, and reserves the quantity', async () => {
    const offerId = await publishOffer(growers);
    const rfq = await requestQuote(roasters, offerId, { quantity: 120, unitPrice: 750, message: 'Can you do 7.50?' });
    expect(rfq).toMatchObject({
      state: 'REQUESTED',
      round: 0,
      onTable: { side: 'BUYER', quantity: 120, unitPrice: { amount: 750 } },
    });

    // 120 kg reach the 50 kg tier (8.50); the growers offer 8.00 for the whole 120 kg.
    const offered = await propose(growers, rfq.id, { quantity: 120, unitPrice: 800, message: '8.00 is our best for 120 kg' });
    expect(offered).toMatchObject({ state: 'OFFERED', round: 1, onTable: { side: 'SELLER', total: { amount: 96_000 } } });
    const countered = await propose(roasters, rfq.id, { quantity: 150, unitPrice: 780, message: 'We take 150 kg at 7.80' });
    expect(countered).toMatchObject({ state: 'COUNTERED', round: 2, onTable: { side: 'BUYER', quantity: 150 } });

    // The roasters cannot accept their own counter-offer; the growers can.
    expect(await roasters.owner.gql.errorCode(ACCEPT, { id: rfq.id })).toBe('OWN_PROPOSAL');
    const { acceptWholesaleProposal: order } = await growers.owner.gql.ok<{
      acceptWholesaleProposal: { state: string; quantity: number; unitPrice: { amount: number }; netTotal: { amount: number } };
    }>(ACCEPT, { id: rfq.id });
    // 150 kg x 7.80 = 1,170.00
    expect(order).toEqual(
      expect.objectContaining({ state: 'CONFIRMED', quantity: 150, unitPrice: { amount: 780 }, netTotal: { amount: 117_000 } }),
    );

    const { wholesaleNegotiation } = await roasters.owner.gql.ok<{ wholesaleNegotiation: Record<string, unknown> }>(
      `query($id: ID!) { wholesaleNegotiation(id: $id) { state proposals { round side quantity } messages { side body }
        purchaseOrder { quantity } offer { availableQuantity } } }`,
      { id: rfq.id },
    );
    expect(wholesaleNegotiation).toEqual({
      state: 'ACCEPTED',
      proposals: [
        { round: 0, side: 'BUYER', quantity: 120 },
        { round: 1, side: 'SELLER', quantity: 120 },
        { round: 2, side: 'BUYER', quantity: 150 },
      ],
      messages: [
        { side: 'BUYER', body: 'Can you do 7.50?' },
        { side: 'SELLER', body: '8.00 is our best for 120 kg' },
        { side: 'BUYER', body: 'We take 150 kg at 7.80' },
      ],
      purchaseOrder: { quantity: 150 },
      offer: { availableQuantity: 850 },
    });
    // Closed: nobody moves it any more.
    expect(await growers.owner.gql.errorCode(ACCEPT, { id: rfq.id })).toBe('ILLEGAL_TRANSITION');
    expect(await roasters.owner.gql.errorCode(ACCEPT, { id: rfq.id })).toBe('ILLEGAL_TRANSITION');
  });

  it('prices by the tier the quantity reaches, at and around each boundary', async () => {
    const offerId = await publishOffer(growers);
    const { wholesaleOffer } = await roasters.owner.gql.ok<{ wholesaleOffer: Record<string, { amount: number } | null> }>(
      `query($id: ID!) { wholesaleOffer(id: $id) {
        q9: unitPriceFor(quantity: 9) { amount } q10: unitPriceFor(quantity: 10) { amount } q49: unitPriceFor(quantity: 49) { amount }
        q50: unitPriceFor(quantity: 50) { amount } q51: unitPriceFor(quantity: 51) { amount } q199: unitPriceFor(quantity: 199) { amount }
        q200: unitPriceFor(quantity: 200) { amount } q201: unitPriceFor(quantity: 201) { amount } } }`,
      { id: offerId },
    );
    expect(wholesaleOffer).toEqual({
      q9: null,
      q10: { amount: 900 },
      q49: { amount: 900 },
      q50: { amount: 850 },
      q51: { amount: 850 },
      q199: { amount: 850 },
      q200: { amount: 800 },
      q201: { amount: 800 },
    });
    // A request without a wished price stands at the tier price for the whole quantity: 200 x 8.00.
    const rfq = await requestQuote(roasters, offerId, { quantity: 200 });
    expect(rfq.onTable).toMatchObject({ unitPrice: { amount: 800 }, total: { amount: 160_000 } });
    // Asking more than the tier allows is refused; exactly the tier price is fine.
    expect(
      await growers.owner.gql.errorCode(
        `mutation($id: ID!, $input: ProposalInput!) { proposeWholesaleTerms(negotiationId: $id, input: $input) { id } }`,
        { id: rfq.id, input: { quantity: 199, unitPrice: 851, deliveryDate: dayFromNow(30) } },
      ),
    ).toBe('PRICE_ABOVE_TIER');
    expect((await propose(growers, rfq.id, { quantity: 199, unitPrice: 850 })).onTable.unitPrice.amount).toBe(850);
  });

  it('refuses bad requests with clear codes and writes nothing', async () => {
    const offerId = await publishOffer(growers, { totalQuantity: 300 });
    const rfq = async (input: Record<string, unknown>, who = roasters) =>
      who.owner.gql.errorCode(REQUEST_QUOTE, {
        input: { offerId, organisationId: who.id, deliveryDate: dayFromNow(30), quantity: 20, ...input },
      });
    const before = await wholesaleRowCounts(app.dataSource);

    expect(await rfq({ quantity: 9 })).toBe('QUANTITY_BELOW_MINIMUM');
    expect(await rfq({ quantity: 301 })).toBe('QUANTITY_ABOVE_AVAILABLE');
    expect(await rfq({ quantity: 0 })).toBe('BAD_USER_INPUT');
    expect(await rfq({ deliveryDate: '2025-02-30' })).toBe('BAD_USER_INPUT');
    expect(await rfq({ deliveryDate: '2020-01-01' })).toBe('DELIVERY_DATE_PAST');
    expect(await rfq({}, growers)).toBe('OWN_OFFER');
    expect(await wholesaleRowCounts(app.dataSource)).toEqual(before);

    // The offer runs out: the scheduled job closes it, and requests are refused.
    const negotiation = await requestQuote(roasters, offerId, { quantity: 20 });
    await app.dataSource.query(
      `UPDATE wholesale_offer SET valid_from = now() - interval '2 days', valid_until = now() - interval '1 minute' WHERE id = $1`,
      [offerId],
    );
    expect(await rfq({})).toBe('OFFER_EXPIRED');
    await app.dataSource.query(`UPDATE wholesale_negotiation SET expires_at = now() - interval '1 minute'`);
    expect(await growers.owner.gql.errorCode(ACCEPT, { id: negotiation.id })).toBe('PROPOSAL_EXPIRED');
    const now = new Date();
    expect(await app.server.app.get(OfferService).expire(now)).toBe(1);
    expect(await app.server.app.get(NegotiationService).expire(now)).toBe(1);
    const [row] = await app.dataSource.query(`SELECT state FROM wholesale_negotiation WHERE id = $1`, [negotiation.id]);
    expect(row.state).toBe('EXPIRED');
    expect(await rfq({})).toBe('OFFER_EXPIRED');
  });

  it('lets 20 acceptances race for a lot that can serve 3 and never over-commits', async () => {
    const offerId = await publishOffer(growers, {
      totalQuantity: 300,
      minimumQuantity: 100,
      tiers: [{ minQuantity: 100, unitPrice: 800 }],
    });
    const buyers: TestCoop[] = [];
    for (let i = 0; i < 20; i++) buyers.push(await createCoop(app, staff, `Roastery ${i}`, { country: 'DE' }));
    const negotiations: string[] = [];
    for (const buyer of buyers) {
      const rfq = await requestQuote(buyer, offerId, { quantity: 100 });
      negotiations.push(rfq.id);
    }
    // The growers accept every request at once.
    const results = await Promise.all(negotiations.map((id) => growers.owner.gql.request(ACCEPT, { id })));
    const accepted = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors).map((result) => result.errors![0].extensions?.code);
    expect(accepted).toHaveLength(3);
    expect(refused).toEqual(Array(17).fill('QUANTITY_ABOVE_AVAILABLE'));
    const [offer] = await app.dataSource.query(`SELECT available_quantity FROM wholesale_offer WHERE id = $1`, [offerId]);
    expect(offer.available_quantity).toBe(0);
    const [orders] = await app.dataSource.query(
      `SELECT count(*)::int AS count, sum(quantity)::int AS quantity FROM wholesale_purchase_order`,
    );
    expect(orders).toEqual({ count: 3, quantity: 300 });
    const [states] = await app.dataSource.query(
      `SELECT count(*)::int AS accepted FROM wholesale_negotiation WHERE state = 'ACCEPTED'`,
    );
    expect(states.accepted).toBe(3);
  });
});
