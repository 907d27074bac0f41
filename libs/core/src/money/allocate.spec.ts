import fc from 'fast-check';
import { allocate, allocateByKey } from './allocate';

describe('allocate (largest remainder)', () => {
  it('splits 100 cents three ways as 34/33/33', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('follows the weights and hands out leftovers by largest remainder', () => {
    expect(allocate(1000, [50, 30, 20])).toEqual([500, 300, 200]);
    // exact shares 3.33.., 6.66..: the larger remainder (6.66) gets the cent
    expect(allocate(10, [1, 2])).toEqual([3, 7]);
  });

  it('splits negative totals (refunds) symmetrically', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('gives nothing to a zero weight', () => {
    expect(allocate(99, [0, 1, 2])).toEqual([0, 33, 66]);
  });

  it('refuses fractional totals, negative weights and all-zero weights', () => {
    expect(() => allocate(1.5, [1])).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => allocate(10, [1, -1])).toThrow(expect.objectContaining({ code: 'INVALID_ALLOCATION' }));
    expect(() => allocate(10, [0, 0])).toThrow(expect.objectContaining({ code: 'INVALID_ALLOCATION' }));
  });

  it('always adds up to the total, and each part is within one cent of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => expect(Math.abs(part - (total * weights[i]) / weightSum)).toBeLessThan(1));
        },
      ),
    );
  });

  it('gives the same split whatever order the keyed weights come in (ties go to the smaller key)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.uniqueArray(fc.tuple(fc.uuid(), fc.integer({ min: 1, max: 100 })), {
          minLength: 1,
          maxLength: 20,
          selector: ([key]) => key,
        }),
        (total, entries) => {
          const forward = allocateByKey(total, new Map(entries));
          const backward = allocateByKey(total, new Map([...entries].reverse()));
          for (const [key] of entries) expect(backward.get(key)).toBe(forward.get(key));
        },
      ),
    );
    expect(
      Object.fromEntries(
        allocateByKey(
          2,
          new Map([
            ['b', 1],
            ['a', 1],
            ['c', 1],
          ]),
        ),
      ),
    ).toEqual({ a: 1, b: 1, c: 0 });
  });
});
