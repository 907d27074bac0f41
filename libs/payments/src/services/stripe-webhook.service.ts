import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { DomainError, money, Transactional, TxHost } from '@allmende/core';
import { Payment } from '../entities/payment.entity';
import { ProviderEvent } from '../entities/provider-event.entity';
import { PAYMENT_PROVIDER, PaymentProvider } from '../provider/payment-provider';
import { accountState, StripePaymentProvider } from '../provider/stripe-payment.provider';
import { PaymentStatus } from '../state/payment-state';
import { OutcomeResult, PaymentsService } from './payments.service';
import { malformedEventReason } from './stripe-event-shape';
import { PayoutAccountService } from './payout-accounts.service';
import { RefundService } from './refunds.service';

export type WebhookResult = { duplicate: true } | { duplicate: false; outcome: 'APPLIED' | 'IGNORED'; note: string | null };

const STATUS_OF_EVENT: Partial<Record<string, PaymentStatus>> = {
  'payment_intent.processing': 'PROCESSING',
  'payment_intent.succeeded': 'SUCCEEDED',
  'payment_intent.payment_failed': 'FAILED',
  'payment_intent.canceled': 'CANCELED',
};

/**
 * Stripe's webhooks, each processed exactly once: the event is stored by its id in the same
 * transaction as its effects, so a redelivery (even a concurrent one, which waits on the
 * primary key) finds it and changes nothing; a failure rolls both back and Stripe retries.
 * Out-of-order delivery is handled by the payment state machine and the events' timestamps.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('StripeWebhook');

  constructor(
    private readonly txHost: TxHost,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly payments: PaymentsService,
    private readonly refunds: RefundService,
    private readonly payoutAccounts: PayoutAccountService,
  ) {}

  /** Verifies the signature (throws WEBHOOK_SIGNATURE_INVALID) and parses the event; nothing is stored. */
  verify(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    if (!(this.provider instanceof StripePaymentProvider)) {
      throw new DomainError('STRIPE_NOT_CONFIGURED', 'Stripe is not configured here (offline test-mode payments)');
    }
    if (!signature) throw new DomainError('WEBHOOK_SIGNATURE_INVALID', 'The Stripe-Signature header is missing');
    return this.provider.constructEvent(rawBody, signature);
  }

  /**
   * Stores a signed event that has not the shape Allmende reads as REJECTED with the reason, by its
   * id or, without one, by the hash of its body (so a redelivery is recognised), and refuses it.
   */
  async rejectIfMalformed(event: unknown, rawBody: Buffer): Promise<void> {
    const reason = malformedEventReason(event);
    if (!reason) return;
    const fields = (event ?? {}) as { id?: unknown; type?: unknown };
    const storable = typeof event === 'object' && event !== null && !rawBody.includes('\\u0000');
    await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(ProviderEvent)
      .values({
        id:
          typeof fields.id === 'string' && fields.id
            ? fields.id
            : `rejected:${createHash('sha256').update(rawBody).digest('hex')}`,
        provider: 'STRIPE',
        type: typeof fields.type === 'string' ? fields.type : 'unknown',
        payload: storable ? (event as object) : { unreadable: true },
        outcome: 'REJECTED',
        note: reason,
      })
      .orIgnore()
      .execute();
    this.logger.warn({ msg: 'stripe event rejected', id: fields.id, reason });
    throw new DomainError('WEBHOOK_EVENT_MALFORMED', `The event cannot be processed: ${reason}`);
  }

  @Transactional()
  async process(event: Stripe.Event): Promise<WebhookResult> {
    const claimed = await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(ProviderEvent)
      .values({
        id: event.id,
        provider: 'STRIPE',
        type: event.type,
        payload: event as unknown as object,
        outcome: 'APPLIED',
        providerCreatedAt: new Date(event.created * 1000),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((claimed.raw as unknown[]).length === 0) return { duplicate: true };

    const result = await this.apply(event);
    const outcome = result.applied ? 'APPLIED' : 'IGNORED';
    const note = result.applied ? null : result.note;
    if (!result.applied) await this.txHost.tx.getRepository(ProviderEvent).update(event.id, { outcome, note });
    this.logger.log({ msg: 'stripe event', id: event.id, type: event.type, outcome, note });
    return { duplicate: false, outcome, note };
  }

  private async apply(event: Stripe.Event): Promise<OutcomeResult> {
    const eventAt = new Date(event.created * 1000);
    const status = STATUS_OF_EVENT[event.type];
    if (status) {
      const intent = event.data.object as Stripe.PaymentIntent;
      const payment = await this.paymentOf(intent);
      if (!payment) return { applied: false, note: `payment intent ${intent.id} is not ours` };
      const reason = status === 'FAILED' ? (intent.last_payment_error?.message ?? 'The payment failed') : undefined;
      return this.payments.moveTo(payment, status, { reason, eventAt });
    }
    if (event.type === 'charge.dispute.created') {
      const dispute = event.data.object as Stripe.Dispute;
      const payment = await this.paymentOfIntent(dispute.payment_intent);
      if (!payment) return { applied: false, note: `dispute ${dispute.id} is not on one of our payments` };
      return this.refunds.recordDispute(payment, {
        providerDisputeId: dispute.id,
        amount: money(dispute.amount, dispute.currency.toUpperCase()),
        reason: dispute.reason,
      });
    }
    if (event.type === 'charge.dispute.closed') {
      const dispute = event.data.object as Stripe.Dispute;
      return this.refunds.closeDispute(dispute.id, dispute.status === 'won' ? 'WON' : 'LOST');
    }
    if (event.type === 'charge.refunded') {
      const charge = event.data.object as Stripe.Charge;
      const payment = await this.paymentOfIntent(charge.payment_intent);
      if (!payment) return { applied: false, note: `charge ${charge.id} is not on one of our payments` };
      return this.refunds.providerRefunded(
        payment,
        (charge.refunds?.data ?? []).map((refund) => ({
          providerRefundId: refund.id,
          amount: refund.amount,
          reference: refund.metadata?.reference ?? null,
        })),
      );
    }
    if (event.type === 'payout.paid' || event.type === 'payout.failed') {
      const payout = event.data.object as Stripe.Payout;
      if (!event.account) return { applied: false, note: 'a payout of the platform itself, not of a seller' };
      return this.payoutAccounts.recordPayout({
        providerAccountId: event.account,
        providerPayoutId: payout.id,
        amount: payout.amount,
        currency: payout.currency.toUpperCase(),
        status: event.type === 'payout.paid' ? 'PAID' : 'FAILED',
        failureMessage: payout.failure_message ?? null,
      });
    }
    if (event.type === 'account.updated') {
      return this.payoutAccounts.updatePayoutAccount(accountState(event.data.object as Stripe.Account));
    }
    return { applied: false, note: 'not an event Allmende acts on' };
  }

  private paymentOfIntent(intent: string | Stripe.PaymentIntent | null): Promise<Payment | null> {
    const id = typeof intent === 'string' ? intent : intent?.id;
    return id ? this.payments.lock({ providerPaymentId: id }) : Promise.resolve(null);
  }

  /**
   * Our payment for a PaymentIntent, locked: by its id, else by the checkout in its metadata
   * (when the event overtook the commit that stored the id). A payment the metadata names that
   * is not there yet is an error, so the webhook fails and Stripe delivers it again later.
   */
  private async paymentOf(intent: Stripe.PaymentIntent): Promise<Payment | null> {
    const byId = await this.payments.lock({ providerPaymentId: intent.id });
    if (byId) return byId;
    const checkoutId = intent.metadata?.checkout_id;
    if (!checkoutId) return null;
    const byCheckout = await this.payments.lock({ checkoutId });
    if (!byCheckout) {
      throw new DomainError('WEBHOOK_RETRY_LATER', `Payment for checkout ${checkoutId} is not stored yet; deliver again later`);
    }
    return byCheckout;
  }
}
