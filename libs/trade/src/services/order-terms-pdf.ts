import PDFDocument from 'pdfkit';
import { MailLocale } from '@allmende/core';

export interface SellerLegalText {
  sellerName: string;
  orderNumber: number;
  orderedAt: Date;
  legalName: string | null;
  address: string | null;
  vatId: string | null;
  imprint: string | null;
  terms: string | null;
  withdrawalPolicy: string | null;
}

const HEADINGS: Record<MailLocale, Record<'title' | 'seller' | 'vatId' | 'imprint' | 'terms' | 'withdrawal' | 'none', string>> = {
  en: {
    title: 'Terms and withdrawal policy for order',
    seller: 'Seller',
    vatId: 'VAT ID',
    imprint: 'Imprint',
    terms: 'Terms and conditions',
    withdrawal: 'Withdrawal policy',
    none: 'The seller has given none.',
  },
  de: {
    title: 'AGB und Widerrufsbelehrung zur Bestellung',
    seller: 'Verkäufer',
    vatId: 'USt-IdNr.',
    imprint: 'Impressum',
    terms: 'Allgemeine Geschäftsbedingungen',
    withdrawal: 'Widerrufsbelehrung',
    none: 'Der Verkäufer hat keine angegeben.',
  },
};

/**
 * The seller's legal texts as they stood when the order was placed, as a PDF the buyer can keep
 * (EU distance selling: the terms and the withdrawal policy on a durable medium).
 */
export function orderTermsPdf(text: SellerLegalText, locale: MailLocale): Promise<Buffer> {
  const words = HEADINGS[locale];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${words.title} ${text.orderNumber}`, Author: text.sellerName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(16).text(`${words.title} ${text.orderNumber}`);
  doc.moveDown(0.3).fontSize(10).fillColor('#555').text(text.orderedAt.toISOString().slice(0, 10)).fillColor('#000');
  const section = (heading: string, body: string | null) => {
    doc.moveDown(1).fontSize(12).text(heading, { underline: true });
    doc
      .moveDown(0.3)
      .fontSize(10)
      .text(body?.trim() || words.none);
  };
  section(
    words.seller,
    [text.legalName ?? text.sellerName, text.address, text.vatId && `${words.vatId} ${text.vatId}`].filter(Boolean).join('\n'),
  );
  section(words.imprint, text.imprint);
  section(words.terms, text.terms);
  section(words.withdrawal, text.withdrawalPolicy);
  doc.end();
  return done;
}
