import fc from 'fast-check';
import { DEFAULT_POLICY, FeePolicy } from './defaults';
import { priceBreakdown } from './fees';

const policy: FeePolicy = { ...DEFAULT_POLICY.fees };
const line = { currency: 'EUR', vatRateBp: 1900, fair: true, sellerIsNgo: false, friendlyPercent: 0 };

describe('price breakdown', () => {
  it('splits 11.90 EUR of a fair product at 19 % VAT', () => {
    expect(priceBreakdown({ ...line, gross: 1190 }, policy)).toEqual({
      gross: 1190,
      vat: 190,
      donation: 0,
      platformFee: 36, // 3 % of 11.90 = 35.7, half-up once
      fairFund: 12, // 1 % of 11.90 = 11.9
      producerShare: 952,
    });
  });

  it('refuses a price in another currency than the fee limits (0.10 EUR minimum means nothing in yen)', () => {
    expect(() => priceBreakdown({ ...line, currency: 'JPY', gross: 1190 }, policy)).toThrow(
      expect.objectContaining({ code: 'FEE_CURRENCY_UNSUPPORTED' }),
    );
  });

  it('charges 6 % on other products, with the 0.10 minimum and the cap', () => {
    expect(priceBreakdown({ ...line, fair: false, gross: 1000 }, policy).platformFee).toBe(60);
    expect(priceBreakdown({ ...line, fair: false, gross: 100 }, policy).platformFee).toBe(10);
    expect(priceBreakdown({ ...line, fair: false, gross: 1_000_000 }, policy).platformFee).toBe(3000);
    expect(priceBreakdown({ ...line, gross: 1_000_000 }, policy).platformFee).toBe(1500);
  });

  it('takes the fee on the price minus the donation, and no fair fund from NGO sellers', () => {
    const donating = priceBreakdown({ ...line, gross: 11900, friendlyPercent: 10 }, policy);
    expect(donating.donation).toBe(1000); // 10 % of the net 100.00
    expect(donating.platformFee).toBe(327); // 3 % of 109.00
    expect(priceBreakdown({ ...line, gross: 11900, sellerIsNgo: true }, policy).fairFund).toBe(0);
  });

  it('always adds up to the gross price, with no negative part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.constantFrom(0, 500, 700, 1900, 2100),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(0, 1, 3, 5, 10, 25, 50, 75, 100),
        (gross, vatRateBp, fair, sellerIsNgo, friendlyPercent) => {
          const parts = priceBreakdown({ gross, currency: 'EUR', vatRateBp, fair, sellerIsNgo, friendlyPercent }, policy);
          expect(parts.vat + parts.donation + parts.platformFee + parts.fairFund + parts.producerShare).toBe(gross);
          for (const value of Object.values(parts)) expect(value).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
