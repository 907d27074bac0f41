import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  Connection,
  DomainError,
  ForbiddenError,
  keysetPage,
  NotFoundError,
  Transactional,
  TxHost,
  Viewer,
} from '@allmende/core';
import { SellerService, StockService } from '@allmende/catalog';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PaymentsService } from '@allmende/payments';
import { Checkout } from '../entities/checkout.entity';
import { Order, OrderLine } from '../entities/order.entity';
import { OrderRefund, RefundReason, SellerRating, SellerRatingValue } from '../entities/order-refund.entity';
import { checkoutMachine, CheckoutState } from '../state/checkout-state';
import { orderMachine, OrderState, RATEABLE_ORDER_STATES } from '../state/order-state';
import { MoneyPart, netByAccount, orderParts, remainingParts, splitRefund } from './order-money';

export interface SellerRatingSummary {
  positive: number;
  neutral: number;
  negative: number;
  /** Positive ratings among positive and negative ones (neutral ones count neither way); null without any. */
  positiveShare: number | null;
}

/** How long after shipping an order counts as delivered, and after delivery as completed, unless the buyer says so first. */
export const ASSUME_DELIVERED_AFTER_DAYS = 21;
export const COMPLETE_AFTER_DAYS = 14;
const DAY = 24 * 3600 * 1000;

/** The life of seller orders after checkout: payment, shipping, delivery, cancellation, refunds and ratings. */
@Injectable()
export class OrderService {
  constructor(
    private readonly txHost: TxHost,
    private readonly sellers: SellerService,
    private readonly ledger: LedgerService,
    private readonly payments: PaymentsService,
    private readonly stock: StockService,
  ) {}

  private get orders() {
    return this.txHost.tx.getRepository(Order);
  }

  /** An order the viewer may see: its buyer's, its seller's (or staff). */
  async get(viewer: Viewer, id: string): Promise<Order> {
    const order = await this.find(id);
    if (order.buyerId === viewer.accountId || viewer.platformRole === 'STAFF') return order;
    await this.assertSeller(viewer, order, 'Only the buyer or the seller can see this order');
    return order;
  }

  async buyerOrders(viewer: Viewer, first: number, after?: string | null): Promise<Connection<Order>> {
    return this.page({ buyerId: viewer.accountId }, first, after);
  }

  async sellerOrders(
    viewer: Viewer,
    organisationId: string | null | undefined,
    state: OrderState | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<Order>> {
    const { sellerId } = await this.sellers.sellerFor(viewer, organisationId);
    return this.page({ sellerId, state: state ?? undefined }, first, after);
  }

  async linesOf(orderIds: readonly string[]): Promise<OrderLine[]> {
    return orderIds.length
      ? this.txHost.tx.getRepository(OrderLine).find({ where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } })
      : [];
  }

  async refundsOf(orderIds: readonly string[]): Promise<OrderRefund[]> {
    return orderIds.length
      ? this.txHost.tx.getRepository(OrderRefund).find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC' } })
      : [];
  }

  async ratingsOf(orderIds: readonly string[]): Promise<SellerRating[]> {
    return orderIds.length ? this.txHost.tx.getRepository(SellerRating).findBy({ orderId: In([...orderIds]) }) : [];
  }

  async checkoutsOf(ids: readonly string[]): Promise<Checkout[]> {
    return ids.length ? this.txHost.tx.getRepository(Checkout).findBy({ id: In([...ids]) }) : [];
  }

  @Transactional()
  async markShipped(viewer: Viewer, id: string, carrier?: string | null, trackingCode?: string | null): Promise<Order> {
    const order = await this.lock(id);
    await this.assertSeller(viewer, order, 'Only the seller can mark this order shipped');
    await orderMachine.transition(order, 'SHIPPED');
    order.shippedAt = new Date();
    order.carrier = carrier?.trim() || null;
    order.trackingCode = trackingCode?.trim() || null;
    return this.orders.save(order);
  }

  @Transactional()
  async confirmDelivery(viewer: Viewer, id: string): Promise<Order> {
    const order = await this.lock(id);
    this.assertBuyer(viewer, order, 'Only the buyer can confirm delivery');
    await orderMachine.transition(order, 'DELIVERED');
    order.deliveredAt = new Date();
    return this.orders.save(order);
  }

