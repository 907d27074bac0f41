import { amountDue, invoiceAmounts, vatCategoryOf } from './invoice-money';

describe('vatCategoryOf', () => {
  const party = (country: string, vatId: string | null = null) => ({ country, vatId });
  it.each([
    ['DE -> DE', party('DE', 'DE1'), party('DE', 'DE2'), 'S'],
    ['DE -> AT, both with VAT ids: reverse charge', party('DE', 'DE1'), party('AT', 'ATU1'), 'AE'],
    ['DE -> AT, buyer without VAT id', party('DE', 'DE1'), party('AT'), 'S'],
    ['DE -> CH: export', party('DE', 'DE1'), party('CH', 'CHE1'), 'G'],
    ['MX -> DE: outside EU VAT', party('MX'), party('DE', 'DE1'), 'O'],
  ])('%s', (_name, seller, buyer, category) => {
    expect(vatCategoryOf(seller, buyer)).toBe(category);
  });
});

describe('invoiceAmounts', () => {
  it('rounds the VAT once on the sum of the lines, half up', () => {
    // 7 % of 333 + 333 = 666 is 46.62 -> 47; per line it would be 23 + 23 = 46.
    expect(invoiceAmounts([333, 333], 700, 'S')).toEqual({ net: 666, vat: 47, gross: 713 });
  });
  it('charges no VAT under reverse charge', () => {
    expect(invoiceAmounts([51_000], 700, 'AE')).toEqual({ net: 51_000, vat: 0, gross: 51_000 });
  });
});

describe('amountDue', () => {
  const invoice = { grossAmount: 54_570, paidAmount: 0, skontoBp: 200, skontoUntil: '2026-03-11' };
  it('takes 2 % skonto off when the whole amount is paid in the period', () => {
    // 2 % of 545.70 = 10.914 -> 10.91
    expect(amountDue(invoice, '2026-03-11')).toEqual({ due: 53_479, skonto: 1091 });
  });
  it('asks for the whole amount after the period', () => {
    expect(amountDue(invoice, '2026-03-12')).toEqual({ due: 54_570, skonto: 0 });
  });
  it('gives no skonto on the rest after a part payment', () => {
    expect(amountDue({ ...invoice, paidAmount: 4570 }, '2026-03-01')).toEqual({ due: 50_000, skonto: 0 });
  });
});
