import { Injectable } from '@nestjs/common';
import { DomainError, TxHost } from '@allmende/core';
import { RESTOCKS_FROM, SELLS_OUT_FROM } from '../state/product-state';

export interface StockLine {
  productId: string;
  quantity: number;
}

/**
 * The stock of listings, moved by checkouts in the caller's transaction: a conditional UPDATE
 * that takes only what is there (so two buyers can never both get the last one), in product-id
 * order so concurrent checkouts lock rows in the same order and cannot deadlock. Running out
 * sells the listing out; stock coming back brings it back, as the product machine says.
 */
@Injectable()
export class StockService {
  constructor(private readonly txHost: TxHost) {}

  /** Takes every line's quantity, or refuses with INSUFFICIENT_STOCK naming the first listing short of it. */
  async reserve(lines: readonly (StockLine & { title: string })[]): Promise<void> {
    for (const line of [...lines].sort(byProductId)) {
      const [rows] = (await this.txHost.tx.query(
        `UPDATE product
            SET stock = stock - $2,
                state = CASE WHEN stock - $2 = 0 AND state = ANY($3) THEN 'SOLD_OUT' ELSE state END,
                updated_at = now()
          WHERE id = $1 AND state = 'ACTIVE' AND stock >= $2
          RETURNING stock`,
        [line.productId, line.quantity, SELLS_OUT_FROM],
      )) as [unknown[], number];
      if (!rows.length) {
        throw new DomainError('INSUFFICIENT_STOCK', `Not enough of “${line.title}” is left in stock`, {
          productId: line.productId,
        });
      }
    }
  }

  /** Gives reserved quantities back (a listing may appear on several lines). */
  async release(lines: readonly StockLine[]): Promise<void> {
    const totals = new Map<string, number>();
    for (const line of lines) totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity);
    for (const [productId, quantity] of [...totals].sort(([a], [b]) => byProductId({ productId: a }, { productId: b }))) {
      await this.txHost.tx.query(
        `UPDATE product
            SET stock = stock + $2,
                state = CASE WHEN state = ANY($3) THEN 'ACTIVE' ELSE state END,
                updated_at = now()
          WHERE id = $1`,
        [productId, quantity, RESTOCKS_FROM],
      );
    }
  }
}

function byProductId(a: Pick<StockLine, 'productId'>, b: Pick<StockLine, 'productId'>): number {
  return a.productId < b.productId ? -1 : 1;
}
