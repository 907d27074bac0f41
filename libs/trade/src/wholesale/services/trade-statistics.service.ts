import { Injectable } from '@nestjs/common';
import { OnEvent, TxHost } from '@allmende/core';
import { orderMachine } from '../../state/order-state';
import { WholesaleOrderPlaced } from '../events/wholesale-events';
import { countryPairOf } from './world-regions';

/** Fewer trades than this in an aggregate and its amount stays hidden, so no single deal can be read off. */
export const MIN_TRADES_PER_AGGREGATE = 3;

export interface TradeAggregate {
  key: string;
  trades: number;
  /** Null when the aggregate covers fewer than MIN_TRADES_PER_AGGREGATE trades. */
  quantity: number | null;
  amount: number | null;
}

export interface TradeStatistics {
  currency: string;
  total: TradeAggregate;
  byMonth: TradeAggregate[];
  byCategory: TradeAggregate[];
  byCountryPair: TradeAggregate[];
  /** Co-op-to-co-op volume over all marketplace trade (wholesale plus paid shop orders), or null without either. */
  coopShare: number | null;
}

const DIMENSIONS = ['ALL', 'MONTH', 'CATEGORY', 'COUNTRY_PAIR'] as const;

/**
 * The movement's public co-op-to-co-op statistics, kept in a rollup as trades happen (one upsert
 * per dimension, in a fixed order so concurrent trades never deadlock) and read from it, never
 * from the orders themselves.
 */
@Injectable()
export class TradeStatisticsService {
  constructor(private readonly txHost: TxHost) {}

  /**
   * Adds one trade to the rollup. Runs after the order's commit as the event's subscriber, in a
   * transaction that also records the delivery as handled, so a redelivered event is not counted twice.
   */
  @OnEvent(WholesaleOrderPlaced)
  async record(event: WholesaleOrderPlaced): Promise<void> {
    const keys: Record<(typeof DIMENSIONS)[number], string> = {
      ALL: 'all',
      MONTH: event.placedAt.slice(0, 7),
      CATEGORY: event.categoryId ?? 'none',
      COUNTRY_PAIR: countryPairOf(event.sellerCountry, event.buyerCountry),
    };
    for (const dimension of DIMENSIONS) {
      await this.txHost.tx.query(
        `INSERT INTO wholesale_trade_rollup (dimension, key, currency, trades, quantity, amount) VALUES ($1, $2, $3, 1, $4, $5)
         ON CONFLICT (dimension, key, currency) DO UPDATE SET trades = wholesale_trade_rollup.trades + 1,
           quantity = wholesale_trade_rollup.quantity + EXCLUDED.quantity, amount = wholesale_trade_rollup.amount + EXCLUDED.amount`,
        [dimension, keys[dimension], event.netAmount.currency, event.quantity, event.netAmount.amount],
      );
    }
  }

  async statistics(currency: string): Promise<TradeStatistics> {
    const rows = await this.txHost.tx.query<
      { dimension: string; key: string; trades: number; quantity: string; amount: string }[]
    >(`SELECT dimension, key, trades, quantity, amount FROM wholesale_trade_rollup WHERE currency = $1 ORDER BY dimension, key`, [
      currency,
    ]);
    const of = (dimension: string) => rows.filter((row) => row.dimension === dimension).map(toAggregate);
    const total = of('ALL')[0] ?? { key: 'all', trades: 0, quantity: null, amount: null };
    return {
      currency,
      total,
      byMonth: of('MONTH'),
      byCategory: of('CATEGORY'),
      byCountryPair: of('COUNTRY_PAIR'),
      coopShare:
        total.amount === null
          ? null
          : await this.coopShare(currency, Number(rows.find((row) => row.dimension === 'ALL')!.amount)),
    };
  }

  /** Paid shop orders are those that could still be refunded: money was received. */
  private async coopShare(currency: string, wholesale: number): Promise<number | null> {
    const [row] = await this.txHost.tx.query<{ total: string | null }[]>(
      `SELECT sum(total_amount - refunded_amount) AS total FROM trade_order
        WHERE currency = $1 AND state = ANY($2)`,
      [currency, orderMachine.sourcesOf('REFUNDED')],
    );
    const all = wholesale + Number(row.total ?? 0);
    return all ? wholesale / all : null;
  }
}

function toAggregate(row: { key: string; trades: number; quantity: string; amount: string }): TradeAggregate {
  const visible = row.trades >= MIN_TRADES_PER_AGGREGATE;
  return {
    key: row.key,
    trades: row.trades,
    quantity: visible ? Number(row.quantity) : null,
    amount: visible ? Number(row.amount) : null,
  };
}
