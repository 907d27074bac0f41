import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  DomainError,
  JobHandler,
  JobQueue,
  JobRun,
  money,
  runSaga,
  SagaStep,
  Transactional,
  TxHost,
  Viewer,
} from '@allmende/core';
import { StockService } from '@allmende/catalog';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { RefundService, TransferService } from '@allmende/payments';
import { Checkout } from '../entities/checkout.entity';
import { Order } from '../entities/order.entity';
import { OrderRefund, RefundReason } from '../entities/order-refund.entity';
import { OrderRefunded } from '../events/order-events';
import { orderMachine } from '../state/order-state';
import { netByAccount, remainingParts, splitRefund } from './order-money';
import { OrderService } from './order.service';

const COMPLETE_REFUND = 'trade.complete-refund';
const REFUND_ATTEMPTS = 5;

interface RefundSaga {
  refund: OrderRefund;
  order: Order;
  paymentId: string;
}

/**
 * Money back on an order (the seller's refunds and the buyer's cancellation after payment), as
 * a saga run from the job queue: the refund is committed first (REQUESTED, its amount held on
 * the order so nothing is refunded twice), then the provider refunds with Idempotency-Key
 * `refund:<refundId>`, a transfer already sent to the seller is reversed by the seller's share
 * (`reversal:<refundId>`), and the ledger post and DONE are recorded last. Each call takes an
 * idempotency key: a repeat with the same key returns the same refund.
 */
@Injectable()
export class OrderRefundService {
  constructor(
    private readonly txHost: TxHost,
    private readonly orders: OrderService,
    private readonly ledger: LedgerService,
    private readonly refunds: RefundService,
    private readonly transfers: TransferService,
    private readonly jobs: JobQueue,
    private readonly stock: StockService,
  ) {}

  private get orderRefunds() {
    return this.txHost.tx.getRepository(OrderRefund);
  }

  async refundsOf(orderIds: readonly string[]): Promise<OrderRefund[]> {
    return orderIds.length ? this.orderRefunds.find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC' } }) : [];
  }

  /** The seller gives money back, with a reason; the order becomes REFUNDED when nothing is left to refund. */
  async refund(
    viewer: Viewer,
    id: string,
    request: { amount: { amount: number; currency: string }; reason: RefundReason; note: string; idempotencyKey: string },
  ): Promise<Order> {
    const refundId = await this.jobs.runAndAwaitStarted(() => this.requestSellerRefund(viewer, id, request));
    return this.outcomeOf(id, refundId);
  }

  /**
   * The buyer cancels until the order ships. Before payment that cancels the whole checkout
   * (one payment covers it) and releases its stock, posting nothing; after payment the order is
   * cancelled, its stock returns and what is left of its money goes back (a refund saga).
   */
  async cancel(viewer: Viewer, id: string, reason: string | null | undefined, idempotencyKey: string): Promise<Order> {
    const refundId = await this.jobs.runAndAwaitStarted(() => this.requestCancel(viewer, id, reason, idempotencyKey));
    return this.outcomeOf(id, refundId);
  }

  @Transactional()
  private async requestSellerRefund(
    viewer: Viewer,
    id: string,
    request: { amount: { amount: number; currency: string }; reason: RefundReason; note: string; idempotencyKey: string },
  ): Promise<string> {
    const order = await this.orders.lock(id);
    await this.orders.assertSeller(viewer, order, 'Only the seller can refund this order');
    const repeated = await this.orderRefunds.findOneBy({ orderId: id, idempotencyKey: request.idempotencyKey });
    if (repeated) return repeated.id;
    // A partial refund stays where it is, but may only start where a full one could.
    orderMachine.assert(order.state, 'REFUNDED');
    if (request.amount.currency !== order.currency) {
      throw new DomainError('CURRENCY_MISMATCH', `This order is in ${order.currency}, not ${request.amount.currency}`);
    }
    if (request.reason === 'OTHER' && !request.note.trim()) {
      throw new DomainError('BAD_USER_INPUT', 'Say why when the reason is OTHER', {
        fields: { note: ['is required for OTHER'] },
      });
    }
    return this.hold(order, request.amount.amount, request.reason, request.note, viewer.accountId, request.idempotencyKey);
  }

