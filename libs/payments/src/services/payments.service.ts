import { Inject, Injectable } from '@nestjs/common';
import { DomainError, JobQueue, Money, money, NotFoundError, Transactional, TxHost } from '@allmende/core';
import { Payment } from '../entities/payment.entity';
import { PAYMENT_PROVIDER, PaymentProvider } from '../provider/payment-provider';
import { paymentMachine, PaymentStatus } from '../state/payment-state';
import { PaymentFailed, PaymentSucceeded } from '../events/payment-events';

export interface StartedPayment {
  paymentId: string;
  clientSecret: string | null;
  testMode: boolean;
  status: PaymentStatus;
}

export type OutcomeResult = { applied: true } | { applied: false; note: string };

/** The buyer's payment for a checkout, through the PaymentProvider port: started, confirmed, moved by the provider's news. */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly txHost: TxHost,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly jobs: JobQueue,
  ) {}

  /** True when no real money moves (the offline adapter). */
  get testMode(): boolean {
    return this.provider.testMode;
  }

  get providerName(): string {
    return this.provider.name;
  }

  get publishableKey(): string | null {
    return this.provider.publishableKey;
  }

  private get payments() {
    return this.txHost.tx.getRepository(Payment);
  }

  /**
   * One payment for a whole checkout (a PaymentIntent with transfer_group `checkout:<id>`).
   * The payment row is committed first; the provider is then called with Idempotency-Key
   * `payment:<paymentId>` and its answer recorded in a second transaction, so a failed commit
   * never strands a PaymentIntent. Idempotent by checkout: a repeat returns the same payment
   * and client secret.
   */
  async startPayment(input: { checkoutId: string; amount: Money; description: string }): Promise<StartedPayment> {
    const payment = await this.recordPaymentIntent(input);
    let clientSecret: string | null;
    if (payment.providerPaymentId) {
      ({ clientSecret } = await this.provider.retrievePayment(payment.providerPaymentId));
    } else {
      const created = await this.provider.createPayment({
        paymentId: payment.id,
        checkoutId: payment.checkoutId,
        amount: payment.total,
        description: payment.description,
        transferGroup: transferGroupOf(payment),
        idempotencyKey: `payment:${payment.id}`,
      });
      clientSecret = created.clientSecret;
      // Whoever records first wins; the provider gave both callers the same intent for the same key.
      await this.payments
        .createQueryBuilder()
        .update()
        .set({ providerPaymentId: created.providerPaymentId })
        .where('id = :id AND provider_payment_id IS NULL', { id: payment.id })
        .execute();
    }
    return { paymentId: payment.id, clientSecret, testMode: this.provider.testMode, status: payment.status };
  }

  /** The payment row of a checkout, created when it has none; refuses another amount. */
  @Transactional()
  private async recordPaymentIntent(input: { checkoutId: string; amount: Money; description: string }): Promise<Payment> {
    const amount = money(input.amount.amount, input.amount.currency);
    if (amount.amount <= 0) throw new DomainError('PAYMENT_INVALID_AMOUNT', 'A payment must be for more than nothing');
    await this.payments
      .createQueryBuilder()
      .insert()
      .values({
        checkoutId: input.checkoutId,
        provider: this.provider.name,
        amount: amount.amount,
        currency: amount.currency,
        description: input.description,
        status: 'PENDING',
      })
      .orIgnore()
      .execute();
    const payment = await this.payments.findOneByOrFail({ checkoutId: input.checkoutId });
    if (payment.amount !== amount.amount || payment.currency !== amount.currency) {
      throw new DomainError(
        'PAYMENT_AMOUNT_MISMATCH',
        `Checkout ${input.checkoutId} already has a payment of ${payment.amount} ${payment.currency}`,
      );
    }
    return payment;
  }

  async get(paymentId: string): Promise<Payment> {
    const payment = await this.payments.findOneBy({ id: paymentId });
    if (!payment) throw new NotFoundError('Payment', paymentId);
    return payment;
  }

  findByCheckout(checkoutId: string): Promise<Payment | null> {
    return this.payments.findOneBy({ checkoutId });
  }

  /**
   * The offline adapter's "the buyer paid" (the storefront's test-mode form): the same success
   * path as Stripe's `payment_intent.succeeded`. Idempotent: confirming a succeeded payment again
   * changes nothing and publishes nothing. Returns once this process has run the subscribers,
   * so the form can show the outcome (the orders PAID).
   */
  async confirmOfflinePayment(paymentId: string): Promise<Payment> {
    return this.jobs.runAndAwaitStarted(() => this.confirmOffline(paymentId));
  }

  @Transactional()
  private async confirmOffline(paymentId: string): Promise<Payment> {
    const payment = await this.lock({ id: paymentId });
    if (!payment) throw new NotFoundError('Payment', paymentId);
    if (payment.provider !== 'OFFLINE') {
      throw new DomainError('PAYMENT_NOT_OFFLINE', 'Only a test-mode (offline) payment can be confirmed this way');
    }
    if (payment.status !== 'SUCCEEDED') await this.moveTo(payment, 'SUCCEEDED', {});
    return payment;
  }

  /** The payment row, locked for this transaction. */
  lock(where: { id: string } | { providerPaymentId: string } | { checkoutId: string }): Promise<Payment | null> {
    return this.payments.findOne({ where, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Moves a locked payment to a new status and publishes PaymentSucceeded or PaymentFailed, in
   * the caller's transaction. A move the state machine does not allow, or an event older than the last one
   * applied (other than a success, which is always news), is ignored and says why.
   */
  async moveTo(payment: Payment, to: PaymentStatus, context: { reason?: string; eventAt?: Date }): Promise<OutcomeResult> {
    if (payment.status === to) return { applied: false, note: `already ${to}` };
    if (!paymentMachine.can(payment.status, to))
      return { applied: false, note: `a ${payment.status} payment cannot become ${to}` };
    if (context.eventAt && payment.lastEventAt && context.eventAt < payment.lastEventAt && to !== 'SUCCEEDED') {
      return { applied: false, note: `stale: older than the last event applied (${payment.lastEventAt.toISOString()})` };
    }
    const firstFailure = (to === 'FAILED' || to === 'CANCELED') && !payment.failedAt;
    const now = new Date();
    payment.status = to;
    if (context.eventAt && (!payment.lastEventAt || context.eventAt > payment.lastEventAt)) payment.lastEventAt = context.eventAt;
    if (to === 'SUCCEEDED') payment.succeededAt = now;
    if (firstFailure) payment.failedAt = now;
    if (context.reason) payment.failureReason = context.reason;
    await this.payments.update(payment.id, {
      status: payment.status,
      lastEventAt: payment.lastEventAt,
      succeededAt: payment.succeededAt,
      failedAt: payment.failedAt,
      failureReason: payment.failureReason,
    });
    if (to === 'SUCCEEDED') {
      await this.jobs.publish(
        new PaymentSucceeded({
          paymentId: payment.id,
          checkoutId: payment.checkoutId,
          amount: payment.total,
          providerPaymentId: payment.providerPaymentId ?? '',
        }),
      );
    } else if (firstFailure) {
      await this.jobs.publish(
        new PaymentFailed({
          paymentId: payment.id,
          checkoutId: payment.checkoutId,
          reason: context.reason ?? (to === 'CANCELED' ? 'The payment was cancelled' : 'The payment failed'),
        }),
      );
    }
    return { applied: true };
  }
}

export function transferGroupOf(payment: Payment): string {
  return `checkout:${payment.checkoutId}`;
}
