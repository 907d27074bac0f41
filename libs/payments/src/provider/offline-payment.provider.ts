import { Injectable } from '@nestjs/common';
import { PaymentProvider, ProviderAccount, ProviderPayment } from './payment-provider';

/**
 * TEST MODE: the provider for the embedded demo and for running without a Stripe key. No money
 * moves; a payment succeeds when the storefront's test form calls `confirmOfflinePayment`,
 * transfers and refunds are only recorded, and every seller counts as onboarded.
 */
@Injectable()
export class OfflinePaymentProvider implements PaymentProvider {
  readonly name = 'OFFLINE' as const;
  readonly testMode = true;
  readonly publishableKey = null;

  async createPayment(input: { paymentId: string }): Promise<ProviderPayment> {
    return { providerPaymentId: `offline_${input.paymentId}`, clientSecret: null };
  }

  async retrievePayment(providerPaymentId: string): Promise<ProviderPayment> {
    return { providerPaymentId, clientSecret: null };
  }

  async createTransfer(): Promise<{ providerTransferId: null }> {
    return { providerTransferId: null };
  }

  async reverseTransfer(): Promise<void> {}

  async createRefund(): Promise<{ providerRefundId: null }> {
    return { providerRefundId: null };
  }

  async createConnectedAccount(input: { sellerId: string }): Promise<ProviderAccount> {
    return { providerAccountId: `offline_${input.sellerId}`, detailsSubmitted: true, chargesEnabled: true, payoutsEnabled: true };
  }

  async onboardingLink(input: { returnUrl: string }): Promise<{ url: string }> {
    return { url: input.returnUrl };
  }
}
