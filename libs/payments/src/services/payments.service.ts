import { Inject, Injectable } from '@nestjs/common';
import { DomainError, JobQueue, Money, money, NotFoundError, Transactional, TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { Payment } from '../entities/payment.entity';
import { PaymentDispute } from '../entities/payment-dispute.entity';
import { PaymentRefund } from '../entities/payment-refund.entity';
import { PaymentTransfer } from '../entities/payment-transfer.entity';
import { PayoutAccount } from '../entities/payout-account.entity';
import { PAYMENT_PROVIDER, PaymentProvider, ProviderAccount } from '../provider/payment-provider';
import { paymentMachine, PaymentStatus } from '../state/payment-state';
import { transferMachine } from '../state/transfer-state';
import { PaymentDisputed, PaymentFailed, PaymentSucceeded } from '../events/payment-events';

/** The ledger kinds payments compares with the provider; capture and refund are posted by trade under these kinds. */
export const PAYMENT_LEDGER_KINDS = {
  /** reference: the checkout id; provider:clearing +total. Posted by trade. */
  CAPTURE: 'capture',
  /** reference: the order id; provider:clearing −amount. Posted here. */
  TRANSFER: 'transfer',
  /** reference: the reference given to `refund`; provider:clearing −amount. Posted by trade. */
  REFUND: 'refund',
  /** reference: the provider's dispute id; provider:clearing −amount. Posted here. */
  CHARGEBACK: 'chargeback',
} as const;

export interface StartedPayment {
  paymentId: string;
  clientSecret: string | null;
  testMode: boolean;
  status: PaymentStatus;
}

export interface ReconciliationDifference {
  kind: string;
  reference: string;
  currency: string;
  /** provider:clearing's net movement for (kind, reference) in the ledger; 0 when nothing was posted. */
  ledgerAmount: number;
  /** What the provider's records say moved (+ in, − out); 0 when the provider knows nothing of it. */
  providerAmount: number;
}

export type OutcomeResult = { applied: true } | { applied: false; note: string };

/** Payments for checkouts, transfers to sellers, refunds, chargebacks and payout onboarding, through the PaymentProvider port. */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly txHost: TxHost,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly ledger: LedgerService,
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
   * One payment for a whole checkout (a PaymentIntent with transfer_group `checkout:<id>`,
   * Idempotency-Key `payment:<checkoutId>`). Idempotent by checkout: a repeat returns the same
   * payment and client secret.
   */
  @Transactional()
  async startPayment(input: { checkoutId: string; amount: Money; description: string }): Promise<StartedPayment> {
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
    const payment = await this.payments.findOneOrFail({
      where: { checkoutId: input.checkoutId },
      lock: { mode: 'pessimistic_write' },
    });
    if (payment.amount !== amount.amount || payment.currency !== amount.currency) {
      throw new DomainError(
        'PAYMENT_AMOUNT_MISMATCH',
        `Checkout ${input.checkoutId} already has a payment of ${payment.amount} ${payment.currency}`,
      );
    }
    let clientSecret: string | null;
    if (payment.providerPaymentId) {
      ({ clientSecret } = await this.provider.retrievePayment(payment.providerPaymentId));
    } else {
      const created = await this.provider.createPayment({
        paymentId: payment.id,
        checkoutId: payment.checkoutId,
        amount,
        description: input.description,
        transferGroup: transferGroupOf(payment),
        idempotencyKey: `payment:${payment.checkoutId}`,
      });
      clientSecret = created.clientSecret;
      payment.providerPaymentId = created.providerPaymentId;
      await this.payments.update(payment.id, { providerPaymentId: created.providerPaymentId });
    }
    return { paymentId: payment.id, clientSecret, testMode: this.provider.testMode, status: payment.status };
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

  /**
   * Pays a seller order's share out of a succeeded payment: a transfer with the payment's
   * transfer_group and Idempotency-Key `transfer:<orderId>` to the seller's connected account,
   * and the ledger post `transfer`/<orderId> (seller payable debited, provider clearing
   * credited). A seller not yet onboarded gets the transfer once onboarding completes.
   * Idempotent by order.
   */
  @Transactional()
  async transferToSeller(input: {
    orderId: string;
    sellerId: string;
    amount: Money;
    paymentId: string;
  }): Promise<{ transferId: string }> {
    const transfers = this.txHost.tx.getRepository(PaymentTransfer);
    const existing = await transfers.findOneBy({ orderId: input.orderId });
    if (existing) return { transferId: existing.id };
    const payment = await this.lock({ id: input.paymentId });
    if (!payment) throw new NotFoundError('Payment', input.paymentId);
    if (payment.status !== 'SUCCEEDED') {
      throw new DomainError(
        'PAYMENT_NOT_SUCCEEDED',
        `Payment ${payment.id} is ${payment.status}; only a succeeded payment pays sellers`,
      );
    }
    const amount = money(input.amount.amount, input.amount.currency);
    if (amount.currency !== payment.currency) {
      throw new DomainError('CURRENCY_MISMATCH', `The payment is in ${payment.currency}, the transfer in ${amount.currency}`);
    }
    if (amount.amount <= 0) throw new DomainError('TRANSFER_INVALID_AMOUNT', 'A transfer must be for more than nothing');
    const [{ sum }] = await this.txHost.tx.query<{ sum: string }[]>(
      `SELECT coalesce(sum(amount), 0) AS sum FROM payment_transfer WHERE payment_id = $1`,
      [payment.id],
    );
    if (Number(sum) + amount.amount > payment.amount) {
      throw new DomainError('TRANSFER_EXCEEDS_PAYMENT', `Transfers would exceed payment ${payment.id}`, {
        remaining: payment.amount - Number(sum),
      });
    }
    const transfer = await transfers.save(
      transfers.create({
        paymentId: payment.id,
        orderId: input.orderId,
        sellerId: input.sellerId,
        amount: amount.amount,
        currency: amount.currency,
        status: 'AWAITING_ACCOUNT',
        providerTransferId: null,
        sentAt: null,
      }),
    );
    const account = await this.payoutAccountOf(input.sellerId);
    if (account?.payoutsEnabled || this.provider.name === 'OFFLINE') await this.send(transfer, payment, account);
    return { transferId: transfer.id };
  }

  /** Sends a recorded transfer and posts it to the ledger. */
  private async send(transfer: PaymentTransfer, payment: Payment, account: PayoutAccount | null): Promise<void> {
    const { providerTransferId } = await this.provider.createTransfer({
      orderId: transfer.orderId,
      paymentId: payment.id,
      destination: account?.providerAccountId ?? `offline_${transfer.sellerId}`,
      amount: { amount: transfer.amount, currency: transfer.currency },
      transferGroup: transferGroupOf(payment),
      idempotencyKey: `transfer:${transfer.orderId}`,
    });
    await transferMachine.transition(transfer, 'SENT');
    transfer.providerTransferId = providerTransferId;
    transfer.sentAt = new Date();
    await this.txHost.tx
      .getRepository(PaymentTransfer)
      .update(transfer.id, { status: 'SENT', providerTransferId, sentAt: transfer.sentAt });
    const amount = money(transfer.amount, transfer.currency);
    await this.ledger.post({
      kind: PAYMENT_LEDGER_KINDS.TRANSFER,
      reference: transfer.orderId,
      description: `Transfer to seller ${transfer.sellerId} for order ${transfer.orderId}`,
      entries: [
        { account: LedgerAccounts.sellerPayable(transfer.sellerId), amount },
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(-amount.amount, amount.currency) },
      ],
    });
  }

  /**
   * Gives money back to the buyer (Idempotency-Key `refund:<reference>`); idempotent by
   * reference. Refuses more than is left (REFUND_EXCEEDS_PAYMENT) before anything is written.
   * The ledger post is trade's (kind `refund`, this reference), since trade knows the split.
   */
  @Transactional()
  async refund(input: { paymentId: string; amount: Money; reference: string; reason: string }): Promise<{ refundId: string }> {
    const refunds = this.txHost.tx.getRepository(PaymentRefund);
    const payment = await this.lock({ id: input.paymentId });
    if (!payment) throw new NotFoundError('Payment', input.paymentId);
    const existing = await refunds.findOneBy({ reference: input.reference });
    if (existing) {
      if (existing.paymentId !== payment.id) {
        throw new DomainError('REFUND_REFERENCE_REUSED', `Refund reference ${input.reference} belongs to another payment`);
      }
      return { refundId: existing.id };
    }
    if (payment.status !== 'SUCCEEDED') {
      throw new DomainError(
        'PAYMENT_NOT_SUCCEEDED',
        `Payment ${payment.id} is ${payment.status}; only a succeeded payment can be refunded`,
      );
    }
    const amount = money(input.amount.amount, input.amount.currency);
    if (amount.currency !== payment.currency) {
      throw new DomainError('CURRENCY_MISMATCH', `The payment is in ${payment.currency}, the refund in ${amount.currency}`);
    }
    if (amount.amount <= 0) throw new DomainError('REFUND_INVALID_AMOUNT', 'A refund must be for more than nothing');
    const remaining = await this.refundable(payment);
    if (amount.amount > remaining) {
      throw new DomainError(
        'REFUND_EXCEEDS_PAYMENT',
        `Only ${remaining} ${payment.currency} minor units of payment ${payment.id} can still be refunded`,
        { remaining },
      );
    }
    const { providerRefundId } = await this.provider.createRefund({
      providerPaymentId: payment.providerPaymentId ?? '',
      amount,
      reference: input.reference,
      reason: input.reason,
      idempotencyKey: `refund:${input.reference}`,
    });
    const refund = await refunds.save(
      refunds.create({
        paymentId: payment.id,
        reference: input.reference,
        amount: amount.amount,
        currency: amount.currency,
        reason: input.reason,
        providerRefundId,
      }),
    );
    return { refundId: refund.id };
  }

  /** What can still be refunded: the payment less refunds and chargebacks. */
  async refundable(payment: Payment): Promise<number> {
    const [{ taken }] = await this.txHost.tx.query<{ taken: string }[]>(
      `SELECT (SELECT coalesce(sum(amount), 0) FROM payment_refund WHERE payment_id = $1)
            + (SELECT coalesce(sum(amount), 0) FROM payment_dispute WHERE payment_id = $1) AS taken`,
      [payment.id],
    );
    return payment.amount - Number(taken);
  }

  /** Records a chargeback once, posts it (provider clearing credited, platform disputes debited) and publishes PaymentDisputed. */
  async recordDispute(
    payment: Payment,
    dispute: { providerDisputeId: string; amount: Money; reason: string },
  ): Promise<OutcomeResult> {
    const disputes = this.txHost.tx.getRepository(PaymentDispute);
    if (await disputes.findOneBy({ providerDisputeId: dispute.providerDisputeId })) {
      return { applied: false, note: 'dispute already recorded' };
    }
    await disputes.save(
      disputes.create({
        paymentId: payment.id,
        providerDisputeId: dispute.providerDisputeId,
        amount: dispute.amount.amount,
        currency: dispute.amount.currency,
        reason: dispute.reason,
      }),
    );
    await this.ledger.post({
      kind: PAYMENT_LEDGER_KINDS.CHARGEBACK,
      reference: dispute.providerDisputeId,
      description: `Chargeback on payment ${payment.id}: ${dispute.reason}`,
      entries: [
        { account: LedgerAccounts.PLATFORM_DISPUTES, amount: dispute.amount },
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(-dispute.amount.amount, dispute.amount.currency) },
      ],
    });
    await this.jobs.publish(
      new PaymentDisputed({
        paymentId: payment.id,
        checkoutId: payment.checkoutId,
        amount: dispute.amount,
        reason: dispute.reason,
        providerDisputeId: dispute.providerDisputeId,
      }),
    );
    return { applied: true };
  }

  /** A link where the seller sets up (or finishes setting up) their payout account; offline, the return URL itself. */
  async onboardingLink(sellerId: string, returnUrl: string): Promise<{ url: string }> {
    const accounts = this.txHost.tx.getRepository(PayoutAccount);
    let account = await accounts.findOneBy({ sellerId });
    if (!account) {
      const created = await this.provider.createConnectedAccount({ sellerId, idempotencyKey: `account:${sellerId}` });
      await accounts
        .createQueryBuilder()
        .insert()
        .values({ sellerId, provider: this.provider.name, ...created })
        .orIgnore()
        .execute();
      account = await accounts.findOneByOrFail({ sellerId });
    }
    return this.provider.onboardingLink({ providerAccountId: account.providerAccountId, returnUrl });
  }

  payoutAccountOf(sellerId: string): Promise<PayoutAccount | null> {
    return this.txHost.tx.getRepository(PayoutAccount).findOneBy({ sellerId });
  }

  /** The provider's news about a connected account; once payouts are enabled, transfers that waited for it are sent. */
  async updatePayoutAccount(state: ProviderAccount): Promise<OutcomeResult> {
    const accounts = this.txHost.tx.getRepository(PayoutAccount);
    const account = await accounts.findOne({
      where: { providerAccountId: state.providerAccountId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!account) return { applied: false, note: 'not one of our payout accounts' };
    Object.assign(account, state);
    await accounts.update(account.sellerId, {
      detailsSubmitted: state.detailsSubmitted,
      chargesEnabled: state.chargesEnabled,
      payoutsEnabled: state.payoutsEnabled,
    });
    if (account.payoutsEnabled) {
      const waiting = await this.txHost.tx
        .getRepository(PaymentTransfer)
        .find({ where: { sellerId: account.sellerId, status: 'AWAITING_ACCOUNT' }, order: { createdAt: 'ASC' } });
      for (const transfer of waiting) await this.send(transfer, await this.get(transfer.paymentId), account);
    }
    return { applied: true };
  }

  /**
   * Compares the ledger's provider:clearing movements, per (kind, reference, currency), with
   * what the provider's records say moved: succeeded payments in, transfers, refunds and
   * chargebacks out. Lists every difference; empty when ledger and provider agree.
   */
  async reconcile(): Promise<ReconciliationDifference[]> {
    const provider = await this.txHost.tx.query<{ kind: string; reference: string; currency: string; amount: string }[]>(
      `SELECT $1::text AS kind, checkout_id::text AS reference, currency, amount FROM payment WHERE status = 'SUCCEEDED'
       UNION ALL SELECT $2::text, order_id::text, currency, -amount FROM payment_transfer WHERE status = 'SENT'
       UNION ALL SELECT $3::text, reference, currency, -amount FROM payment_refund
       UNION ALL SELECT $4::text, provider_dispute_id, currency, -amount FROM payment_dispute`,
      [PAYMENT_LEDGER_KINDS.CAPTURE, PAYMENT_LEDGER_KINDS.TRANSFER, PAYMENT_LEDGER_KINDS.REFUND, PAYMENT_LEDGER_KINDS.CHARGEBACK],
    );
    const key = (kind: string, reference: string, currency: string) => `${kind}\u0000${reference}\u0000${currency}`;
    const rows = new Map<string, ReconciliationDifference>();
    const row = (kind: string, reference: string, currency: string) => {
      const k = key(kind, reference, currency.trim());
      let found = rows.get(k);
      if (!found) rows.set(k, (found = { kind, reference, currency: currency.trim(), ledgerAmount: 0, providerAmount: 0 }));
      return found;
    };
    for (const p of provider) row(p.kind, p.reference, p.currency).providerAmount += Number(p.amount);
    for (const m of await this.ledger.movements(LedgerAccounts.PROVIDER_CLEARING)) {
      row(m.kind, m.reference, m.currency).ledgerAmount += m.amount;
    }
    return [...rows.values()]
      .filter((r) => r.ledgerAmount !== r.providerAmount)
      .sort((a, b) => (a.kind + a.reference < b.kind + b.reference ? -1 : 1));
  }
}

function transferGroupOf(payment: Payment): string {
  return `checkout:${payment.checkoutId}`;
}
