import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { MembershipService } from '@allmende/membership';
import { ClosingService } from './closing.service';

export const GOVERNANCE_TIMER_INTERVAL_MS = Symbol.for('allmende:GOVERNANCE_TIMER_INTERVAL_MS');

/**
 * The clock of governance and membership: closes votes at their deadline, announces votes
 * closing within 24 hours, and redeems the shares of members whose notice ran out. Each run
 * takes `now`, so tests drive time by hand.
 */
@Injectable()
export class GovernanceTimersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GovernanceTimersService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly closing: ClosingService,
    private readonly membership: MembershipService,
    @Optional() @Inject(GOVERNANCE_TIMER_INTERVAL_MS) private readonly intervalMs: number | null,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.intervalMs ?? 60_000;
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      this.run(new Date()).catch((error: unknown) => this.logger.error(error));
    }, interval);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(now: Date): Promise<{ closed: number; announced: number; redeemed: number }> {
    const announced = await this.closing.announceClosingSoon(now);
    const closed = await this.closing.closeDue(now);
    const redeemed = await this.membership.redeemDue(now);
    return { closed, announced, redeemed };
  }
}