  @Transactional()
  private async requestCancel(
    viewer: Viewer,
    id: string,
    reason: string | null | undefined,
    idempotencyKey: string,
  ): Promise<string | null> {
    const order = await this.orders.find(id);
    this.orders.assertBuyer(viewer, order, 'Only the buyer can cancel this order');
    const why = reason?.trim() || 'Cancelled by the buyer';
    const repeated = await this.orderRefunds.findOneBy({ orderId: id, idempotencyKey });
    if (repeated) return repeated.id;
    if (order.state === 'CANCELLED') return null;
    if (order.state === 'PENDING_PAYMENT') {
      await this.orders.releaseCheckout(order.checkoutId, 'CANCELLED', why);
      return null;
    }
    const locked = await this.orders.lock(id);
    await orderMachine.transition(locked, 'CANCELLED');
    locked.cancelledAt = new Date();
    locked.cancelReason = why;
    const remaining = locked.totalAmount - locked.refundedAmount;
    const refundId =
      remaining > 0 ? await this.hold(locked, remaining, 'CANCELLED', reason ?? '', viewer.accountId, idempotencyKey) : null;
    await this.txHost.tx.getRepository(Order).update(locked.id, {
      state: locked.state,
      cancelledAt: locked.cancelledAt,
      cancelReason: locked.cancelReason,
    });
    await this.stock.release(await this.orders.linesOf([locked.id]));
    return refundId;
  }

  /**
   * The saga's first step, in the caller's transaction: the refund row (REQUESTED), split over
   * what remains of the order's parts by the largest remainder, its amount held on the order,
   * and the job that carries the refund through. Checked before anything is written.
   */
  private async hold(
    order: Order,
    amount: number,
    reason: RefundReason,
    note: string,
    by: string,
    idempotencyKey: string,
  ): Promise<string> {
    const checkout = await this.txHost.tx.getRepository(Checkout).findOneByOrFail({ id: order.checkoutId });
    if (!checkout.paymentId) throw new DomainError('NOT_PAID', 'This order has no payment to refund');
    const previous = (await this.refundsOf([order.id])).filter((refund) => refund.status !== 'FAILED');
    const split = splitRefund(
      amount,
      remainingParts(
        await this.orders.partsOf(order),
        previous.map((refund) => refund.parts),
      ),
    );
    const refund = await this.orderRefunds.save(
      this.orderRefunds.create({
        orderId: order.id,
        amount,
        reason,
        note: note.trim(),
        parts: split,
        createdBy: by,
        status: 'REQUESTED',
        idempotencyKey,
      }),
    );
    await this.txHost.tx.getRepository(Order).update(order.id, { refundedAmount: order.refundedAmount + amount });
    await this.jobs.enqueue(COMPLETE_REFUND, { refundId: refund.id });
    return refund.id;
  }

  /** The order after its refund's saga ran here; a refund the provider refused is the caller's error. */
  private async outcomeOf(orderId: string, refundId: string | null): Promise<Order> {
    if (refundId) {
      const refund = await this.orderRefunds.findOneByOrFail({ id: refundId });
      if (refund.status === 'FAILED') {
        throw new DomainError('REFUND_FAILED', refund.failureReason ?? 'The payment provider refused the refund');
      }
    }
    return this.orders.find(orderId);
  }

  /** Carries a refund through (the queue retries it after any failure; every step is idempotent). */
  @JobHandler(COMPLETE_REFUND, { retryLimit: REFUND_ATTEMPTS, retryDelaySeconds: 2 })
  async completeRefund(data: { refundId: string }, run: JobRun): Promise<void> {
    const refund = await this.orderRefunds.findOneBy({ id: data.refundId });
    if (!refund || refund.status !== 'REQUESTED') return;
    const order = await this.orders.find(refund.orderId);
    const checkout = await this.txHost.tx.getRepository(Checkout).findOneByOrFail({ id: order.checkoutId });
    await runSaga(
      this.refundSteps,
      { refund, order, paymentId: checkout.paymentId! },
      { lastAttempt: run.attempt >= REFUND_ATTEMPTS },
    ).catch((error: unknown) => {
      // Refused for good and compensated: the refund shows as FAILED; nothing to retry.
      if (!(error instanceof DomainError)) throw error;
    });
  }

