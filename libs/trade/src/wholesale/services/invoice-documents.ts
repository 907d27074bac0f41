import { Injectable, Logger } from '@nestjs/common';
import { Invoice as EInvoice, InvoiceService as EInvoiceService } from '@e-invoice-eu/core';
import PDFDocument from 'pdfkit';
import { currencyExponent } from '@allmende/core';
import type { Invoice, InvoiceLine, InvoiceParty } from '../entities/invoice.entity';

/** What each VAT category says on the invoice (EN 16931 BT-120, the exemption reason). */
const EXEMPTION_REASONS: Partial<Record<Invoice['vatCategory'], string>> = {
  AE: 'Reverse charge: the recipient accounts for the VAT (Art. 196 Directive 2006/112/EC)',
  G: 'Export outside the EU: exempt from VAT',
  O: 'Not subject to EU VAT: supplier outside the EU',
};

/** Invoice numbers as printed: the seller's sequence, six digits. */
export const invoiceNumberText = (invoice: Pick<Invoice, 'number'>) => `WI-${String(invoice.number).padStart(6, '0')}`;

/** Minor units as a decimal string for documents: 54570 EUR -> "545.70". */
function decimal(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (!exponent) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** The documents of a wholesale invoice: a PDF for people and an XRechnung (UBL) e-invoice for machines. */
@Injectable()
export class InvoiceDocuments {
  private readonly eInvoices = new EInvoiceService(new Logger('EInvoice'));

  async xrechnung(invoice: Invoice, lines: readonly InvoiceLine[]): Promise<string> {
    const xml = await this.eInvoices.generate(this.ublData(invoice, lines), {
      format: 'XRECHNUNG-UBL',
      lang: 'en',
      noWarnings: true,
    });
    return typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8');
  }

  pdf(invoice: Invoice, lines: readonly InvoiceLine[]): Promise<Buffer> {
    const document = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Invoice ${invoiceNumberText(invoice)}` } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
    const amount = (minor: number) => `${decimal(minor, invoice.currency)} ${invoice.currency}`;
    const party = (title: string, who: InvoiceParty) => {
      document.font('Helvetica-Bold').text(title).font('Helvetica');
      for (const line of [
        who.legalName ?? who.name,
        who.street,
        `${who.postalCode ?? ''} ${who.city ?? ''}`.trim(),
        who.country,
      ]) {
        if (line) document.text(line);
      }
      if (who.vatId) document.text(`VAT id: ${who.vatId}`);
      document.moveDown();
    };
    document
      .fontSize(18)
      .font('Helvetica-Bold')
      .text(`Invoice ${invoiceNumberText(invoice)}`)
      .fontSize(10)
      .moveDown();
    party('Seller', invoice.seller);
    party('Buyer', invoice.buyer);
    document.text(`Issued: ${invoice.issuedAt.toISOString().slice(0, 10)}    Due: ${invoice.dueDate}`).moveDown();
    for (const line of lines) {
      document.text(
        `${line.position}. ${line.description}: ${line.quantity} ${line.unit} x ${amount(line.unitPrice)} = ${amount(line.netAmount)}`,
      );
    }
    document.moveDown().text(`Net: ${amount(invoice.netAmount)}`);
    document.text(
      `VAT (${invoice.vatCategory}, ${invoice.vatCategory === 'S' ? invoice.vatRateBp / 100 : 0} %): ${amount(invoice.vatAmount)}`,
    );
    document
      .font('Helvetica-Bold')
      .text(`Total: ${amount(invoice.grossAmount)}`)
      .font('Helvetica');
    const reason = EXEMPTION_REASONS[invoice.vatCategory];
    if (reason) document.moveDown().text(reason);
    document.moveDown().text(this.paymentTerms(invoice));
    if (invoice.seller.payoutAccount)
      document.text(`Pay to: ${invoice.seller.payoutAccount}, reference ${invoiceNumberText(invoice)}`);
    document.end();
    return done;
  }

  private paymentTerms(invoice: Invoice): string {
    const skonto = invoice.skontoBp ? `${invoice.skontoBp / 100} % skonto if paid in full by ${invoice.skontoUntil}; ` : '';
    return `${skonto}net by ${invoice.dueDate}.`;
  }

  /** The invoice in e-invoice-eu's internal format, which follows UBL element names. */
  private ublData(invoice: Invoice, lines: readonly InvoiceLine[]): EInvoice {
    const currency = invoice.currency;
    const money = (minor: number) => decimal(minor, currency);
    const percent = String(invoice.vatCategory === 'S' || invoice.vatCategory === 'AE' ? invoice.vatRateBp / 100 : 0);
    const taxCategory = {
      'cbc:ID': invoice.vatCategory,
      'cbc:Percent': invoice.vatCategory === 'S' ? percent : '0',
      'cac:TaxScheme': { 'cbc:ID': 'VAT' },
    };
    // The schema wants the seller's tax schemes as a list (a seller may have two) and the buyer's as one.
    const party = (who: InvoiceParty, role: 'seller' | 'buyer') => ({
      'cbc:EndpointID': who.vatId ?? who.name,
      'cbc:EndpointID@schemeID': who.vatId ? '9930' : 'EM',
      'cac:PostalAddress': {
        'cbc:StreetName': who.street ?? '',
        'cbc:CityName': who.city ?? '',
        'cbc:PostalZone': who.postalCode ?? '',
        'cac:Country': { 'cbc:IdentificationCode': who.country ?? '' },
      },
      ...(who.vatId ? { 'cac:PartyTaxScheme': role === 'seller' ? [taxScheme(who.vatId)] : taxScheme(who.vatId) } : {}),
      'cac:PartyLegalEntity': { 'cbc:RegistrationName': who.legalName ?? who.name },
    });
    const taxScheme = (vatId: string) => ({ 'cbc:CompanyID': vatId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } });
    const reason = EXEMPTION_REASONS[invoice.vatCategory];
    const data = {
      'ubl:Invoice': {
        'cbc:CustomizationID': 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
        'cbc:ProfileID': 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
        'cbc:ID': invoiceNumberText(invoice),
        'cbc:IssueDate': invoice.issuedAt.toISOString().slice(0, 10),
        'cbc:DueDate': invoice.dueDate,
        'cbc:InvoiceTypeCode': '380',
        ...(reason ? { 'cbc:Note': reason } : {}),
        'cbc:DocumentCurrencyCode': currency,
        'cbc:BuyerReference': invoice.purchaseOrderId,
        'cac:OrderReference': { 'cbc:ID': invoice.purchaseOrderId },
        'cac:AccountingSupplierParty': {
          'cac:Party': {
            ...party(invoice.seller, 'seller'),
            'cac:Contact': { 'cbc:Name': invoice.seller.name, 'cbc:Telephone': 'n/a', 'cbc:ElectronicMail': 'n/a' },
          },
        },
        'cac:AccountingCustomerParty': { 'cac:Party': party(invoice.buyer, 'buyer') },
        'cac:PaymentMeans': [
          {
            'cbc:PaymentMeansCode': '58',
            ...(invoice.seller.payoutAccount ? { 'cac:PayeeFinancialAccount': { 'cbc:ID': invoice.seller.payoutAccount } } : {}),
          },
        ],
        'cac:PaymentTerms': { 'cbc:Note': this.paymentTerms(invoice) },
        'cac:TaxTotal': [
          {
            'cbc:TaxAmount': money(invoice.vatAmount),
            'cbc:TaxAmount@currencyID': currency,
            'cac:TaxSubtotal': [
              {
                'cbc:TaxableAmount': money(invoice.netAmount),
                'cbc:TaxableAmount@currencyID': currency,
                'cbc:TaxAmount': money(invoice.vatAmount),
                'cbc:TaxAmount@currencyID': currency,
                'cac:TaxCategory': { ...taxCategory, ...(reason ? { 'cbc:TaxExemptionReason': reason } : {}) },
              },
            ],
          },
        ],
        'cac:LegalMonetaryTotal': {
          'cbc:LineExtensionAmount': money(invoice.netAmount),
          'cbc:LineExtensionAmount@currencyID': currency,
          'cbc:TaxExclusiveAmount': money(invoice.netAmount),
          'cbc:TaxExclusiveAmount@currencyID': currency,
          'cbc:TaxInclusiveAmount': money(invoice.grossAmount),
          'cbc:TaxInclusiveAmount@currencyID': currency,
          'cbc:PayableAmount': money(invoice.grossAmount),
          'cbc:PayableAmount@currencyID': currency,
        },
        'cac:InvoiceLine': lines.map((line) => ({
          'cbc:ID': String(line.position),
          'cbc:InvoicedQuantity': String(line.quantity),
          'cbc:InvoicedQuantity@unitCode': line.unit,
          'cbc:LineExtensionAmount': money(line.netAmount),
          'cbc:LineExtensionAmount@currencyID': currency,
          'cac:Item': { 'cbc:Name': line.description, 'cac:ClassifiedTaxCategory': taxCategory },
          'cac:Price': { 'cbc:PriceAmount': money(line.unitPrice), 'cbc:PriceAmount@currencyID': currency },
        })),
      },
    };
    return data as unknown as EInvoice;
  }
}
