/**
 * What shipping costs for one seller's part of a cart: pure arithmetic, no database.
 *
 * Each line is shipped either in parcels of its own product option (price per parcel, up to
 * `itemsPerParcel` items each) or in the seller's combined parcels (one price for up to N items
 * of any of the seller's products), and the buyer is always charged the cheapest valid
 * assignment of lines to the two. A seller's free-shipping threshold makes delivery free once
 * the seller's items reach it. A product without options of its own ships the seller's way:
 * in combined parcels where the seller set them, else at no extra charge (shipping included in
 * the price). Pickup is offered when every line may be picked up, and costs the dearest pickup
 * price among them (one trip).
 */

export const SHIPPING_METHODS = ['DELIVERY', 'PICKUP'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

export interface Parcel {
  price: number;
  itemsPerParcel: number;
}

export interface ShippingLine {
  productId: string;
  quantity: number;
  /** True when the product is not sent to the destination (the seller does not deliver there, or not this product). */
  notShipped?: boolean;
  /** The product's own options; both null: the product ships the seller's way. */
  pickupPrice: number | null;
  parcel: Parcel | null;
}

export interface SellerShippingRules {
  combined: Parcel | null;
  freeShippingThreshold: number | null;
}

export type ParcelGroupKind = 'OWN' | 'COMBINED' | 'INCLUDED' | 'PICKUP' | 'FREE';

export interface ParcelGroup {
  kind: ParcelGroupKind;
  productIds: string[];
  parcels: number;
  amount: number;
}

export interface ShippingQuote {
  method: ShippingMethod;
  amount: number;
  groups: ParcelGroup[];
}

export interface ShippingQuotes {
  delivery: ShippingQuote | null;
  pickup: ShippingQuote | null;
}

type Mode = 'OWN' | 'COMBINED' | 'INCLUDED';

/** The ways a line may travel with delivery (empty: it cannot be delivered). */
export function deliveryModes(line: ShippingLine, rules: SellerShippingRules): Mode[] {
  if (line.notShipped) return [];
  const ownOptions = line.parcel !== null || line.pickupPrice !== null;
  const modes: Mode[] = [];
  if (line.parcel) modes.push('OWN');
  if (rules.combined && (line.parcel || !ownOptions)) modes.push('COMBINED');
  if (!ownOptions && !rules.combined) modes.push('INCLUDED');
  return modes;
}

export function parcelsFor(quantity: number, parcel: Parcel): number {
  return Math.ceil(quantity / parcel.itemsPerParcel);
}

/** The cost of one assignment of lines to modes (used by the optimiser's tests as the reference). */
export function assignmentCost(lines: readonly ShippingLine[], modes: readonly Mode[], rules: SellerShippingRules): number {
  let own = 0;
  let combinedItems = 0;
  lines.forEach((line, i) => {
    if (modes[i] === 'OWN') own += parcelsFor(line.quantity, line.parcel!) * line.parcel!.price;
    if (modes[i] === 'COMBINED') combinedItems += line.quantity;
  });
  return own + (combinedItems ? parcelsFor(combinedItems, rules.combined!) * rules.combined!.price : 0);
}

/**
 * The cheapest delivery: lines that can only go one way go that way; for the lines that may go
 * either way, a knapsack over the number of items put into combined parcels finds the set whose
 * own-parcel cost saved, minus the combined parcels it needs, is largest — exact, not greedy.
 */
function cheapestDelivery(lines: readonly ShippingLine[], rules: SellerShippingRules): { amount: number; modes: Mode[] } | null {
  const allowed = lines.map((line) => deliveryModes(line, rules));
  if (allowed.some((modes) => modes.length === 0)) return null;
  const modes: Mode[] = allowed.map((m) => (m.length === 1 ? m[0] : 'OWN'));
  const flexible = lines.map((_, i) => i).filter((i) => allowed[i].length > 1);
  if (!flexible.length || !rules.combined) return { amount: assignmentCost(lines, modes, rules), modes };

  const forcedCombined = lines.reduce(
    (sum, line, i) => sum + (modes[i] === 'COMBINED' && allowed[i].length === 1 ? line.quantity : 0),
    0,
  );
  const ownCost = (i: number) => parcelsFor(lines[i].quantity, lines[i].parcel!) * lines[i].parcel!.price;
  const capacity = flexible.reduce((sum, i) => sum + lines[i].quantity, 0);
  // saved[k][w]: most own-parcel cost saved moving exactly w items of the first k flexible lines into combined parcels.
  const width = capacity + 1;
  const saved: number[][] = [new Array<number>(width).fill(-Infinity)];
  saved[0][0] = 0;
  flexible.forEach((lineIndex, k) => {
    const previous = saved[k];
    const next = previous.slice();
    const q = lines[lineIndex].quantity;
    const cost = ownCost(lineIndex);
    for (let w = q; w < width; w++) {
      if (previous[w - q] !== -Infinity && previous[w - q] + cost > next[w]) next[w] = previous[w - q] + cost;
    }
    saved.push(next);
  });
  const allOwn = flexible.reduce((sum, i) => sum + ownCost(i), 0);
  const combinedCost = (items: number) => (items ? parcelsFor(items, rules.combined!) * rules.combined!.price : 0);
  let best = { w: 0, cost: Infinity };
  const last = saved[flexible.length];
  for (let w = 0; w < width; w++) {
    if (last[w] === -Infinity) continue;
    const cost = allOwn - last[w] + combinedCost(forcedCombined + w);
    if (cost < best.cost) best = { w, cost };
  }
  // Walk back through the table to learn which lines went into combined parcels.
  let w = best.w;
  for (let k = flexible.length; k > 0; k--) {
    const lineIndex = flexible[k - 1];
    if (saved[k][w] !== saved[k - 1][w]) {
      modes[lineIndex] = 'COMBINED';
      w -= lines[lineIndex].quantity;
    }
  }
  const forcedOwn = lines.reduce((sum, _line, i) => sum + (allowed[i].length === 1 && modes[i] === 'OWN' ? ownCost(i) : 0), 0);
  return { amount: forcedOwn + best.cost, modes };
}

function groupsOf(lines: readonly ShippingLine[], modes: readonly Mode[], rules: SellerShippingRules): ParcelGroup[] {
  const groups: ParcelGroup[] = [];
  const combined = lines.filter((_, i) => modes[i] === 'COMBINED');
  lines.forEach((line, i) => {
    if (modes[i] === 'OWN') {
      const parcels = parcelsFor(line.quantity, line.parcel!);
      groups.push({ kind: 'OWN', productIds: [line.productId], parcels, amount: parcels * line.parcel!.price });
    }
  });
  if (combined.length) {
    const parcels = parcelsFor(
      combined.reduce((sum, line) => sum + line.quantity, 0),
      rules.combined!,
    );
    groups.push({
      kind: 'COMBINED',
      productIds: combined.map((l) => l.productId),
      parcels,
      amount: parcels * rules.combined!.price,
    });
  }
  const included = lines.filter((_, i) => modes[i] === 'INCLUDED');
  if (included.length) groups.push({ kind: 'INCLUDED', productIds: included.map((l) => l.productId), parcels: 1, amount: 0 });
  return groups;
}

/** The delivery and pickup quotes for one seller's lines (null where that method is not offered). */
export function shippingQuotes(
  lines: readonly ShippingLine[],
  rules: SellerShippingRules,
  itemsSubtotal: number,
): ShippingQuotes {
  if (!lines.length) return { delivery: null, pickup: null };
  let delivery: ShippingQuote | null = null;
  const cheapest = cheapestDelivery(lines, rules);
  if (cheapest) {
    const free = rules.freeShippingThreshold !== null && itemsSubtotal >= rules.freeShippingThreshold && cheapest.amount > 0;
    delivery = free
      ? {
          method: 'DELIVERY',
          amount: 0,
          groups: [{ kind: 'FREE', productIds: lines.map((l) => l.productId), parcels: 0, amount: 0 }],
        }
      : { method: 'DELIVERY', amount: cheapest.amount, groups: groupsOf(lines, cheapest.modes, rules) };
  }
  const pickup: ShippingQuote | null = lines.every((line) => line.pickupPrice !== null)
    ? (() => {
        const amount = Math.max(...lines.map((line) => line.pickupPrice!));
        return {
          method: 'PICKUP',
          amount,
          groups: [{ kind: 'PICKUP', productIds: lines.map((l) => l.productId), parcels: 0, amount }],
        };
      })()
    : null;
  return { delivery, pickup };
}
