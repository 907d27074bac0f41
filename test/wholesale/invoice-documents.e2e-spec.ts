import { createTestApp, registerStaff, TestApp } from '@allmende/testing';
import { ACCEPT, createCoop, publishOffer, requestQuote, TestCoop } from './wholesale-helpers';

const DELIVER = `mutation($id: ID!, $input: RecordDeliveryInput!) { recordWholesaleDelivery(purchaseOrderId: $id, input: $input) { id } }`;
const INVOICE_DOCUMENTS = `query($org: ID!) { wholesaleInvoices(organisationId: $org) { edges { node { id number pdfBase64 xrechnungXml } } } }`;

/** The text of the first element with this (prefixed) name inside `within`, or null. */
function element(xml: string, name: string, within?: string): string | null {
  const scope = within ? (element(xml, within) ?? '') : xml;
  const match = new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(scope);
  return match ? match[1].trim() : null;
}

describe('wholesale: invoice documents', () => {
  let app: TestApp;
  let growers: TestCoop;
  let roasters: TestCoop;
  let invoice: { number: number; pdfBase64: string; xrechnungXml: string };

  beforeAll(async () => {
    app = await createTestApp();
    const staff = await registerStaff(app.gql, app.dataSource);
    growers = await createCoop(app, staff, 'Kaffeekooperative Wien', { country: 'AT', vatId: 'ATU12345678' });
    roasters = await createCoop(app, staff, 'Rösterei Kreuzberg', { country: 'DE', vatId: 'DE123456789' });
    const offerId = await publishOffer(growers);
    const rfq = await requestQuote(roasters, offerId, { quantity: 60 });
    const { acceptWholesaleProposal } = await growers.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(ACCEPT, {
      id: rfq.id,
    });
    await growers.owner.gql.ok(DELIVER, { id: acceptWholesaleProposal.id, input: { quantity: 60, note: '60 kg' } });
    const { wholesaleInvoices } = await roasters.owner.gql.ok<{
      wholesaleInvoices: { edges: { node: { number: number; pdfBase64: string; xrechnungXml: string } }[] };
    }>(INVOICE_DOCUMENTS, { org: roasters.id });
    invoice = wholesaleInvoices.edges[0].node;
  });
  afterAll(() => app.close());

  it('issues an XRechnung UBL e-invoice with the mandatory business terms of EN 16931', () => {
    const xml = invoice.xrechnungXml;
    const today = new Date().toISOString().slice(0, 10);
    // 60 kg reach the 50 kg tier: 60 x 8.50 = 510.00; reverse charge, so no VAT is charged.
    expect({
      'BT-24 specification': element(xml, 'cbc:CustomizationID'),
      'BT-1 number': element(xml, 'cbc:ID'),
      'BT-2 issue date': element(xml, 'cbc:IssueDate'),
      'BT-3 type': element(xml, 'cbc:InvoiceTypeCode'),
      'BT-5 currency': element(xml, 'cbc:DocumentCurrencyCode'),
      'BT-27 seller': element(xml, 'cbc:RegistrationName', 'cac:AccountingSupplierParty'),
      'BT-31 seller VAT id': element(xml, 'cbc:CompanyID', 'cac:AccountingSupplierParty'),
      'BT-40 seller country': element(xml, 'cbc:IdentificationCode', 'cac:AccountingSupplierParty'),
      'BT-44 buyer': element(xml, 'cbc:RegistrationName', 'cac:AccountingCustomerParty'),
      'BT-48 buyer VAT id': element(xml, 'cbc:CompanyID', 'cac:AccountingCustomerParty'),
      'BT-55 buyer country': element(xml, 'cbc:IdentificationCode', 'cac:AccountingCustomerParty'),
      'BT-20 payment terms': element(xml, 'cbc:Note', 'cac:PaymentTerms'),
      'BT-109 net total': element(xml, 'cbc:TaxExclusiveAmount'),
      'BT-112 gross total': element(xml, 'cbc:TaxInclusiveAmount'),
      'BT-115 payable': element(xml, 'cbc:PayableAmount'),
      'BT-116 taxable': element(xml, 'cbc:TaxableAmount'),
      'BT-117 tax': element(xml, 'cbc:TaxAmount', 'cac:TaxSubtotal'),
      'BT-118 category': element(xml, 'cbc:ID', 'cac:TaxCategory'),
      'BT-120 exemption reason': element(xml, 'cbc:TaxExemptionReason'),
      'BT-129 quantity': element(xml, 'cbc:InvoicedQuantity'),
      'BT-131 line net': element(xml, 'cbc:LineExtensionAmount', 'cac:InvoiceLine'),
      'BT-146 price': element(xml, 'cbc:PriceAmount'),
      'BT-153 item': element(xml, 'cbc:Name', 'cac:Item'),
    }).toEqual({
      'BT-24 specification': 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
      'BT-1 number': 'WI-000001',
      'BT-2 issue date': today,
      'BT-3 type': '380',
      'BT-5 currency': 'EUR',
      'BT-27 seller': 'Kaffeekooperative Wien eG',
      'BT-31 seller VAT id': 'ATU12345678',
      'BT-40 seller country': 'AT',
      'BT-44 buyer': 'Rösterei Kreuzberg eG',
      'BT-48 buyer VAT id': 'DE123456789',
      'BT-55 buyer country': 'DE',
      'BT-20 payment terms': expect.stringMatching(
        /^2 % skonto if paid in full by \d{4}-\d{2}-\d{2}; net by \d{4}-\d{2}-\d{2}\.$/,
      ),
      'BT-109 net total': '510.00',
      'BT-112 gross total': '510.00',
      'BT-115 payable': '510.00',
      'BT-116 taxable': '510.00',
      'BT-117 tax': '0.00',
      'BT-118 category': 'AE',
      'BT-120 exemption reason': expect.stringContaining('Reverse charge'),
      'BT-129 quantity': '60',
      'BT-131 line net': '510.00',
      'BT-146 price': '8.50',
      'BT-153 item': 'Green coffee, washed arabica (delivery 1)',
    });
    expect(xml).toMatch(/unitCode="KGM"/);
    expect(element(xml, 'cbc:DueDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('renders the invoice as a PDF', () => {
    const pdf = Buffer.from(invoice.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
