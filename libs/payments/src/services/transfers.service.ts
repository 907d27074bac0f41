import { Inject, Injectable } from '@nestjs/common';
import { DomainError, Money, money, NotFoundError, OnEvent, Transactional, TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { Payment } from '../entities/payment.entity';
import { PaymentTransfer } from '../entities/payment-transfer.entity';
import { PayoutAccountReady } from '../events/payment-events';
import { PAYMENT_PROVIDER, PaymentProvider } from '../provider/payment-provider';
import { transferMachine } from '../state/transfer-state';
import { PAYMENT_LEDGER_KINDS } from './payment-ledger-kinds';
import { PayoutAccountService } from './payout-accounts.service';
import { transferGroupOf } from './payments.service';

/**
 * A seller order's share of a succeeded payment, paid out as a saga: the transfer row is
 * committed first (its order id makes the Idempotency-Key `transfer:<orderId>`), the provider
 * is called outside any transaction, and the answer and the ledger post are recorded in a
 * second one. Run again after any failure, it sends nothing twice.
 */
@Injectable()
export class TransferService {
  constructor(
    private readonly txHost: TxHost,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly ledger: LedgerService,
    private readonly payoutAccounts: PayoutAccountService,
  ) {}

  private get transfers() {
    return this.txHost.tx.getRepository(PaymentTransfer);
  }

  /**
   * Pays the seller's share with the payment's transfer_group and posts `transfer`/<orderId>
   * (seller payable debited, provider clearing credited). A seller not yet onboarded gets it
   * once onboarding completes. Idempotent by order.
   */
  async transferToSeller(input: {
    orderId: string;
    sellerId: string;
    amount: Money;
    paymentId: string;
  }): Promise<{ transferId: string }> {
    const transfer = await this.recordIntent(input);
    await this.send(transfer);
    return { transferId: transfer.id };
  }

  /** The transfer of an order, if any. */
  ofOrder(orderId: string): Promise<PaymentTransfer | null> {
    return this.transfers.findOneBy({ orderId });
  }

  /**
   * Takes `amount` of a sent transfer back from the seller (a refund after payout), with
   * Idempotency-Key `reversal:<refundReference>`, and posts `transfer_reversal`/<reference>.
   * Nothing to do when the order's transfer has not gone out (the refund's ledger post then
   * takes it from the seller's payable). Idempotent by reference.
   */
  async reverseForRefund(input: { orderId: string; refundReference: string; amount: Money }): Promise<void> {
    const transfer = await this.ofOrder(input.orderId);
    if (!transfer || transfer.status !== 'SENT' || input.amount.amount <= 0) return;
    if (await this.ledger.find(PAYMENT_LEDGER_KINDS.TRANSFER_REVERSAL, input.refundReference)) return;
    const amount = Math.min(input.amount.amount, transfer.amount - transfer.reversedAmount);
    if (amount <= 0) return;
    if (transfer.providerTransferId) {
      await this.provider.reverseTransfer({
        providerTransferId: transfer.providerTransferId,
        amount: money(amount, transfer.currency),
        idempotencyKey: `reversal:${input.refundReference}`,
      });
    }
    await this.recordReversal(transfer.id, input.refundReference, amount);
  }

  @Transactional()
  private async recordReversal(transferId: string, reference: string, amount: number): Promise<void> {
    const transfer = await this.transfers.findOneOrFail({ where: { id: transferId }, lock: { mode: 'pessimistic_write' } });
    const reversal = money(amount, transfer.currency);
    const { created } = await this.ledger.post({
      kind: PAYMENT_LEDGER_KINDS.TRANSFER_REVERSAL,
      reference,
      description: `Reversal of the transfer for order ${transfer.orderId}`,
      entries: [
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: reversal },
        { account: LedgerAccounts.sellerPayable(transfer.sellerId), amount: money(-amount, transfer.currency) },
      ],
    });
    if (!created) return;
    await this.transfers.update(transfer.id, { reversedAmount: transfer.reversedAmount + amount });
    await this.txHost.tx.query(`UPDATE payment_refund SET transfer_reversed_amount = $2 WHERE reference = $1`, [
      reference,
      amount,
    ]);
  }

  /** Once a seller can receive transfers, the ones that waited for it go out. */
  @OnEvent(PayoutAccountReady, { transaction: false })
  async sendWaiting(event: PayoutAccountReady): Promise<void> {
    const waiting = await this.transfers.find({
      where: { sellerId: event.sellerId, status: 'AWAITING_ACCOUNT' },
      order: { createdAt: 'ASC' },
    });
    for (const transfer of waiting) await this.send(transfer);
  }

  /** The intent, committed before any call: checked against the payment, idempotent by order. */
  @Transactional()
  private async recordIntent(input: { orderId: string; sellerId: string; amount: Money; paymentId: string }) {
    const existing = await this.transfers.findOneBy({ orderId: input.orderId });
    if (existing) return existing;
    const payment = await this.txHost.tx
      .getRepository(Payment)
      .findOne({ where: { id: input.paymentId }, lock: { mode: 'pessimistic_write' } });
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
    const ready = this.provider.name === 'OFFLINE' || (await this.payoutAccounts.payoutAccountOf(input.sellerId))?.payoutsEnabled;
    return this.transfers.save(
      this.transfers.create({
        paymentId: payment.id,
        orderId: input.orderId,
        sellerId: input.sellerId,
        amount: amount.amount,
        currency: amount.currency,
        status: ready ? 'REQUESTED' : 'AWAITING_ACCOUNT',
        providerTransferId: null,
        sentAt: null,
      }),
    );
  }

  /** Calls the provider for a transfer that may go, then records the answer; does nothing for a sent one. */
  private async send(transfer: PaymentTransfer): Promise<void> {
    if (transfer.status === 'SENT') return;
    const account = await this.payoutAccounts.payoutAccountOf(transfer.sellerId);
    if (!account?.payoutsEnabled && this.provider.name !== 'OFFLINE') return;
    const payment = await this.txHost.tx.getRepository(Payment).findOneByOrFail({ id: transfer.paymentId });
    const { providerTransferId } = await this.provider.createTransfer({
      orderId: transfer.orderId,
      paymentId: payment.id,
      destination: account?.providerAccountId ?? `offline_${transfer.sellerId}`,
      amount: { amount: transfer.amount, currency: transfer.currency },
      transferGroup: transferGroupOf(payment),
      idempotencyKey: `transfer:${transfer.orderId}`,
    });
    await this.recordSent(transfer.id, providerTransferId);
  }

  /** The provider's answer and the ledger post, in one transaction; a second recording changes nothing. */
  @Transactional()
  private async recordSent(transferId: string, providerTransferId: string | null): Promise<void> {
    const transfer = await this.transfers.findOneOrFail({ where: { id: transferId }, lock: { mode: 'pessimistic_write' } });
    if (transfer.status === 'SENT') return;
    transferMachine.assert(transfer.status, 'SENT');
    await this.transfers.update(transfer.id, { status: 'SENT', providerTransferId, sentAt: new Date() });
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
}
