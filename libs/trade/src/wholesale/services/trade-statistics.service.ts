import { Injectable } from '@nestjs/common';
import { OnEvent, TxHost } from '@allmende/core';
import { OrderPaid, OrderRefunded } from '../../events/order-events';
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
// The rollup's SHOP row (paid shop orders less refunds) is kept by OrderPaid and OrderRefunded.

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
          : coopShareOf(
              total.amount,
              rows.find((row) => row.dimension === 'SHOP'),
            ),
    };
  }

  /** Shop trade for the co-op share: a paid order adds its total to the rollup's SHOP row. */
  @OnEvent(OrderPaid)
  async shopOrderPaid(event: OrderPaid): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO wholesale_trade_rollup (dimension, key, currency, trades, quantity, amount)
       SELECT 'SHOP', 'all', currency, 1, 0, total_amount FROM trade_order WHERE id = $1
       ON CONFLICT (dimension, key, currency) DO UPDATE SET trades = wholesale_trade_rollup.trades + 1,
         amount = wholesale_trade_rollup.amount + EXCLUDED.amount`,
      [event.orderId],
    );
  }

  /** A refund takes its amount back out of the shop trade. */
  @OnEvent(OrderRefunded)
  async shopOrderRefunded(event: OrderRefunded): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE wholesale_trade_rollup SET amount = amount - $2 WHERE dimension = 'SHOP' AND key = 'all' AND currency = $1`,
      [event.amount.currency, event.amount.amount],
    );
  }
}

/** Co-op-to-co-op volume over all trade: wholesale plus the rollup's SHOP row (paid shop orders less refunds). */
function coopShareOf(wholesale: number, shop: { amount: string } | undefined): number | null {
  const all = wholesale + Number(shop?.amount ?? 0);
  return all ? wholesale / all : null;
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
