import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Transactional, TxHost } from '@allmende/core';
import { Checkout } from '../entities/checkout.entity';
import { TRADE_OPTIONS, TradeOptions } from '../trade.options';
import { OrderService } from './order.service';

/**
 * The clock of trade: releases the stock of checkouts not paid in time and moves shipped and
 * delivered orders on. Each run takes `now` as an argument, so tests drive time by hand; the
 * app runs it every minute. Expired checkouts are taken with SKIP LOCKED, so replicas running
 * it side by side never release the same reservation twice.
 */
@Injectable()
export class TradeTimersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TradeTimersService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly txHost: TxHost,
    private readonly orders: OrderService,
    @Inject(TRADE_OPTIONS) private readonly options: TradeOptions,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.options.timerIntervalMs ?? 60_000;
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      this.run(new Date()).catch((error: unknown) => this.logger.error(error));
    }, interval);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
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
