import type { VatCategory } from '../entities/invoice.entity';

/** EU member states (ISO 3166-1 alpha-2), for the VAT rules of cross-border trade. */
const EU = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '));

export const isEuCountry = (country: string | null): boolean => country !== null && EU.has(country.toUpperCase());

/**
 * The VAT treatment of a sale of goods between two co-ops: the seller's VAT within one country;
 * reverse charge between two EU countries when both co-ops have VAT ids (else the seller's VAT);
 * an export from the EU carries none; a seller outside the EU charges no EU VAT.
 */
export function vatCategoryOf(
  seller: { country: string | null; vatId: string | null },
  buyer: { country: string | null; vatId: string | null },
): VatCategory {
  if (!isEuCountry(seller.country)) return 'O';
  if (!isEuCountry(buyer.country)) return seller.country === buyer.country ? 'S' : 'G';
  if (seller.country === buyer.country) return 'S';
  return seller.vatId?.trim() && buyer.vatId?.trim() ? 'AE' : 'S';
}

/** `amount * basisPoints / 10000`, rounded half-up once (amounts are never negative here). */
export const basisPointsOf = (amount: number, basisPoints: number): number => Math.floor((amount * basisPoints + 5000) / 10000);

export interface InvoiceAmounts {
  net: number;
  vat: number;
  gross: number;
}

/** The invoice's totals: VAT on the sum of the lines, rounded once; none outside category S. */
export function invoiceAmounts(lineNets: readonly number[], vatRateBp: number, category: VatCategory): InvoiceAmounts {
  const net = lineNets.reduce((sum, line) => sum + line, 0);
  const vat = category === 'S' ? basisPointsOf(net, vatRateBp) : 0;
  return { net, vat, gross: net + vat };
}

/** What the buyer owes on `paidOn` (YYYY-MM-DD): the rest of the gross, less the skonto when the whole rest is paid in its period. */
export function amountDue(
  invoice: { grossAmount: number; paidAmount: number; skontoBp: number; skontoUntil: string },
  paidOn: string,
): { due: number; skonto: number } {
  const rest = invoice.grossAmount - invoice.paidAmount;
  const skonto =
    invoice.paidAmount === 0 && paidOn <= invoice.skontoUntil ? basisPointsOf(invoice.grossAmount, invoice.skontoBp) : 0;
  return { due: rest - skonto, skonto };
}

/** The day `days` after `from`, as YYYY-MM-DD (UTC). */
export function addDays(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
