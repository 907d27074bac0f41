import { allocateByKey, DomainError } from '@allmende/core';

/**
 * The parts an order's money is made of, keyed so a refund can be split over them and the
 * ledger can name each part's account: per line the seller's share (producer share + VAT),
 * the platform fee, the fair-fund contribution and the donation; per order the shipping.
 */
export type PartKind = 'SELLER' | 'FEE' | 'FAIR_FUND' | 'DONATION' | 'SHIPPING';

export interface MoneyPart {
  key: string;
  kind: PartKind;
  amount: number;
  /** The NGO for a DONATION part. */
  organisationId?: string | null;
}

export interface PricedOrderLine {
  id: string;
  producerShare: number;
  vat: number;
  platformFee: number;
  fairFund: number;
  donation: number;
  donationOrganisationId: string | null;
}

export function orderParts(lines: readonly PricedOrderLine[], shipping: number): MoneyPart[] {
  const parts: MoneyPart[] = [];
  for (const line of lines) {
    parts.push({ key: `${line.id}:seller`, kind: 'SELLER', amount: line.producerShare + line.vat });
    parts.push({ key: `${line.id}:fee`, kind: 'FEE', amount: line.platformFee });
    parts.push({ key: `${line.id}:fair-fund`, kind: 'FAIR_FUND', amount: line.fairFund });
    parts.push({
      key: `${line.id}:donation`,
      kind: 'DONATION',
      amount: line.donation,
      organisationId: line.donationOrganisationId,
    });
  }
  parts.push({ key: 'shipping', kind: 'SHIPPING', amount: shipping });
  return parts;
}

/** What remains of each part after the refunds so far (each a map of part key to amount). */
export function remainingParts(parts: readonly MoneyPart[], refunds: readonly Record<string, number>[]): MoneyPart[] {
  return parts.map((part) => ({
    ...part,
    amount: part.amount - refunds.reduce((sum, refund) => sum + (refund[part.key] ?? 0), 0),
  }));
}

/**
 * Splits a refund over what remains of the parts by the largest remainder, so the parts add up
 * to the refund to the cent and refunding everything that remains gives back each part exactly.
 */
export function splitRefund(amount: number, remaining: readonly MoneyPart[]): Record<string, number> {
  const total = remaining.reduce((sum, part) => sum + part.amount, 0);
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new DomainError('INVALID_AMOUNT', 'A refund must be above zero');
  if (amount > total) {
    throw new DomainError('REFUND_EXCEEDS_ORDER', `Only ${total} minor units of this order can still be refunded`, {
      refundable: total,
    });
  }
  const split = allocateByKey(amount, new Map(remaining.map((part) => [part.key, part.amount])));
  return Object.fromEntries([...split].filter(([, value]) => value !== 0));
}

/** Sums signed amounts per account, dropping accounts that net to zero (the ledger refuses zero entries). */
export function netByAccount(entries: readonly { account: string; amount: number }[]): { account: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const entry of entries) sums.set(entry.account, (sums.get(entry.account) ?? 0) + entry.amount);
  return [...sums].filter(([, amount]) => amount !== 0).map(([account, amount]) => ({ account, amount }));
}