  /**
   * The buyer cancels until the order ships. Before payment that cancels the whole checkout
   * (one payment covers it) and releases its stock, posting nothing; after payment the order's
   * money goes back (a refund, reversed in the ledger) and its stock returns.
   */
  @Transactional()
  async cancel(viewer: Viewer, id: string, reason?: string | null): Promise<Order> {
    const order = await this.find(id);
    this.assertBuyer(viewer, order, 'Only the buyer can cancel this order');
    if (order.state === 'PENDING_PAYMENT') {
      await this.releaseCheckout(order.checkoutId, 'CANCELLED', reason?.trim() || 'Cancelled by the buyer');
      return this.find(id);
    }
    const locked = await this.lock(id);
    orderMachine.assert(locked.state, 'CANCELLED');
    const remaining = locked.totalAmount - locked.refundedAmount;
    if (remaining > 0) await this.giveBack(locked, remaining, 'CANCELLED', reason ?? '', viewer.accountId);
    await orderMachine.transition(locked, 'CANCELLED');
    locked.cancelledAt = new Date();
    locked.cancelReason = reason?.trim() || 'Cancelled by the buyer';
    await this.stock.release(await this.linesOf([locked.id]));
    return this.orders.save(locked);
  }

  /** The seller gives money back, with a reason; the order becomes REFUNDED when nothing is left to refund. */
  @Transactional()
  async refund(
    viewer: Viewer,
    id: string,
    amount: { amount: number; currency: string },
    reason: RefundReason,
    note: string,
  ): Promise<Order> {
    const order = await this.lock(id);
    await this.assertSeller(viewer, order, 'Only the seller can refund this order');
    // A partial refund stays where it is, but may only start where a full one could.
    orderMachine.assert(order.state, 'REFUNDED');
    if (amount.currency !== order.currency) {
      throw new DomainError('CURRENCY_MISMATCH', `This order is in ${order.currency}, not ${amount.currency}`);
    }
    if (reason === 'OTHER' && !note.trim()) {
      throw new DomainError('BAD_USER_INPUT', 'Say why when the reason is OTHER', {
        fields: { note: ['is required for OTHER'] },
      });
    }
    await this.giveBack(order, amount.amount, reason, note, viewer.accountId);
    if (order.refundedAmount === order.totalAmount) await orderMachine.transition(order, 'REFUNDED');
    return this.orders.save(order);
  }

  @Transactional()
  async rate(viewer: Viewer, id: string, rating: SellerRatingValue, comment: string): Promise<SellerRating> {
    const order = await this.lock(id);
    this.assertBuyer(viewer, order, 'Only the buyer can rate the seller of this order');
    if (!RATEABLE_ORDER_STATES.includes(order.state)) {
      throw new DomainError('ORDER_NOT_DELIVERED', 'You can rate the seller once the order has been delivered');
    }
    const ratings = this.txHost.tx.getRepository(SellerRating);
    if (await ratings.existsBy({ orderId: id })) throw new DomainError('ALREADY_RATED', 'You have already rated this order');
    return ratings.save(
      ratings.create({ orderId: id, sellerId: order.sellerId, buyerId: viewer.accountId, rating, comment: comment.trim() }),
    );
  }

  async ratingSummary(sellerId: string): Promise<SellerRatingSummary> {
    const rows = await this.txHost.tx
      .getRepository(SellerRating)
      .createQueryBuilder('r')
      .select('r.rating', 'rating')
      .addSelect('count(*)::int', 'count')
      .where('r.seller_id = :sellerId', { sellerId })
      .groupBy('r.rating')
      .getRawMany<{ rating: SellerRatingValue; count: number }>();
    const count = (value: SellerRatingValue) => rows.find((row) => row.rating === value)?.count ?? 0;
    const positive = count('POSITIVE');
    const negative = count('NEGATIVE');
    return {
      positive,
      neutral: count('NEUTRAL'),
      negative,
      positiveShare: positive + negative ? positive / (positive + negative) : null,
    };
  }

  /** Cancels a checkout's unpaid orders and releases their stock; nothing is posted, as no money moved. */
  async releaseCheckout(checkoutId: string, to: Extract<CheckoutState, 'EXPIRED' | 'CANCELLED'>, reason: string): Promise<void> {
    const manager = this.txHost.tx;
    const checkout = await manager
      .getRepository(Checkout)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :checkoutId', { checkoutId })
      .getOneOrFail();
    checkoutMachine.assert(checkout.state, to);
    const orders = await this.orders.findBy({ checkoutId });
    const now = new Date();
    for (const order of orders) {
      await orderMachine.transition(order, 'CANCELLED');
      order.cancelledAt = now;
      order.cancelReason = reason;
    }
    await this.orders.save(orders);
    await this.stock.release(await this.linesOf(orders.map((order) => order.id)));
    await manager.getRepository(Checkout).update({ id: checkoutId }, { state: to });
  }

