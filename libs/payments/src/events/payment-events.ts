import { DomainEvent, Money } from '@allmende/core';

/**
 * A checkout's payment succeeded (published once per payment). With Stripe a failed payment
 * may still succeed later (the buyer retries with another card), so PaymentSucceeded can
 * follow PaymentFailed; never the other way round.
 */
export class PaymentSucceeded extends DomainEvent<{
  paymentId: string;
  checkoutId: string;
  amount: Money;
  providerPaymentId: string;
}>('PaymentSucceeded') {}

/** A payment first failed or was cancelled (published once per payment). */
export class PaymentFailed extends DomainEvent<{
  paymentId: string;
  checkoutId: string;
  reason: string;
}>('PaymentFailed') {}

/** A chargeback (`charge.dispute.created`): payments has recorded it and posted it to the ledger. */
export class PaymentDisputed extends DomainEvent<{
  paymentId: string;
  checkoutId: string;
  /** What the provider took back. */
  amount: Money;
  reason: string;
  providerDisputeId: string;
}>('PaymentDisputed') {}

/** A seller's payout account can now receive transfers: the transfers that waited for it go out. */
export class PayoutAccountReady extends DomainEvent<{ sellerId: string }>('PayoutAccountReady') {}

/** The provider could not pay a seller's balance out to their bank (`payout.failed`). */
export class PayoutFailed extends DomainEvent<{
  sellerId: string;
  providerPayoutId: string;
  amount: Money;
  failureMessage: string;
}>('PayoutFailed') {}
