import { createTestApp, registerAccount, registerStaff, TestAccount, TestApp } from '@allmende/testing';
import { createCoop, dayFromNow, offerInput, publishOffer, requestQuote, TestCoop } from './wholesale-helpers';

/** Every wholesale query and mutation, with variables that would succeed for the right co-op's staff. */
function operations(ids: { offerId: string; negotiationId: string; orderId: string; coopId: string }) {
  const proposal = { quantity: 20, deliveryDate: dayFromNow(30) };
  return [
    ['wholesaleOffers', `{ wholesaleOffers { totalCount } }`, {}],
    ['wholesaleOffer', `query($id: ID!) { wholesaleOffer(id: $id) { id } }`, { id: ids.offerId }],
    [
      'publishWholesaleOffer',
      `mutation($input: PublishOfferInput!) { publishWholesaleOffer(input: $input) { id } }`,
      { input: offerInput(ids.coopId, { productId: ids.offerId }) },
    ],
    ['withdrawWholesaleOffer', `mutation($id: ID!) { withdrawWholesaleOffer(id: $id) { id } }`, { id: ids.offerId }],
    [
      'wholesaleNegotiations',
      `query($org: ID!) { wholesaleNegotiations(organisationId: $org) { totalCount } }`,
      { org: ids.coopId },
    ],
    ['wholesaleNegotiation', `query($id: ID!) { wholesaleNegotiation(id: $id) { id } }`, { id: ids.negotiationId }],
    [
      'requestWholesaleQuote',
      `mutation($input: RequestQuoteInput!) { requestWholesaleQuote(input: $input) { id } }`,
      { input: { ...proposal, offerId: ids.offerId, organisationId: ids.coopId } },
    ],
    [
      'proposeWholesaleTerms',
      `mutation($id: ID!, $input: ProposalInput!) { proposeWholesaleTerms(negotiationId: $id, input: $input) { id } }`,
      { id: ids.negotiationId, input: proposal },
    ],
    [
      'acceptWholesaleProposal',
      `mutation($id: ID!) { acceptWholesaleProposal(negotiationId: $id) { id } }`,
      { id: ids.negotiationId },
    ],
    [
      'declineWholesaleProposal',
      `mutation($id: ID!) { declineWholesaleProposal(negotiationId: $id) { id } }`,
      { id: ids.negotiationId },
    ],
    [
      'withdrawWholesaleProposal',
      `mutation($id: ID!) { withdrawWholesaleProposal(negotiationId: $id) { id } }`,
      { id: ids.negotiationId },
    ],
    [
      'sendWholesaleMessage',
      `mutation($id: ID!) { sendWholesaleMessage(negotiationId: $id, message: "Hello") { id } }`,
      { id: ids.negotiationId },
    ],
    [
      'wholesalePurchaseOrders',
      `query($org: ID!) { wholesalePurchaseOrders(organisationId: $org) { totalCount } }`,
      { org: ids.coopId },
    ],
    ['wholesalePurchaseOrder', `query($id: ID!) { wholesalePurchaseOrder(id: $id) { id } }`, { id: ids.orderId }],
  ] as const;
}

describe('wholesale: only staff of verified co-operatives', () => {
  let app: TestApp;
  let staff: TestAccount;
  let growers: TestCoop;
  let roasters: TestCoop;
  let ids: { offerId: string; negotiationId: string; orderId: string };

  beforeAll(async () => {
    app = await createTestApp();
    staff = await registerStaff(app.gql, app.dataSource);
    growers = await createCoop(app, staff, 'Café Chiapas', { country: 'MX' });
    roasters = await createCoop(app, staff, 'Rösterei Kreuzberg', { country: 'DE' });
    const offerId = await publishOffer(growers);
    const accepted = await requestQuote(roasters, offerId, { quantity: 20 });
    const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(
      `mutation($id: ID!) { acceptWholesaleProposal(negotiationId: $id) { id } }`,
      { id: accepted.id },
    );
    const open = await requestQuote(roasters, offerId, { quantity: 20 });
    ids = { offerId, negotiationId: open.id, orderId: acceptWholesaleProposal.id };
  });
  afterAll(() => app.close());

  it.each(['guest', 'retail buyer', 'unverified co-op staff', 'platform staff', 'a company'])(
    'refuses %s on every wholesale query and mutation with FORBIDDEN',
    async (who) => {
      let client = app.gql;
      let coopId = growers.id;
      if (who === 'retail buyer') client = (await registerAccount(app.gql, 'Anna Buyer')).gql;
      if (who === 'platform staff') client = staff.gql;
      if (who === 'unverified co-op staff' || who === 'a company') {
        const unverified = await createCoop(app, staff, who === 'a company' ? 'Kaffee GmbH' : 'New Co-op', {
          country: 'DE',
          verified: false,
        });
        if (who === 'a company') {
          await app.dataSource.query(`UPDATE organisation SET kind = 'COMPANY', verified_at = now() WHERE id = $1`, [
            unverified.id,
          ]);
        }
        client = unverified.owner.gql;
        coopId = unverified.id;
      }
      const [before] = await app.dataSource.query(
        `SELECT (SELECT count(*) FROM wholesale_offer)::int AS offers, (SELECT count(*) FROM wholesale_message)::int AS messages,
                (SELECT count(*) FROM wholesale_negotiation WHERE state = 'REQUESTED')::int AS open`,
      );
      for (const [name, query, variables] of operations({ ...ids, coopId })) {
        const response = await client.request(query, variables);
        expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
      }
      const [after] = await app.dataSource.query(
        `SELECT (SELECT count(*) FROM wholesale_offer)::int AS offers, (SELECT count(*) FROM wholesale_message)::int AS messages,
                (SELECT count(*) FROM wholesale_negotiation WHERE state = 'REQUESTED')::int AS open`,
      );
      expect(after).toEqual(before);
    },
  );

  it('lets a verified co-op outside a deal browse offers but not see the deal', async () => {
    const other = await createCoop(app, staff, 'Kakao Kollektiv', { country: 'DE' });
    const { wholesaleOffers } = await other.owner.gql.ok<{ wholesaleOffers: { totalCount: number } }>(
      `{ wholesaleOffers { totalCount } }`,
    );
    expect(wholesaleOffers.totalCount).toBe(1);
    for (const [name, query, variables] of operations({ ...ids, coopId: growers.id }).filter(([name]) =>
      /Negotiation|Proposal|Message|PurchaseOrder|withdrawWholesaleOffer/.test(name),
    )) {
      const response = await other.owner.gql.request(query, variables);
      expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
  });
});