  private readonly refundSteps: SagaStep<RefundSaga>[] = [
    {
      name: 'hold the refund on the order',
      action: async () => {},
      compensate: ({ refund }) => this.release(refund.id, 'The payment provider refused the refund'),
    },
    {
      name: 'refund the buyer',
      action: async ({ refund, order, paymentId }) => {
        await this.refunds.refund({
          paymentId,
          amount: money(refund.amount, order.currency),
          reference: refund.id,
          reason: refund.note ? `${refund.reason}: ${refund.note}` : refund.reason,
        });
      },
    },
    {
      name: "take the seller's share back from a sent transfer",
      action: async ({ refund, order }) => {
        const sellerShare = await this.sellerShareOf(order, refund);
        await this.transfers.reverseForRefund({
          orderId: order.id,
          refundReference: refund.id,
          amount: money(sellerShare, order.currency),
        });
      },
    },
    { name: 'record the refund', action: ({ refund }) => this.record(refund.id) },
  ];

  /** The part of a refund that was the seller's (booked to their payable), which a sent transfer gives back. */
  private async sellerShareOf(order: Order, refund: OrderRefund): Promise<number> {
    const seller = LedgerAccounts.sellerPayable(order.sellerId);
    const parts = new Map((await this.orders.partsOf(order)).map((part) => [part.key, part]));
    return Object.entries(refund.parts)
      .filter(([key]) => OrderService.accountOf(order, parts.get(key)!) === seller)
      .reduce((sum, [, value]) => sum + value, 0);
  }

  /** Reverses the refund in the ledger and marks it DONE; the order is REFUNDED once nothing is left. */
  @Transactional()
  private async record(refundId: string): Promise<void> {
    const refund = await this.orderRefunds.findOneOrFail({ where: { id: refundId }, lock: { mode: 'pessimistic_write' } });
    if (refund.status !== 'REQUESTED') return;
    const order = await this.orders.lock(refund.orderId);
    const parts = await this.orders.partsOf(order);
    const byKey = new Map(parts.map((part) => [part.key, part]));
    const amountOf = (value: number) => money(value, order.currency);
    await this.ledger.post({
      kind: 'refund',
      reference: refund.id,
      description: `Refund on order ${order.number} (${refund.reason})`,
      entries: netByAccount([
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: -refund.amount },
        ...Object.entries(refund.parts).map(([key, value]) => ({
          account: OrderService.accountOf(order, byKey.get(key)!),
          amount: value,
        })),
      ]).map((entry) => ({ account: entry.account, amount: amountOf(entry.amount) })),
    });
    const paymentRefund = await this.refunds.byReference(refund.id);
    await this.orderRefunds.update(refund.id, { status: 'DONE', providerRefundId: paymentRefund?.id ?? null });
    if (order.refundedAmount === order.totalAmount && order.state !== 'CANCELLED' && order.state !== 'REFUNDED') {
      await orderMachine.transition(order, 'REFUNDED');
      await this.txHost.tx.getRepository(Order).update(order.id, { state: order.state });
    }
    await this.jobs.publish(new OrderRefunded({ orderId: order.id, refundId: refund.id, amount: amountOf(refund.amount) }));
  }

  /** The compensation: the refund is FAILED and its amount no longer held on the order. */
  @Transactional()
  private async release(refundId: string, reason: string): Promise<void> {
    const refund = await this.orderRefunds.findOneOrFail({ where: { id: refundId }, lock: { mode: 'pessimistic_write' } });
    if (refund.status !== 'REQUESTED') return;
    const order = await this.orders.lock(refund.orderId);
    await this.orderRefunds.update(refund.id, { status: 'FAILED', failureReason: reason });
    await this.txHost.tx.getRepository(Order).update(order.id, { refundedAmount: order.refundedAmount - refund.amount });
  }
}
