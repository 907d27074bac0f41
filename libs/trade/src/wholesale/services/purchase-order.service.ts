import { Injectable } from '@nestjs/common';
import { Connection, JobQueue, keysetPage, NotFoundError, TxHost, Viewer } from '@allmende/core';
import { OrganisationService } from '@allmende/identity';
import type { PurchaseOrdersArgs } from '../api/dto/wholesale.inputs';
import { Negotiation, Proposal } from '../entities/negotiation.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';
import { WholesaleOrderPlaced } from '../events/wholesale-events';
import { WholesaleAccess } from './wholesale-access.service';

/** Purchase orders between co-ops: opened by an acceptance, fulfilled by deliveries, settled by invoices. */
@Injectable()
export class PurchaseOrderService {
  constructor(
    private readonly txHost: TxHost,
    private readonly access: WholesaleAccess,
    private readonly organisations: OrganisationService,
    private readonly jobs: JobQueue,
  ) {}

  private get orders() {
    return this.txHost.tx.getRepository(PurchaseOrder);
  }

  /**
   * The accepted proposal as ordered; the caller has reserved its quantity in the same transaction.
   * WholesaleOrderPlaced goes into the outbox in that transaction, so the statistics' rollup counts
   * the trade exactly once, after commit.
   */
  async open(negotiation: Negotiation, accepted: Proposal, offer: WholesaleOffer): Promise<PurchaseOrder> {
    const order = await this.orders.save(
      this.orders.create({
        negotiationId: negotiation.id,
        offerId: offer.id,
        buyerOrganisationId: negotiation.buyerOrganisationId,
        sellerOrganisationId: negotiation.sellerOrganisationId,
        state: 'CONFIRMED',
        quantity: accepted.quantity,
        deliveredQuantity: 0,
        unitPrice: accepted.unitPrice,
        currency: accepted.currency,
        vatRateBp: offer.vatRateBp,
        deliveryDate: accepted.deliveryDate,
      }),
    );
    const [seller, buyer] = await Promise.all([
      this.organisations.get(order.sellerOrganisationId),
      this.organisations.get(order.buyerOrganisationId),
    ]);
    await this.jobs.publish(
      new WholesaleOrderPlaced({
        purchaseOrderId: order.id,
        placedAt: order.createdAt.toISOString(),
        categoryId: offer.categoryId,
        sellerOrganisationId: seller.id,
        buyerOrganisationId: buyer.id,
        sellerCountry: seller.country,
        buyerCountry: buyer.country,
        quantity: order.quantity,
        netAmount: { amount: order.quantity * order.unitPrice, currency: order.currency },
      }),
    );
    return order;
  }

  async get(viewer: Viewer | null, id: string): Promise<PurchaseOrder> {
    const order = await this.find(id);
    await this.access.sideOf(viewer, order);
    return order;
  }

  async find(id: string): Promise<PurchaseOrder> {
    const order = await this.orders.findOneBy({ id });
    if (!order) throw new NotFoundError('Purchase order', id);
    return order;
  }

  /** The co-op's purchase orders as buyer or seller, newest first. */
  async listFor(viewer: Viewer | null, args: PurchaseOrdersArgs): Promise<Connection<PurchaseOrder>> {
    await this.access.actingFor(viewer, args.organisationId);
    const query = this.orders.createQueryBuilder('po');
    if (args.side === 'BUYER') query.where('po.buyer_organisation_id = :org', { org: args.organisationId });
    else if (args.side === 'SELLER') query.where('po.seller_organisation_id = :org', { org: args.organisationId });
    else {
      query.where('(po.buyer_organisation_id = :org OR po.seller_organisation_id = :org)', { org: args.organisationId });
    }
    if (args.state) query.andWhere('po.state = :state', { state: args.state });
    return keysetPage(query, args.first, args.after, {
      sortColumn: 'po.created_at',
      idColumn: 'po.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (order) => [order.createdAt.toISOString(), order.id],
    });
  }

  async findByNegotiations(negotiationIds: readonly string[]): Promise<PurchaseOrder[]> {
    return negotiationIds.length
      ? this.orders
          .createQueryBuilder('po')
          .where('po.negotiation_id = ANY(:ids)', { ids: [...negotiationIds] })
          .getMany()
      : [];
  }
}
