import fc from 'fast-check';
import { assignmentCost, deliveryModes, SellerShippingRules, ShippingLine, shippingQuotes } from './shipping-cost';

const line = (
  productId: string,
  quantity: number,
  parcel: [number, number] | null,
  pickupPrice: number | null = null,
): ShippingLine => ({
  productId,
  quantity,
  parcel: parcel ? { price: parcel[0], itemsPerParcel: parcel[1] } : null,
  pickupPrice,
});
const noRules: SellerShippingRules = { combined: null, freeShippingThreshold: null };

describe('shipping cost (cheapest valid combination)', () => {
  it('charges a product’s own parcels, one per items-per-parcel', () => {
    const quotes = shippingQuotes([line('a', 5, [490, 2])], noRules, 5000);
    expect(quotes.delivery).toMatchObject({ amount: 1470, groups: [{ kind: 'OWN', parcels: 3 }] });
    expect(quotes.pickup).toBeNull();
  });

  it('puts lines into the seller’s combined parcel when that is cheaper, and keeps them apart when not', () => {
    const rules: SellerShippingRules = { combined: { price: 590, itemsPerParcel: 10 }, freeShippingThreshold: null };
    const cheap = shippingQuotes([line('a', 1, [490, 1]), line('b', 1, [490, 1])], rules, 2000);
    expect(cheap.delivery).toMatchObject({ amount: 590, groups: [{ kind: 'COMBINED', productIds: ['a', 'b'] }] });
    const single = shippingQuotes([line('a', 1, [190, 1]), line('b', 1, [490, 1])], rules, 2000);
    // a letter for a (1.90) and b combined (5.90) = 7.80 is dearer than both combined (5.90)
    expect(single.delivery!.amount).toBe(590);
    const letter = shippingQuotes([line('a', 1, [190, 1])], rules, 2000);
    expect(letter.delivery).toMatchObject({ amount: 190, groups: [{ kind: 'OWN' }] });
  });

  it('ships products without options the seller’s way, or included in the price', () => {
    expect(shippingQuotes([line('a', 3, null)], noRules, 100).delivery).toMatchObject({
      amount: 0,
      groups: [{ kind: 'INCLUDED' }],
    });
    const rules: SellerShippingRules = { combined: { price: 500, itemsPerParcel: 2 }, freeShippingThreshold: null };
    expect(shippingQuotes([line('a', 3, null)], rules, 100).delivery!.amount).toBe(1000);
  });

  it('delivers free from the threshold on, and offers pickup only when every line may be picked up', () => {
    const rules: SellerShippingRules = { combined: { price: 500, itemsPerParcel: 5 }, freeShippingThreshold: 5000 };
    expect(shippingQuotes([line('a', 1, [490, 1], 0)], rules, 4999).delivery!.amount).toBe(490);
    expect(shippingQuotes([line('a', 1, [490, 1], 0)], rules, 5000).delivery).toMatchObject({
      amount: 0,
      groups: [{ kind: 'FREE' }],
    });
    expect(shippingQuotes([line('a', 1, [490, 1], 0), line('b', 1, null, 200)], rules, 10).pickup!.amount).toBe(200);
    expect(shippingQuotes([line('a', 1, [490, 1], 0), line('b', 1, [490, 1])], rules, 10).pickup).toBeNull();
  });

  it('offers no delivery when one product is not sent to the destination, but still pickup', () => {
    const away: ShippingLine = { ...line('b', 1, [300, 1], 100), notShipped: true };
    const quotes = shippingQuotes([line('a', 1, [490, 1], 0), away], noRules, 10);
    expect(quotes.delivery).toBeNull();
    expect(quotes.pickup!.amount).toBe(100);
  });

  it('offers no delivery when a pickup-only product is in the cart', () => {
    expect(shippingQuotes([line('a', 1, null, 0), line('b', 1, [300, 1])], noRules, 10).delivery).toBeNull();
  });

  it('is never dearer than any valid assignment of lines to parcels, and is itself one of them', () => {
    const arbitraryLine = fc.record({
      quantity: fc.integer({ min: 1, max: 12 }),
      parcel: fc.option(fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 6 })), { nil: null }),
      pickupPrice: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryLine, { minLength: 1, maxLength: 7 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 10 })), { nil: null }),
        (raw, combined) => {
          const lines = raw.map((l, i) => line(`p${i}`, l.quantity, l.parcel, l.pickupPrice));
          const rules: SellerShippingRules = {
            combined: combined ? { price: combined[0], itemsPerParcel: combined[1] } : null,
            freeShippingThreshold: null,
          };
          const allowed = lines.map((l) => deliveryModes(l, rules));
          const quote = shippingQuotes(lines, rules, 0).delivery;
          if (allowed.some((modes) => modes.length === 0)) return expect(quote).toBeNull();
          // Enumerate every assignment of each line to one of its allowed modes.
          let costs: number[] = [];
          const walk = (i: number, chosen: ('OWN' | 'COMBINED' | 'INCLUDED')[]) => {
            if (i === lines.length) return void costs.push(assignmentCost(lines, chosen, rules));
            for (const mode of allowed[i]) walk(i + 1, [...chosen, mode]);
          };
          walk(0, []);
          costs = costs.sort((a, b) => a - b);
          expect(quote).not.toBeNull();
          expect(quote!.amount).toBe(costs[0]);
          expect(quote!.groups.reduce((sum, g) => sum + g.amount, 0)).toBe(quote!.amount);
          const shipped = quote!.groups.flatMap((g) => g.productIds).sort();
          expect(shipped).toEqual(lines.map((l) => l.productId).sort());
        },
      ),
      { numRuns: 500 },
    );
  });
});
