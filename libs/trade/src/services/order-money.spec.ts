import fc from 'fast-check';
import { DEFAULT_POLICY, priceBreakdown } from '@allmende/policy';
import { netByAccount, orderParts, remainingParts, splitRefund } from './order-money';

const fees = { ...DEFAULT_POLICY.fees };

describe('order money: parts and refund splits', () => {
  const lines = [
    {
      id: 'l1',
      ...priceBreakdown(
        { gross: 1190, currency: 'EUR', vatRateBp: 1900, fair: true, sellerIsNgo: false, friendlyPercent: 0 },
        fees,
      ),
      donationOrganisationId: null,
    },
    {
      id: 'l2',
      ...priceBreakdown(
        { gross: 2499, currency: 'EUR', vatRateBp: 700, fair: false, sellerIsNgo: false, friendlyPercent: 10 },
        fees,
      ),
      donationOrganisationId: 'ngo',
    },
  ];

  it('adds the parts up to what the buyer paid', () => {
    const parts = orderParts(lines, 490);
    expect(parts.reduce((sum, part) => sum + part.amount, 0)).toBe(1190 + 2499 + 490);
  });

  it('refuses a refund beyond what remains, with a clear code', () => {
    const parts = orderParts(lines, 490);
    const first = splitRefund(4000, parts);
    expect(() => splitRefund(500, remainingParts(parts, [first]))).toThrow(
      expect.objectContaining({ code: 'REFUND_EXCEEDS_ORDER' }),
    );
    expect(() => splitRefund(0, parts)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('splits any sequence of partial refunds to the cent, and a full refund returns each part exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 8 }), (amounts) => {
        const parts = orderParts(lines, 490);
        const refunds: Record<string, number>[] = [];
        for (const amount of amounts) {
          const remaining = remainingParts(parts, refunds);
          const left = remaining.reduce((sum, part) => sum + part.amount, 0);
          if (amount > left) continue;
          const split = splitRefund(amount, remaining);
          expect(Object.values(split).reduce((a, b) => a + b, 0)).toBe(amount);
          refunds.push(split);
          for (const part of remainingParts(parts, refunds)) expect(part.amount).toBeGreaterThanOrEqual(0);
        }
        const remaining = remainingParts(parts, refunds);
        const left = remaining.reduce((sum, part) => sum + part.amount, 0);
        if (left > 0) refunds.push(splitRefund(left, remaining));
        for (const part of remainingParts(parts, refunds)) expect(part.amount).toBe(0);
      }),
    );
  });

  it('nets entries per account and drops zeros', () => {
    expect(
      netByAccount([
        { account: 'a', amount: 5 },
        { account: 'b', amount: 0 },
        { account: 'a', amount: -2 },
      ]),
    ).toEqual([{ account: 'a', amount: 3 }]);
  });
});
