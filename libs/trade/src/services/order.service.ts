import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Connection, ForbiddenError, JobQueue, keysetPage, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { SellerService, StockService } from '@allmende/catalog';
import { LedgerAccounts } from '@allmende/ledger';
import { Checkout } from '../entities/checkout.entity';
import { Order, OrderLine } from '../entities/order.entity';
import { OrderShipped } from '../events/order-events';
import { checkoutMachine, CheckoutState } from '../state/checkout-state';
import { orderMachine, OrderState } from '../state/order-state';
import { MoneyPart, orderParts } from './order-money';

/** How long after shipping an order counts as delivered, and after delivery as completed, unless the buyer says so first. */
export const ASSUME_DELIVERED_AFTER_DAYS = 21;
export const COMPLETE_AFTER_DAYS = 14;
const DAY = 24 * 3600 * 1000;

/** Seller orders after checkout: reading them, shipping, delivery, unpaid checkouts released, and the timers. */
@Injectable()
export class OrderService {
  constructor(
    private readonly txHost: TxHost,
    private readonly sellers: SellerService,
    private readonly stock: StockService,
    private readonly jobs: JobQueue,
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
    await this.jobs.publish(new OrderShipped({ orderId: order.id, carrier: order.carrier, trackingCode: order.trackingCode }));
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

  async find(id: string): Promise<Order> {
    const order = await this.orders.findOneBy({ id });
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }

  /** The order, locked for the rest of the transaction so concurrent actions on it queue up. */
  async lock(id: string): Promise<Order> {
    const order = await this.orders.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }

  assertBuyer(viewer: Viewer, order: Order, message: string): void {
    if (order.buyerId !== viewer.accountId) throw new ForbiddenError(message);
  }

  async assertSeller(viewer: Viewer, order: Order, message: string): Promise<void> {
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
