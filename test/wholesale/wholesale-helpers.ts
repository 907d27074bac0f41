import { DataSource } from 'typeorm';
import { COMPLETE_LEGAL_DETAILS, registerAccount, TestAccount, TestApp } from '@allmende/testing';

export interface TestCoop {
  owner: TestAccount;
  id: string;
}

const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

/** A co-operative with complete legal details, verified by platform staff unless `verified` is false. */
export async function createCoop(
  app: TestApp,
  staff: TestAccount,
  name: string,
  details: { country: string; vatId?: string | null; verified?: boolean },
): Promise<TestCoop> {
  const owner = await registerAccount(app.gql, `${name} Owner`);
  const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(CREATE_ORGANISATION, {
    input: {
      ...COMPLETE_LEGAL_DETAILS,
      name,
      legalName: `${name} eG`,
      kind: 'COOPERATIVE',
      country: details.country,
      vatId: details.vatId ?? null,
    },
  });
  if (details.verified !== false) {
    await staff.gql.ok(`mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: createOrganisation.id });
  }
  return { owner, id: createOrganisation.id };
}

/** Coffee by the kilogram: at least 10 kg at 9.00, from 50 kg 8.50, from 200 kg 8.00; net 30, 2 % skonto in 10 days. */
export const COFFEE_TIERS = [
  { minQuantity: 10, unitPrice: 900 },
  { minQuantity: 50, unitPrice: 850 },
  { minQuantity: 200, unitPrice: 800 },
];

export const PUBLISH_OFFER = `mutation($input: PublishOfferInput!) {
  publishWholesaleOffer(input: $input) { id state availableQuantity minimumQuantity incoterm incotermPlace }
}`;

export function offerInput(organisationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisationId,
    title: 'Green coffee, washed arabica',
    description: 'Shade-grown in Chiapas, harvest 2025',
    unit: 'KGM',
    totalQuantity: 1000,
    minimumQuantity: 10,
    tiers: COFFEE_TIERS,
    currency: 'EUR',
    vatRateBp: 700,
    incoterm: 'FCA',
    incotermPlace: 'Tapachula warehouse',
    leadTimeDays: 14,
    paymentNetDays: 30,
    skontoBp: 200,
    skontoDays: 10,
    invoicing: 'PER_DELIVERY',
    validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString(),
    ...extra,
  };
}

let lotNumber = 0;

/** A lot of green coffee the co-op harvested (its ORIGIN recorded), holding `quantity` kg. */
export async function createLot(seller: TestCoop, quantity: number): Promise<string> {
  const { createProvenanceLot } = await seller.owner.gql.ok<{ createProvenanceLot: { id: string } }>(
    `mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }`,
    {
      input: {
        organisationId: seller.id,
        code: `CHI-${++lotNumber}`,
        name: 'Green coffee, washed arabica',
        custodyModel: 'IDENTITY_PRESERVED',
        quantity,
        uom: 'KGM',
      },
    },
  );
  await seller.owner.gql.ok(
    `mutation($lotId: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $lotId, input: $input) { id } }`,
    {
      lotId: createProvenanceLot.id,
      input: {
        kind: 'ORIGIN',
        occurredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
        place: { name: 'Finca La Esperanza, Chiapas', country: 'MX', latitude: 15.17, longitude: -92.34 },
        description: 'Harvested and washed',
      },
    },
  );
  return createProvenanceLot.id;
}

/** Publishes an offer of a fresh lot holding the offered quantity (unless the offer names its own lot or product). */
export async function publishOffer(seller: TestCoop, extra: Record<string, unknown> = {}): Promise<string> {
  const input = offerInput(seller.id, extra);
  if (!input.lotId && !input.productId) input.lotId = await createLot(seller, input.totalQuantity as number);
  const { publishWholesaleOffer } = await seller.owner.gql.ok<{ publishWholesaleOffer: { id: string } }>(PUBLISH_OFFER, {
    input,
  });
  return publishWholesaleOffer.id;
}

/** A date `days` from today, YYYY-MM-DD. */
export const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const NEGOTIATION_FIELDS = `id state round
  onTable { round side quantity unitPrice { amount currency } total { amount } deliveryDate }
  proposals { round side quantity unitPrice { amount } }
  messages { side body }
  purchaseOrder { id state quantity }`;

export interface TestNegotiation {
  id: string;
  state: string;
  round: number;
  onTable: {
    round: number;
    side: string;
    quantity: number;
    unitPrice: { amount: number; currency: string };
    total: { amount: number };
  };
  proposals: { round: number; side: string; quantity: number; unitPrice: { amount: number } }[];
  messages: { side: string; body: string }[];
  purchaseOrder: { id: string; state: string; quantity: number } | null;
}

export const REQUEST_QUOTE = `mutation($input: RequestQuoteInput!) { requestWholesaleQuote(input: $input) { ${NEGOTIATION_FIELDS} } }`;
export const PROPOSE = `mutation($id: ID!, $input: ProposalInput!) {
  proposeWholesaleTerms(negotiationId: $id, input: $input) { ${NEGOTIATION_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptWholesaleProposal(negotiationId: $id) { id state quantity unitPrice { amount } netTotal { amount } } }`;

export async function requestQuote(
  buyer: TestCoop,
  offerId: string,
  input: { quantity: number; unitPrice?: number | null; message?: string },
): Promise<TestNegotiation> {
  const { requestWholesaleQuote } = await buyer.owner.gql.ok<{ requestWholesaleQuote: TestNegotiation }>(REQUEST_QUOTE, {
    input: { offerId, organisationId: buyer.id, deliveryDate: dayFromNow(30), message: '', ...input },
  });
  return requestWholesaleQuote;
}

export async function propose(
  party: TestCoop,
  negotiationId: string,
  input: { quantity: number; unitPrice?: number | null; message?: string },
): Promise<TestNegotiation> {
  const { proposeWholesaleTerms } = await party.owner.gql.ok<{ proposeWholesaleTerms: TestNegotiation }>(PROPOSE, {
    id: negotiationId,
    input: { deliveryDate: dayFromNow(30), message: '', ...input },
  });
  return proposeWholesaleTerms;
}

/** Rows of every wholesale table, to show that a refused request wrote nothing. */
export async function wholesaleRowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = [
    'wholesale_offer',
    'wholesale_offer_tier',
    'wholesale_negotiation',
    'wholesale_proposal',
    'wholesale_message',
    'wholesale_purchase_order',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = row.count;
  }
  const [offers] = await dataSource.query(`SELECT coalesce(sum(available_quantity), 0)::int AS available FROM wholesale_offer`);
  counts.available = offers.available;
  return counts;
}
