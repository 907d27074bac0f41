import { checkTiers, tierUnitPrice } from './tier-pricing';

// 10 kg minimum: 9.00 a kg from 10, 8.50 from 50, 8.00 from 200.
const TIERS = [
  { minQuantity: 10, unitPrice: 900 },
  { minQuantity: 50, unitPrice: 850 },
  { minQuantity: 200, unitPrice: 800 },
];

describe('tierUnitPrice', () => {
  it.each([
    [9, null],
    [10, 900],
    [11, 900],
    [49, 900],
    [50, 850],
    [51, 850],
    [199, 850],
    [200, 800],
    [201, 800],
    [100000, 800],
  ])('prices %i units at %p each', (quantity, price) => {
    expect(tierUnitPrice(TIERS, quantity)).toBe(price);
  });

  it('does not depend on the order the tiers come in', () => {
    expect(tierUnitPrice([...TIERS].reverse(), 60)).toBe(850);
  });
});

describe('checkTiers', () => {
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { code: string }).code;
    }
    return 'none';
  };

  it('sorts valid tiers by threshold', () => {
    expect(checkTiers([TIERS[2], TIERS[0], TIERS[1]], 10)).toEqual(TIERS);
  });

  it.each([
    ['no tiers', [], 10],
    ['a first tier above the minimum', [{ minQuantity: 20, unitPrice: 900 }], 10],
    [
      'two tiers at one threshold',
      [
        { minQuantity: 10, unitPrice: 900 },
        { minQuantity: 10, unitPrice: 800 },
      ],
      10,
    ],
    [
      'a dearer larger tier',
      [
        { minQuantity: 10, unitPrice: 900 },
        { minQuantity: 50, unitPrice: 950 },
      ],
      10,
    ],
  ])('refuses %s', (_name, tiers, minimum) => {
    expect(codeOf(() => checkTiers(tiers, minimum))).toBe('TIERS_INVALID');
  });
});
