import { Injectable } from '@nestjs/common';
import { JobHandler } from '@allmende/core';
import { InvoiceService } from './invoice.service';
import { NegotiationService } from './negotiation.service';
import { OfferService } from './offer.service';

export interface WholesaleTimerRun {
  expiredOffers: number;
  expiredNegotiations: number;
  overdueInvoices: number;
  reminders: number;
}

/**
 * The clock of wholesale: offers and proposals past their validity expire, unpaid invoices past
 * their due date turn OVERDUE and are reminded weekly. Each step is one conditional UPDATE in its
 * own short transaction (holding no locks across steps), so replicas running it side by side never
 * double a move. Takes `now`, so tests drive time by hand; the queue runs it every minute as
 * its own pg-boss cron job (one run per tick across all processes).
 */
@Injectable()
export class WholesaleTimersService {
  constructor(
    private readonly offers: OfferService,
    private readonly negotiations: NegotiationService,
    private readonly invoices: InvoiceService,
  ) {}

  @JobHandler('wholesale.timers', { cron: '* * * * *', retryLimit: 0 })
  async tick(): Promise<void> {
    await this.run(new Date());
  }

  async run(now: Date): Promise<WholesaleTimerRun> {
    return {
      expiredOffers: await this.offers.expire(now),
      expiredNegotiations: await this.negotiations.expire(now),
      overdueInvoices: await this.invoices.markOverdue(now),
      reminders: (await this.invoices.remindOverdue(now)).length,
    };
  }
}
