import { Injectable } from '@nestjs/common';
import { JobHandler, Transactional, TxHost } from '@allmende/core';
import { Checkout } from '../entities/checkout.entity';
import { OrderService } from './order.service';

/**
 * The clock of trade: releases the stock of checkouts not paid in time and moves shipped and
 * delivered orders on. Each run takes `now` as an argument, so tests drive time by hand; the
 * queue runs it every minute (one run per tick across all processes). Expired checkouts are
 * taken with SKIP LOCKED, so runs side by side never release the same reservation twice.
 */
@Injectable()
export class TradeTimersService {
  constructor(
    private readonly txHost: TxHost,
    private readonly orders: OrderService,
  ) {}

  @JobHandler('trade.timers', { cron: '* * * * *', retryLimit: 0 })
  async tick(): Promise<void> {
    await this.run(new Date());
  }

  async run(now: Date): Promise<{ expired: number; advanced: number }> {
    const expired = await this.expireReservations(now);
    const advanced = await this.orders.advanceTimers(now);
    return { expired, advanced };
  }

  /** Releases every checkout whose reservation ran out by `now`; returns how many. */
  @Transactional()
  async expireReservations(now: Date, limit = 500): Promise<number> {
    const due = await this.txHost.tx
      .getRepository(Checkout)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where(`c.state = 'PENDING_PAYMENT' AND c.expires_at <= :now`, { now })
      .orderBy('c.expires_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getRawMany<{ id: string }>();
    for (const { id } of due) await this.orders.releaseCheckout(id, 'EXPIRED', 'The reservation expired before payment');
    return due.length;
  }
}
