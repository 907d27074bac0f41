import { Inject, Injectable } from '@nestjs/common';
import { JobQueue, money, TxHost } from '@allmende/core';
import { Payout } from '../entities/payout.entity';
import { PayoutAccount } from '../entities/payout-account.entity';
import { PayoutAccountReady, PayoutFailed } from '../events/payment-events';
import { PAYMENT_PROVIDER, PaymentProvider, ProviderAccount } from '../provider/payment-provider';
import type { OutcomeResult } from './payments.service';

/** Sellers' accounts at the provider (Stripe Connect): onboarding, readiness, and their bank payouts. */
@Injectable()
export class PayoutAccountService {
  constructor(
    private readonly txHost: TxHost,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly jobs: JobQueue,
  ) {}

  private get accounts() {
    return this.txHost.tx.getRepository(PayoutAccount);
  }

  /** A link where the seller sets up (or finishes setting up) their payout account; offline, the return URL itself. */
  async onboardingLink(sellerId: string, returnUrl: string): Promise<{ url: string }> {
    let account = await this.accounts.findOneBy({ sellerId });
    if (!account) {
      const created = await this.provider.createConnectedAccount({ sellerId, idempotencyKey: `account:${sellerId}` });
      await this.accounts
        .createQueryBuilder()
        .insert()
        .values({ sellerId, provider: this.provider.name, ...created })
        .orIgnore()
        .execute();
      account = await this.accounts.findOneByOrFail({ sellerId });
    }
    return this.provider.onboardingLink({ providerAccountId: account.providerAccountId, returnUrl });
  }

  payoutAccountOf(sellerId: string): Promise<PayoutAccount | null> {
    return this.accounts.findOneBy({ sellerId });
  }

  /** The seller's latest payout to their bank, failed or paid. */
  lastPayoutOf(sellerId: string): Promise<Payout | null> {
    return this.txHost.tx.getRepository(Payout).findOne({ where: { sellerId }, order: { updatedAt: 'DESC' } });
  }

  /** The provider's news about a connected account (in the webhook's transaction); once payouts are enabled, PayoutAccountReady. */
  async updatePayoutAccount(state: ProviderAccount): Promise<OutcomeResult> {
    const account = await this.accounts.findOne({
      where: { providerAccountId: state.providerAccountId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!account) return { applied: false, note: 'not one of our payout accounts' };
    await this.accounts.update(account.sellerId, {
      detailsSubmitted: state.detailsSubmitted,
      chargesEnabled: state.chargesEnabled,
      payoutsEnabled: state.payoutsEnabled,
    });
    if (state.payoutsEnabled && !account.payoutsEnabled) {
      await this.jobs.publish(new PayoutAccountReady({ sellerId: account.sellerId }));
    }
    return { applied: true };
  }

  /** `payout.paid` / `payout.failed` on a connected account: recorded (the latest state wins); a failure is published. */
  async recordPayout(payout: {
    providerAccountId: string;
    providerPayoutId: string;
    amount: number;
    currency: string;
    status: 'PAID' | 'FAILED';
    failureMessage: string | null;
  }): Promise<OutcomeResult> {
    const account = await this.accounts.findOneBy({ providerAccountId: payout.providerAccountId });
    if (!account) return { applied: false, note: 'not one of our payout accounts' };
    await this.txHost.tx.getRepository(Payout).upsert(
      {
        providerPayoutId: payout.providerPayoutId,
        sellerId: account.sellerId,
        amount: payout.amount,
        currency: payout.currency,
        status: payout.status,
        failureMessage: payout.failureMessage,
      },
      ['providerPayoutId'],
    );
    if (payout.status === 'FAILED') {
      await this.jobs.publish(
        new PayoutFailed({
          sellerId: account.sellerId,
          providerPayoutId: payout.providerPayoutId,
          amount: money(payout.amount, payout.currency),
          failureMessage: payout.failureMessage ?? 'The bank refused the payout',
        }),
      );
    }
    return { applied: true };
  }
}
