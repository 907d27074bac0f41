import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { JobQueue, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { OrganisationService } from '@allmende/identity';
import { ProvenanceQueryService, ProvenanceService } from '@allmende/provenance';
import type { RecordDeliveryInput } from '../api/dto/wholesale.inputs';
import { WholesaleDeliveryRecorded } from '../events/wholesale-events';
import { WholesaleError } from '../api/errors';
import { Delivery } from '../entities/delivery.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';
import { purchaseOrderMachine } from '../state/purchase-order-state';
import { InvoiceService } from './invoice.service';
import { OfferService } from './offer.service';
import { WholesaleAccess } from './wholesale-access.service';

/**
 * Deliveries of purchase orders. Each one passes custody of the delivered goods to the buyer in
 * the lot's provenance (splitting the lot when only part of it goes) and, as the offer's terms
 * say, is invoiced at once or together with the others once the order is complete.
 */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly txHost: TxHost,
    private readonly access: WholesaleAccess,
    private readonly offers: OfferService,
    private readonly invoices: InvoiceService,
    private readonly provenance: ProvenanceService,
    private readonly provenanceQuery: ProvenanceQueryService,
    private readonly organisations: OrganisationService,
    private readonly jobs: JobQueue,
  ) {}

  @Transactional()
  async record(viewer: Viewer, orderId: string, input: RecordDeliveryInput, now = new Date()): Promise<Delivery> {
    const orders = this.txHost.tx.getRepository(PurchaseOrder);
    const order = await orders.findOne({ where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw new NotFoundError('Purchase order', orderId);
    if ((await this.access.sideOf(viewer, order)) !== 'SELLER') {
      throw new WholesaleError('NOT_YOUR_TURN', 'Only the seller records deliveries');
    }
    const open = order.quantity - order.deliveredQuantity;
    if (input.quantity > open) {
      throw new WholesaleError('DELIVERY_EXCEEDS_ORDER', `Only ${open} are still to be delivered on this order`, {
        fields: { quantity: [`must be at most ${open}`] },
        openQuantity: open,
      });
    }
    const complete = input.quantity === open;
    purchaseOrderMachine.assert(order.state, complete ? 'DELIVERED' : 'PARTLY_DELIVERED');
    const offer = await this.offers.find(order.offerId);
    const deliveries = this.txHost.tx.getRepository(Delivery);
    const position = (await deliveries.countBy({ purchaseOrderId: order.id })) + 1;
    const custody = offer.lotId ? await this.passCustody(viewer, order, offer, position, input, now) : null;
    const delivery = await deliveries.save(
      deliveries.create({
        purchaseOrderId: order.id,
        position,
        quantity: input.quantity,
        note: input.note.trim(),
        lotId: custody?.lotId ?? null,
        custodyRecordId: custody?.recordId ?? null,
        recordedBy: viewer.accountId,
        deliveredAt: now,
      }),
    );
    order.deliveredQuantity += input.quantity;
    order.state = complete ? 'DELIVERED' : 'PARTLY_DELIVERED';
    await orders.save(order);
    await this.jobs.publish(
      new WholesaleDeliveryRecorded({
        deliveryId: delivery.id,
        purchaseOrderId: order.id,
        sellerOrganisationId: order.sellerOrganisationId,
        buyerOrganisationId: order.buyerOrganisationId,
        quantity: delivery.quantity,
        lotId: delivery.lotId,
      }),
    );
    if (offer.invoicing === 'PER_DELIVERY') await this.invoices.issue(order, offer, [delivery], now);
    else if (complete) await this.invoices.issue(order, offer, await this.of([order.id]), now);
    return delivery;
  }

  async of(orderIds: readonly string[]): Promise<Delivery[]> {
    return orderIds.length
      ? this.txHost.tx.getRepository(Delivery).find({ where: { purchaseOrderId: In([...orderIds]) }, order: { position: 'ASC' } })
      : [];
  }

  /**
   * Appends the CUSTODY_TRANSFER to the provenance of what was delivered: the offer's lot itself
   * when all that is left of it goes, else a part split off it (mass balance kept).
   */
  private async passCustody(
    viewer: Viewer,
    order: PurchaseOrder,
    offer: WholesaleOffer,
    position: number,
    input: RecordDeliveryInput,
    now: Date,
  ): Promise<{ lotId: string; recordId: string }> {
    const lot = await this.provenanceQuery.getLot(offer.lotId!);
    const seller = await this.organisations.get(order.sellerOrganisationId);
    const place = { name: offer.incotermPlace, country: seller.country ?? 'ZZ' };
    const delivered =
      lot.quantity !== null && input.quantity < lot.quantity
        ? await this.provenance.splitLot(viewer, lot.id, {
            code: `${lot.code}-${order.id.slice(0, 8)}-${position}`,
            quantity: input.quantity,
            occurredAt: now,
            place,
            description: `${input.quantity} ${offer.unit} split off for delivery ${position} of a wholesale order`,
          })
        : lot;
    const record = await this.provenance.append(viewer, delivered.id, {
      kind: 'CUSTODY_TRANSFER',
      toOrganisationId: order.buyerOrganisationId,
      occurredAt: now,
      place,
      description:
        `Delivery ${position}: ${input.quantity} ${offer.unit} (${offer.incoterm} ${offer.incotermPlace}). ${input.note.trim()}`.trim(),
    });
    return { lotId: delivered.id, recordId: record.id };
  }
}
