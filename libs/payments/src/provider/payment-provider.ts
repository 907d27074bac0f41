import { Money } from '@allmende/core';
import type { PaymentProviderName } from '../entities/payment.entity';

/** The injection token of the active {@link PaymentProvider}. */
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

export interface ProviderPayment {
  providerPaymentId: string;
  /** For the browser to confirm the payment (Stripe's client_secret); null offline. */
  clientSecret: string | null;
}

export interface ProviderAccount {
  providerAccountId: string;
  detailsSubmitted: boolean;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
}

/**
 * The port to a payment provider. Every call that creates something carries an idempotency
 * key built from our own ids, so a retried call never pays, transfers or refunds twice.
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  /** True for the offline adapter: no real money moves. */
  readonly testMode: boolean;
  /** What the storefront's payment form needs (Stripe's publishable key); null offline. */
  readonly publishableKey: string | null;

  createPayment(input: {
    paymentId: string;
    checkoutId: string;
    amount: Money;
    description: string;
    transferGroup: string;
    idempotencyKey: string;
  }): Promise<ProviderPayment>;

  /** The client secret of an existing payment again (a repeated startPayment). */
  retrievePayment(providerPaymentId: string): Promise<ProviderPayment>;

  createTransfer(input: {
    orderId: string;
    paymentId: string;
    destination: string;
    amount: Money;
    transferGroup: string;
    idempotencyKey: string;
  }): Promise<{ providerTransferId: string | null }>;

  /** Takes part of a sent transfer back from the seller's account (after a refund). */
  reverseTransfer(input: { providerTransferId: string; amount: Money; idempotencyKey: string }): Promise<void>;

  createRefund(input: {
    providerPaymentId: string;
    amount: Money;
    reference: string;
    reason: string;
    idempotencyKey: string;
  }): Promise<{ providerRefundId: string | null }>;

  createConnectedAccount(input: { sellerId: string; idempotencyKey: string }): Promise<ProviderAccount>;

  onboardingLink(input: { providerAccountId: string; returnUrl: string }): Promise<{ url: string }>;
}
