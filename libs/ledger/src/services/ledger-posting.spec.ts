import fc from 'fast-check';
import { money } from '@allmende/core';
import { normalisePosting } from './ledger-posting';

const post = (entries: [string, number, string][]) =>
  normalisePosting({
    kind: 'test',
    reference: 'r1',
    entries: entries.map(([account, amount, currency]) => ({ account, amount: money(amount, currency) })),
  });

describe('normalisePosting', () => {
  it('accepts entries that sum to zero per currency and drops zero amounts', () => {
    expect(
      post([
        ['provider:clearing', 1000, 'EUR'],
        ['coop:fair-fund', 0, 'EUR'],
        ['platform:fees', -30, 'EUR'],
        ['seller:s1:payable', -970, 'EUR'],
        ['provider:clearing', 500, 'JPY'],
        ['platform:fees', -500, 'JPY'],
      ]),
    ).toHaveLength(5);
  });

  it('refuses an unbalanced posting, naming the currency', () => {
    expect(() =>
      post([
        ['provider:clearing', 1000, 'EUR'],
        ['platform:fees', -999, 'EUR'],
      ]),
    ).toThrow(
      expect.objectContaining({ code: 'LEDGER_UNBALANCED', details: expect.objectContaining({ imbalance: { EUR: 1 } }) }),
    );
  });

  it('refuses balancing one currency with another', () => {
    expect(() =>
      post([
        ['provider:clearing', 1000, 'EUR'],
        ['platform:fees', -1000, 'USD'],
      ]),
    ).toThrow(expect.objectContaining({ code: 'LEDGER_UNBALANCED' }));
  });

  it('refuses bad account names, empty postings and fractional amounts', () => {
    expect(() =>
      post([
        ['Fees', 1, 'EUR'],
        ['platform:fees', -1, 'EUR'],
      ]),
    ).toThrow(expect.objectContaining({ code: 'LEDGER_INVALID_ACCOUNT' }));
    expect(() => post([['platform:fees', 0, 'EUR']])).toThrow(expect.objectContaining({ code: 'LEDGER_INVALID_POSTING' }));
    expect(() =>
      post([
        ['platform:fees', 0.5, 'EUR'],
        ['coop:fair-fund', -0.5, 'EUR'],
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('accepts a posting exactly when every currency sums to zero', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('platform:fees', 'coop:fair-fund', 'provider:clearing'),
            fc.integer({ min: -1e6, max: 1e6 }),
            fc.constantFrom('EUR', 'JPY'),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (entries) => {
          const sums = new Map<string, number>();
          for (const [, amount, currency] of entries) sums.set(currency, (sums.get(currency) ?? 0) + amount);
          const balanced = [...sums.values()].every((sum) => sum === 0);
          const nonZero = entries.some(([, amount]) => amount !== 0);
          let accepted = true;
          try {
            post(entries);
          } catch {
            accepted = false;
          }
          expect(accepted).toBe(balanced && nonZero);
        },
      ),
    );
  });
});
