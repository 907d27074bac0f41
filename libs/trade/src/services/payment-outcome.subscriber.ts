import { Injectable, Logger } from '@nestjs/common';
import { DomainError, OnEvent, TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PaymentFailed, PaymentsService, PaymentSucceeded } from '@allmende/payments';
import { Checkout } from '../entities/checkout.entity';
import { Order } from '../entities/order.entity';
import { checkoutMachine } from '../state/checkout-state';
import { orderMachine } from '../state/order-state';
import { netByAccount } from './order-money';
import { OrderService } from './order.service';

/**
 * What trade does when a checkout's payment settles, as subscriber of payments' events: the
 * orders become PAID, the capture is posted to the ledger split into every line's parts
 * (seller payable, platform fee, fair fund, donations), and each seller is sent its share.
 */
@Injectable()
export class TradePaymentSubscriber {
  private readonly logger = new Logger(TradePaymentSubscriber.name);

  constructor(
    private readonly txHost: TxHost,
    private readonly orders: OrderService,
    private readonly ledger: LedgerService,
    private readonly payments: PaymentsService,
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
      const holding = `buyer:${checkout.buyerId}:payable`;
      await this.ledger.post({
        kind: 'capture',
        reference: checkout.id,
        description: `Late payment of checkout ${checkout.id}, to be refunded`,
        entries: [
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(checkout.totalAmount) },
          { account: holding, amount: money(-checkout.totalAmount) },
        ],
      });
      const reference = `late-${checkout.id}`;
      await this.payments.refund({
        paymentId: event.paymentId,
        amount: event.amount,
        reference,
        reason: 'Reservation expired before payment',
      });
      await this.ledger.post({
        kind: 'refund',
        reference,
        description: `Refund of the late payment of checkout ${checkout.id}`,
        entries: [
          { account: holding, amount: money(checkout.totalAmount) },
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: money(-checkout.totalAmount) },
        ],
      });
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
      if (amount > 0) {
        await this.payments.transferToSeller({
          orderId: order.id,
          sellerId: order.sellerId,
          amount: money(amount),
          paymentId: event.paymentId,
        });
      }
    }
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
