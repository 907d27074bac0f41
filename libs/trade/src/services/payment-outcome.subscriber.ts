import { Injectable, Logger } from '@nestjs/common';
import { DomainError, JobHandler, JobQueue, money as moneyOf, OnEvent, Transactional, TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PaymentFailed, PaymentSucceeded, RefundService, TransferService } from '@allmende/payments';
import { Checkout } from '../entities/checkout.entity';
import { Order } from '../entities/order.entity';
import { checkoutMachine } from '../state/checkout-state';
import { orderMachine } from '../state/order-state';
import { OrderPaid } from '../events/order-events';
import { netByAccount } from './order-money';
import { OrderService } from './order.service';

const REFUND_LATE_PAYMENT = 'trade.refund-late-payment';

/** Where a late payment waits until it is refunded. */
const lateHolding = (checkout: Checkout) => `buyer:${checkout.buyerId}:payable`;

/**
 * What trade does when a checkout's payment settles, as subscriber of payments' events: the
 * orders become PAID and the capture is posted to the ledger split into every line's parts
 * (seller payable, platform fee, fair fund, donations), publishing OrderPaid per order; then,
 * outside that transaction, each seller is sent its share (a transfer saga per order).
 */
@Injectable()
export class TradePaymentSubscriber {
  private readonly logger = new Logger(TradePaymentSubscriber.name);

  constructor(
    private readonly txHost: TxHost,
    private readonly orders: OrderService,
    private readonly ledger: LedgerService,
    private readonly transfers: TransferService,
    private readonly refunds: RefundService,
    private readonly jobs: JobQueue,
  ) {}

  @OnEvent(PaymentSucceeded)
  async paymentSucceeded(event: PaymentSucceeded): Promise<void> {
    const manager = this.txHost.tx;
    const checkout = await this.lockCheckout(event.checkoutId);
    // Payments also serve others (membership shares, ...): a payment for no checkout is not trade's.
    if (!checkout || checkout.state === 'PAID') return;
    const money = (amount: number) => ({ amount, currency: checkout.currency });
    if (event.amount.amount !== checkout.totalAmount || event.amount.currency !== checkout.currency) {
      throw new DomainError(
        'PAYMENT_AMOUNT_MISMATCH',
        `Checkout ${checkout.id} is ${checkout.totalAmount} ${checkout.currency}; the payment was ${event.amount.amount} ${event.amount.currency}`,
      );
    }
    if (checkout.state !== 'PENDING_PAYMENT') {
      // Paid after the reservation expired or was cancelled: the stock is gone, so the money goes back in full.
      this.logger.warn(
        `Payment ${event.paymentId} arrived for ${checkout.state.toLowerCase()} checkout ${checkout.id}; refunding it`,
      );
      await this.ledger.post({
        kind: 'capture',
        reference: checkout.id,
        description: `Late payment of checkout ${checkout.id}, to be refunded`,
        entries: [
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(checkout.totalAmount) },
          { account: lateHolding(checkout), amount: money(-checkout.totalAmount) },
        ],
      });
      await this.jobs.enqueue(REFUND_LATE_PAYMENT, { checkoutId: checkout.id, paymentId: event.paymentId });
      return;
    }

    checkoutMachine.assert(checkout.state, 'PAID');
    const now = new Date();
    const orders = await manager.getRepository(Order).find({ where: { checkoutId: checkout.id }, order: { number: 'ASC' } });
    const entries: { account: string; amount: number }[] = [
      { account: LedgerAccounts.PROVIDER_CLEARING, amount: checkout.totalAmount },
    ];
    const payouts: { order: Order; amount: number }[] = [];
    for (const order of orders) {
      await orderMachine.transition(order, 'PAID');
      order.paidAt = now;
      let payout = 0;
      for (const part of await this.orders.partsOf(order)) {
        const account = OrderService.accountOf(order, part);
        entries.push({ account, amount: -part.amount });
        if (account === LedgerAccounts.sellerPayable(order.sellerId)) payout += part.amount;
      }
      payouts.push({ order, amount: payout });
    }
    await manager.getRepository(Order).save(orders);
    await manager.getRepository(Checkout).update({ id: checkout.id }, { state: 'PAID', paidAt: now, paymentId: event.paymentId });
    await this.ledger.post({
      kind: 'capture',
      reference: checkout.id,
      description: `Payment of checkout ${checkout.id} (${orders.length} orders)`,
      entries: netByAccount(entries).map((entry) => ({ account: entry.account, amount: money(entry.amount) })),
    });
    for (const { order, amount } of payouts) {
      await this.jobs.publish(
        new OrderPaid({
          orderId: order.id,
          checkoutId: checkout.id,
          sellerId: order.sellerId,
          paymentId: event.paymentId,
          sellerPayout: money(amount),
        }),
      );
    }
  }

  /** Sends the seller its share of a paid order (outside any transaction: the transfer saga commits its own steps). */
  @OnEvent(OrderPaid, { transaction: false })
  async payOutSeller(event: OrderPaid): Promise<void> {
    if (event.sellerPayout.amount <= 0) return;
    await this.transfers.transferToSeller({
      orderId: event.orderId,
      sellerId: event.sellerId,
      amount: event.sellerPayout,
      paymentId: event.paymentId,
    });
  }

  /** A payment that came after its reservation ran out goes back in full (refund `late-<checkoutId>`), then is posted. */
  @JobHandler(REFUND_LATE_PAYMENT)
  async refundLatePayment(data: { checkoutId: string; paymentId: string }): Promise<void> {
    const checkout = await this.txHost.tx.getRepository(Checkout).findOneByOrFail({ id: data.checkoutId });
    const reference = `late-${checkout.id}`;
    await this.refunds.refund({
      paymentId: data.paymentId,
      amount: moneyOf(checkout.totalAmount, checkout.currency),
      reference,
      reason: 'Reservation expired before payment',
    });
    await this.postLateRefund(checkout, reference);
  }

  @Transactional()
  private async postLateRefund(checkout: Checkout, reference: string): Promise<void> {
    const total = (amount: number) => moneyOf(amount, checkout.currency);
    await this.ledger.post({
      kind: 'refund',
      reference,
      description: `Refund of the late payment of checkout ${checkout.id}`,
      entries: [
        { account: lateHolding(checkout), amount: total(checkout.totalAmount) },
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: total(-checkout.totalAmount) },
      ],
    });
  }

  @OnEvent(PaymentFailed)
  async paymentFailed(event: PaymentFailed): Promise<void> {
    // The buyer may try again with another card until the reservation expires; keep the reason to show.
    await this.txHost.tx
      .getRepository(Checkout)
      .update({ id: event.checkoutId, state: 'PENDING_PAYMENT' }, { paymentError: event.reason });
  }

  private lockCheckout(id: string): Promise<Checkout | null> {
    return this.txHost.tx
      .getRepository(Checkout)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }
}
