import { EntityManager } from 'typeorm';
import { DomainError } from '@allmende/core';

/**
 * Stock moves of checkouts: a conditional UPDATE that takes only what is there (so two buyers
 * can never both get the last one), in product-id order so concurrent checkouts lock rows in
 * the same order and cannot deadlock. Running out sells the listing out; stock coming back
 * brings it back, as the catalog does.
 */
export async function reserveStock(
  manager: EntityManager,
  lines: readonly { productId: string; quantity: number; title: string }[],
) {
  for (const line of [...lines].sort((a, b) => (a.productId < b.productId ? -1 : 1))) {
    const [rows] = (await manager.query(
      `UPDATE product
          SET stock = stock - $2,
              state = CASE WHEN stock - $2 = 0 THEN 'SOLD_OUT' ELSE state END,
              updated_at = now()
        WHERE id = $1 AND state = 'ACTIVE' AND stock >= $2
        RETURNING stock`,
      [line.productId, line.quantity],
    )) as [unknown[], number];
    if (!rows.length) {
      throw new DomainError('INSUFFICIENT_STOCK', `Not enough of “${line.title}” is left in stock`, {
        productId: line.productId,
      });
    }
  }
}

export async function releaseStock(manager: EntityManager, lines: readonly { productId: string; quantity: number }[]) {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity);
  for (const [productId, quantity] of [...totals].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await manager.query(
      `UPDATE product
          SET stock = stock + $2,
              state = CASE WHEN state = 'SOLD_OUT' THEN 'ACTIVE' ELSE state END,
              updated_at = now()
        WHERE id = $1`,
      [productId, quantity],
    );
  }
}
