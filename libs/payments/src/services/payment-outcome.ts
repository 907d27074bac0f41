import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Money } from '@allmende/core';

/** The injection token of the {@link PaymentOutcomeHandler}; trade provides it, payments never imports trade. */
export const PAYMENT_OUTCOME_HANDLER = Symbol.for('allmende:PAYMENT_OUTCOME_HANDLER');

export interface PaymentSucceededEvent {
  paymentId: string;
  checkoutId: string;
  amount: Money;
  providerPaymentId: string;
}

export interface PaymentFailedEvent {
  paymentId: string;
  checkoutId: string;
  reason: string;
}

export interface PaymentDisputedEvent {
  paymentId: string;
  checkoutId: string;
  /** What the provider took back. */
  amount: Money;
  reason: string;
  providerDisputeId: string;
}

/**
 * What happens to a checkout when its payment's outcome is known. Each method is called inside
 * the same DB transaction as the payment's state change (a throw rolls both back and the
 * webhook is retried), and at most once per payment and outcome: paymentSucceeded once;
 * paymentFailed once, when the payment first fails or is cancelled. With Stripe a failed
 * payment may still succeed later (the buyer retries with another card), so paymentSucceeded
 * can follow paymentFailed; never the other way round.
 */
export interface PaymentOutcomeHandler {
  paymentSucceeded(event: PaymentSucceededEvent): Promise<void>;
  paymentFailed(event: PaymentFailedEvent): Promise<void>;
  /** A chargeback (`charge.dispute.created`); payments has already recorded it and posted the ledger. */
  paymentDisputed?(event: PaymentDisputedEvent): Promise<void>;
}

/** Used while no module provides PAYMENT_OUTCOME_HANDLER: logs what nobody handled. */
class UnhandledPaymentOutcomes implements PaymentOutcomeHandler {
  private readonly logger = new Logger('PaymentOutcome');

  async paymentSucceeded(event: PaymentSucceededEvent): Promise<void> {
    this.logger.warn({ msg: 'payment succeeded but no PaymentOutcomeHandler is registered', ...event });
  }

  async paymentFailed(event: PaymentFailedEvent): Promise<void> {
    this.logger.warn({ msg: 'payment failed but no PaymentOutcomeHandler is registered', ...event });
  }
}

/**
 * Finds the handler lazily (`ModuleRef.get(PAYMENT_OUTCOME_HANDLER, { strict: false })`), so
 * payments needs no import of trade. Tests replace it with `jest.spyOn(dispatcher, 'handler')`.
 */
@Injectable()
export class PaymentOutcomeDispatcher {
  private readonly fallback = new UnhandledPaymentOutcomes();
  private resolved: PaymentOutcomeHandler | null = null;

  constructor(private readonly moduleRef: ModuleRef) {}

  handler(): PaymentOutcomeHandler {
    if (!this.resolved) {
      try {
        this.resolved = this.moduleRef.get<PaymentOutcomeHandler>(PAYMENT_OUTCOME_HANDLER, { strict: false });
      } catch {
        return this.fallback;
      }
    }
    return this.resolved;
  }
}