  /** Shipped orders nobody confirmed count as delivered after a while, and delivered ones complete. Returns how many moved. */
  @Transactional()
  async advanceTimers(now: Date): Promise<number> {
    const delivered = await this.orders
      .createQueryBuilder()
      .update()
      .set({ state: 'DELIVERED', deliveredAt: now })
      .where(`state IN (:...from) AND shipped_at <= :before`, {
        from: orderMachine.sourcesOf('DELIVERED', ['SHIPPED']),
        before: new Date(now.getTime() - ASSUME_DELIVERED_AFTER_DAYS * DAY),
      })
      .execute();
    const completed = await this.orders
      .createQueryBuilder()
      .update()
      .set({ state: 'COMPLETED', completedAt: now })
      .where(`state IN (:...from) AND delivered_at <= :before`, {
        from: orderMachine.sourcesOf('COMPLETED', ['DELIVERED']),
        before: new Date(now.getTime() - COMPLETE_AFTER_DAYS * DAY),
      })
      .execute();
    return (delivered.affected ?? 0) + (completed.affected ?? 0);
  }

  /** The parts of an order's money, for the ledger and refund splits. */
  async partsOf(order: Order): Promise<MoneyPart[]> {
    return orderParts(await this.linesOf([order.id]), order.shippingAmount);
  }

  /** The ledger account each part of an order's money is booked to. */
  static accountOf(order: Order, part: MoneyPart): string {
    switch (part.kind) {
      case 'SELLER':
      case 'SHIPPING':
        return LedgerAccounts.sellerPayable(order.sellerId);
      case 'FEE':
        return LedgerAccounts.PLATFORM_FEES;
      case 'FAIR_FUND':
        return LedgerAccounts.FAIR_FUND;
      case 'DONATION':
        return part.organisationId
          ? LedgerAccounts.ngoDonations(part.organisationId)
          : LedgerAccounts.sellerPayable(order.sellerId);
    }
  }

  /**
   * Refunds `amount` of an order through the provider and reverses it in the ledger, split over
   * what remains of the order's parts by the largest remainder (checked before anything is written).
   */
  private async giveBack(order: Order, amount: number, reason: RefundReason, note: string, by: string): Promise<void> {
    const manager = this.txHost.tx;
    const parts = await this.partsOf(order);
    const previous = await this.refundsOf([order.id]);
    const split = splitRefund(
      amount,
      remainingParts(
        parts,
        previous.map((refund) => refund.parts),
      ),
    );
    const checkout = await manager.getRepository(Checkout).findOneByOrFail({ id: order.checkoutId });
    if (!checkout.paymentId) throw new DomainError('NOT_PAID', 'This order has no payment to refund');
    const refunds = manager.getRepository(OrderRefund);
    const refund = await refunds.save(
      refunds.create({ orderId: order.id, amount, reason, note: note.trim(), parts: split, createdBy: by }),
    );
    const money = (value: number) => ({ amount: value, currency: order.currency });
    const { refundId } = await this.payments.refund({
      paymentId: checkout.paymentId,
      amount: money(amount),
      reference: refund.id,
      reason: note.trim() ? `${reason}: ${note.trim()}` : reason,
    });
    await refunds.update({ id: refund.id }, { providerRefundId: refundId });
    const byKey = new Map(parts.map((part) => [part.key, part]));
    await this.ledger.post({
      kind: 'refund',
      reference: refund.id,
      description: `Refund on order ${order.number} (${reason})`,
      entries: netByAccount([
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: -amount },
        ...Object.entries(split).map(([key, value]) => ({
          account: OrderService.accountOf(order, byKey.get(key)!),
          amount: value,
        })),
      ]).map((entry) => ({ account: entry.account, amount: money(entry.amount) })),
    });
    order.refundedAmount += amount;
  }

  private async find(id: string): Promise<Order> {
    const order = await this.orders.findOneBy({ id });
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }

  /** The order, locked for the rest of the transaction so concurrent actions on it queue up. */
  private async lock(id: string): Promise<Order> {
    const order = await this.orders.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }

  private assertBuyer(viewer: Viewer, order: Order, message: string): void {
    if (order.buyerId !== viewer.accountId) throw new ForbiddenError(message);
  }

  private async assertSeller(viewer: Viewer, order: Order, message: string): Promise<void> {
    await this.sellers.assertManages(viewer, order.sellerId, order.sellerKind).catch(() => {
      throw new ForbiddenError(message);
    });
  }

  private async page(
    where: { buyerId?: string; sellerId?: string; state?: OrderState },
    first: number,
    after?: string | null,
  ): Promise<Connection<Order>> {
    const query = this.orders.createQueryBuilder('o');
    if (where.buyerId) query.andWhere('o.buyer_id = :buyerId', { buyerId: where.buyerId });
    if (where.sellerId) query.andWhere('o.seller_id = :sellerId', { sellerId: where.sellerId });
    if (where.state) query.andWhere('o.state = :state', { state: where.state });
    return keysetPage(query, first, after, {
      sortColumn: 'o.created_at',
      idColumn: 'o.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (order) => [order.createdAt.toISOString(), order.id],
    });
  }
}
