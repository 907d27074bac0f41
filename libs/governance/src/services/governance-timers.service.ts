import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHandler } from '@allmende/core';
import { MembershipService } from '@allmende/membership';
import { ClosingService } from './closing.service';

export const GOVERNANCE_CLOCK_ENABLED = Symbol.for('allmende:GOVERNANCE_CLOCK_ENABLED');

/**
 * The clock of governance and membership: closes votes at their deadline, announces votes
 * closing within 24 hours, and redeems the shares of members whose notice ran out. The queue
 * runs it every minute (one run per tick across all processes); each run takes `now`, so tests
 * turn the scheduled tick off and drive time by hand.
 */
@Injectable()
export class GovernanceTimersService {
  constructor(
    private readonly closing: ClosingService,
    private readonly membership: MembershipService,
    @Optional() @Inject(GOVERNANCE_CLOCK_ENABLED) private readonly enabled: boolean | null,
  ) {}

  @JobHandler('governance.timers', { cron: '* * * * *', retryLimit: 0 })
  async tick(): Promise<void> {
    if (this.enabled === false) return;
    await this.run(new Date());
  }

  async run(now: Date): Promise<{ closed: number; announced: number; redeemed: number }> {
    const announced = await this.closing.announceClosingSoon(now);
    const closed = await this.closing.closeDue(now);
    const redeemed = await this.membership.redeemDue(now);
    return { closed, announced, redeemed };
  }
}
