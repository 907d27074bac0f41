import { WholesaleError } from '../api/errors';

export interface PriceTier {
  minQuantity: number;
  unitPrice: number;
}

/**
 * The unit price for `quantity`: the tier with the highest threshold the quantity reaches prices
 * the whole quantity (not only the units above the threshold), as wholesale price lists do.
 * Null below the first tier.
 */
export function tierUnitPrice(tiers: readonly PriceTier[], quantity: number): number | null {
  let price: number | null = null;
  let reached = 0;
  for (const tier of tiers) {
    if (quantity >= tier.minQuantity && tier.minQuantity >= reached) {
      price = tier.unitPrice;
      reached = tier.minQuantity;
    }
  }
  return price;
}

/**
 * Tiers of an offer: the first starts at the minimum order quantity, thresholds differ, and a
 * larger quantity never costs more per unit.
 */
export function checkTiers(tiers: readonly PriceTier[], minimumQuantity: number): PriceTier[] {
  const sorted = [...tiers].sort((a, b) => a.minQuantity - b.minQuantity);
  const refuse = (message: string) => {
    throw new WholesaleError('TIERS_INVALID', message, { fields: { tiers: [message] } });
  };
  if (!sorted.length) refuse('An offer needs at least one price tier');
  if (sorted[0].minQuantity !== minimumQuantity) refuse('The first tier must start at the minimum order quantity');
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].minQuantity === sorted[i - 1].minQuantity) refuse('Two tiers start at the same quantity');
    if (sorted[i].unitPrice > sorted[i - 1].unitPrice) refuse('A larger quantity may not cost more per unit');
  }
  return sorted;
}
