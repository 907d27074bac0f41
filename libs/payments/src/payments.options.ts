import type { StripeSettings } from './provider/stripe-payment.provider';

export interface PaymentsOptions {
  /** Stripe's keys (and, for tests, where its API is); null for the offline test-mode adapter. */
  stripe: StripeSettings | null;
  /** Make the provider throw when called inside a database transaction (on under test: the suite proves the rule). */
  refuseCallsInTransactions?: boolean;
}
