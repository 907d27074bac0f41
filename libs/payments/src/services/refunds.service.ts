import { Inject, Injectable } from '@nestjs/common';
import { DomainError, JobQueue, Money, money, NotFoundError, Transactional, TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { Payment } from '../entities/payment.entity';
import { PaymentDispute } from '../entities/payment-dispute.entity';
import { PaymentRefund } from '../entities/payment-refund.entity';
import { PaymentDisputed } from '../events/payment-events';
import { PAYMENT_PROVIDER, PaymentProvider } from '../provider/payment-provider';
import { PAYMENT_LEDGER_KINDS } from './payment-ledger-kinds';
import type { OutcomeResult } from './payments.service';

/** Money going back to the buyer: refunds we make, refunds made at the provider, and chargebacks. */
@Injectable()
export class RefundService {
  constructor(
    private readonly txHost: TxHost,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly ledger: LedgerService,
    private readonly jobs: JobQueue,
  ) {}

  private get refunds() {
    return this.txHost.tx.getRepository(PaymentRefund);
  }

  /**
   * Gives money back to the buyer, as a saga: the refund row (REQUESTED) is committed first,
   * the provider called with Idempotency-Key `refund:<reference>`, the answer recorded in a
   * second transaction. Idempotent by reference: a repeat (after a crash, a retry) calls the
   * provider again with the same key, which refunds once. Refuses more than is left
   * (REFUND_EXCEEDS_PAYMENT) before anything is written; a refusal by the provider marks the
   * refund FAILED and is thrown. The ledger post is the caller's (kind `refund`, this reference).
   */
  async refund(input: { paymentId: string; amount: Money; reference: string; reason: string }): Promise<{ refundId: string }> {
    const { refund, payment } = await this.recordIntent(input);
    if (refund.status === 'SUCCEEDED') return { refundId: refund.id };
    let providerRefundId: string | null;
    try {
      ({ providerRefundId } = await this.provider.createRefund({
        providerPaymentId: payment.providerPaymentId ?? '',
        amount: refund.total,
        reference: refund.reference,
        reason: refund.reason,
        idempotencyKey: `refund:${refund.reference}`,
      }));
    } catch (error) {
      if (error instanceof DomainError) await this.refunds.update(refund.id, { status: 'FAILED', failureReason: error.message });
      throw error;
    }
    await this.refunds
      .createQueryBuilder()
      .update()
      .set({ status: 'SUCCEEDED', providerRefundId })
      .where(`id = :id AND status <> 'SUCCEEDED'`, { id: refund.id })
      .execute();
    return { refundId: refund.id };
  }

  @Transactional()
  private async recordIntent(input: {
    paymentId: string;
    amount: Money;
    reference: string;
    reason: string;
  }): Promise<{ refund: PaymentRefund; payment: Payment }> {
    const payment = await this.txHost.tx
      .getRepository(Payment)
      .findOne({ where: { id: input.paymentId }, lock: { mode: 'pessimistic_write' } });
    if (!payment) throw new NotFoundError('Payment', input.paymentId);
    const existing = await this.refunds.findOneBy({ reference: input.reference });
    if (existing) {
      if (existing.paymentId !== payment.id) {
        throw new DomainError('REFUND_REFERENCE_REUSED', `Refund reference ${input.reference} belongs to another payment`);
      }
      if (existing.status === 'FAILED') {
        throw new DomainError('REFUND_FAILED', `Refund ${input.reference} was refused: ${existing.failureReason ?? ''}`);
      }
      return { refund: existing, payment };
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
    const refund = await this.refunds.save(
      this.refunds.create({
        paymentId: payment.id,
        reference: input.reference,
        amount: amount.amount,
        currency: amount.currency,
        reason: input.reason,
        status: 'REQUESTED',
        providerRefundId: null,
      }),
    );
    return { refund, payment };
  }

  byReference(reference: string): Promise<PaymentRefund | null> {
    return this.refunds.findOneBy({ reference });
  }

  /** What can still be refunded: the payment less refunds (made or under way) and chargebacks still open or lost. */
  async refundable(payment: Payment): Promise<number> {
    const [{ taken }] = await this.txHost.tx.query<{ taken: string }[]>(
      `SELECT (SELECT coalesce(sum(amount), 0) FROM payment_refund WHERE payment_id = $1 AND status <> 'FAILED')
            + (SELECT coalesce(sum(amount), 0) FROM payment_dispute WHERE payment_id = $1 AND status <> 'WON') AS taken`,
      [payment.id],
    );
    return payment.amount - Number(taken);
  }

  /**
   * `charge.refunded`: a refund of ours is confirmed; one made at the provider outside Allmende
   * (the dashboard) is recorded under reference `provider:<id>` and posted against the platform's
   * disputes account, so the ledger matches the provider and staff see it there.
   */
  async providerRefunded(
    payment: Payment,
    refunds: { providerRefundId: string; amount: number; reference: string | null }[],
  ): Promise<OutcomeResult> {
    let applied = false;
    for (const seen of refunds) {
      const ours = seen.reference
        ? await this.refunds.findOneBy({ reference: seen.reference })
        : await this.refunds.findOneBy({ providerRefundId: seen.providerRefundId });
      if (ours) {
        if (ours.status !== 'SUCCEEDED') {
          await this.refunds.update(ours.id, { status: 'SUCCEEDED', providerRefundId: seen.providerRefundId });
          applied = true;
        }
        continue;
      }
      const reference = `provider:${seen.providerRefundId}`;
      await this.refunds.save(
        this.refunds.create({
          paymentId: payment.id,
          reference,
          amount: seen.amount,
          currency: payment.currency,
          reason: 'Refunded at the payment provider',
          status: 'SUCCEEDED',
          providerRefundId: seen.providerRefundId,
        }),
      );
      await this.ledger.post({
        kind: PAYMENT_LEDGER_KINDS.REFUND,
        reference,
        description: `Refund made at the provider on payment ${payment.id}`,
        entries: [
          { account: LedgerAccounts.PLATFORM_DISPUTES, amount: money(seen.amount, payment.currency) },
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(-seen.amount, payment.currency) },
        ],
      });
      applied = true;
    }
    return applied ? { applied: true } : { applied: false, note: 'every refund already recorded' };
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

  /** `charge.dispute.closed`: won gives the money back (the chargeback reversed in the ledger), lost keeps it. */
  async closeDispute(providerDisputeId: string, status: 'WON' | 'LOST'): Promise<OutcomeResult> {
    const disputes = this.txHost.tx.getRepository(PaymentDispute);
    const dispute = await disputes.findOne({ where: { providerDisputeId }, lock: { mode: 'pessimistic_write' } });
    if (!dispute) return { applied: false, note: `dispute ${providerDisputeId} is not recorded` };
    if (dispute.status !== 'OPEN') return { applied: false, note: `dispute already ${dispute.status}` };
    await disputes.update(dispute.id, { status });
    if (status === 'WON') {
      const amount = money(dispute.amount, dispute.currency);
      await this.ledger.post({
        kind: PAYMENT_LEDGER_KINDS.CHARGEBACK_REVERSAL,
        reference: providerDisputeId,
        description: `Dispute ${providerDisputeId} won: the money is back`,
        entries: [
          { account: LedgerAccounts.PROVIDER_CLEARING, amount },
          { account: LedgerAccounts.PLATFORM_DISPUTES, amount: money(-amount.amount, amount.currency) },
        ],
      });
    }
    return { applied: true };
  }
}
