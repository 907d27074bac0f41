import { DomainError } from '../errors/domain-error';

/**
 * Splits a whole number of minor units in proportion to weights by the largest-remainder
 * method: every part is the floor of its exact share, and the cents left over go one each to
 * the parts with the largest remainders. The parts always add up to the total.
 *
 * Ties between equal remainders go to the smaller key, never to list order, so the same
 * keyed weights give the same split however they are ordered.
 */
export function allocateByKey<K extends string>(total: number, weights: ReadonlyMap<K, bigint | number>): Map<K, number> {
  if (!Number.isSafeInteger(total)) {
    throw new DomainError('INVALID_AMOUNT', `Only whole minor units can be allocated; got ${total}`);
  }
  const entries = [...weights.entries()].map(([key, weight]) => [key, BigInt(weight)] as const);
  if (entries.length === 0) throw new DomainError('INVALID_ALLOCATION', 'Nothing to allocate to');
  if (entries.some(([, weight]) => weight < 0n)) {
    throw new DomainError('INVALID_ALLOCATION', 'Allocation weights cannot be negative');
  }
  const weightSum = entries.reduce((sum, [, weight]) => sum + weight, 0n);
  if (weightSum === 0n) throw new DomainError('INVALID_ALLOCATION', 'Allocation weights sum to zero');

  const sign = total < 0 ? -1n : 1n;
  const absolute = BigInt(Math.abs(total));
  const shares = entries.map(([key, weight]) => {
    const exact = absolute * weight;
    return { key, part: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = absolute - shares.reduce((sum, share) => sum + share.part, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? compareKeys(a.key, b.key) : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.part += 1n;
    leftover -= 1n;
  }
  return new Map(shares.map(({ key, part }) => [key, Number(sign * part)]));
}

/** {@link allocateByKey} over a list: parts come back in the order of the weights, ties go to the earlier weight. */
export function allocate(total: number, weights: readonly (bigint | number)[]): number[] {
  const width = String(weights.length).length;
  const keyed = new Map(weights.map((weight, index) => [String(index).padStart(width, '0'), weight]));
  return [...allocateByKey(total, keyed).values()];
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
