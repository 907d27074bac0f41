import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { DomainError } from '@allmende/core';
import { PaymentProvider, ProviderAccount, ProviderPayment } from './payment-provider';

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  publishableKey: string | null;
  /** For tests against a local Stripe-compatible fake; default api.stripe.com over https. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
}

/**
 * Stripe's "separate charges and transfers": one PaymentIntent per checkout with a
 * transfer_group, one transfer per seller order to the seller's Connect account, refunds on
 * the PaymentIntent. Every create call sends an Idempotency-Key made from our own ids.
 */
@Injectable()
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'STRIPE' as const;
  readonly testMode: boolean;
  readonly publishableKey: string | null;
  readonly stripe: Stripe;

  constructor(private readonly settings: StripeSettings) {
    this.stripe = new Stripe(settings.secretKey, {
      host: settings.host,
      port: settings.port,
      protocol: settings.protocol,
      maxNetworkRetries: 2,
      appInfo: { name: 'Allmende' },
    });
    this.testMode = settings.secretKey.includes('_test_');
    this.publishableKey = settings.publishableKey;
  }

  async createPayment(input: Parameters<PaymentProvider['createPayment']>[0]): Promise<ProviderPayment> {
    const intent = await this.call(() =>
      this.stripe.paymentIntents.create(
        {
          amount: input.amount.amount,
          currency: input.amount.currency.toLowerCase(),
          description: input.description,
          transfer_group: input.transferGroup,
          automatic_payment_methods: { enabled: true },
          metadata: { payment_id: input.paymentId, checkout_id: input.checkoutId },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return { providerPaymentId: intent.id, clientSecret: intent.client_secret };
  }

  async retrievePayment(providerPaymentId: string): Promise<ProviderPayment> {
    const intent = await this.call(() => this.stripe.paymentIntents.retrieve(providerPaymentId));
    return { providerPaymentId: intent.id, clientSecret: intent.client_secret };
  }

  async createTransfer(input: Parameters<PaymentProvider['createTransfer']>[0]): Promise<{ providerTransferId: string }> {
    const transfer = await this.call(() =>
      this.stripe.transfers.create(
        {
          amount: input.amount.amount,
          currency: input.amount.currency.toLowerCase(),
          destination: input.destination,
          transfer_group: input.transferGroup,
          metadata: { order_id: input.orderId, payment_id: input.paymentId },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return { providerTransferId: transfer.id };
  }

  async reverseTransfer(input: Parameters<PaymentProvider['reverseTransfer']>[0]): Promise<void> {
    await this.call(() =>
      this.stripe.transfers.createReversal(
        input.providerTransferId,
        { amount: input.amount.amount },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
  }

  async createRefund(input: Parameters<PaymentProvider['createRefund']>[0]): Promise<{ providerRefundId: string }> {
    const refund = await this.call(() =>
      this.stripe.refunds.create(
        {
          payment_intent: input.providerPaymentId,
          amount: input.amount.amount,
          metadata: { reference: input.reference, reason: input.reason.slice(0, 500) },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return { providerRefundId: refund.id };
  }

  async createConnectedAccount(input: { sellerId: string; idempotencyKey: string }): Promise<ProviderAccount> {
    const account = await this.call(() =>
      this.stripe.accounts.create(
        {
          type: 'express',
          capabilities: { transfers: { requested: true } },
          metadata: { seller_id: input.sellerId },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return accountState(account);
  }

  async onboardingLink(input: { providerAccountId: string; returnUrl: string }): Promise<{ url: string }> {
    const link = await this.call(() =>
      this.stripe.accountLinks.create({
        account: input.providerAccountId,
        type: 'account_onboarding',
        return_url: input.returnUrl,
        refresh_url: input.returnUrl,
      }),
    );
    return { url: link.url };
  }

  /** Verifies a webhook's signature and parses it; throws WEBHOOK_SIGNATURE_INVALID when it is not from Stripe. */
  constructEvent(rawBody: Buffer | string, signature: string): Stripe.Event {
    try {
      return this.stripe.webhooks.constructEvent(rawBody, signature, this.settings.webhookSecret);
    } catch (error) {
      throw new DomainError('WEBHOOK_SIGNATURE_INVALID', `Webhook signature refused: ${(error as Error).message}`);
    }
  }

  /** Stripe's own errors (card declined, bad request) become a DomainError with a stable code. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Stripe.errors.StripeError) {
        throw new DomainError('PAYMENT_PROVIDER_ERROR', `Stripe refused the request: ${error.message}`, {
          providerCode: error.code ?? error.type,
        });
      }
      throw error;
    }
  }
}

export function accountState(account: Stripe.Account): ProviderAccount {
  return {
    providerAccountId: account.id,
    detailsSubmitted: account.details_submitted ?? false,
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
  };
}
