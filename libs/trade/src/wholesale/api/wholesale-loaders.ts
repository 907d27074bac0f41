import { groupByKey, indexByKey, RequestContext, requestLoader } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { Delivery } from '../entities/delivery.entity';
import { Invoice, InvoiceLine, InvoicePayment } from '../entities/invoice.entity';
import { NegotiationMessage, Proposal } from '../entities/negotiation.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer, WholesaleOfferTier } from '../entities/wholesale-offer.entity';
import { DeliveryService } from '../services/delivery.service';
import { InvoiceService } from '../services/invoice.service';
import { NegotiationService } from '../services/negotiation.service';
import { OfferService } from '../services/offer.service';
import { PurchaseOrderService } from '../services/purchase-order.service';

/** Per-request loaders of wholesale rows, so list pages cost a constant number of queries. */
export const wholesaleLoaders = {
  organisation: (context: RequestContext, organisations: OrganisationService) =>
    requestLoader<string, Organisation | null>(context, 'organisationById', async (ids) =>
      indexByKey(ids, await organisations.findByIds(ids), (organisation) => organisation.id),
    ),
  offer: (context: RequestContext, offers: OfferService) =>
    requestLoader<string, WholesaleOffer | null>(context, 'wholesaleOfferById', async (ids) =>
      indexByKey(ids, await offers.findByIds(ids), (offer) => offer.id),
    ),
  tiers: (context: RequestContext, offers: OfferService) =>
    requestLoader<string, WholesaleOfferTier[]>(context, 'wholesaleTiersByOffer', async (ids) =>
      groupByKey(ids, await offers.tiersOf(ids), (tier) => tier.offerId),
    ),
  proposals: (context: RequestContext, negotiations: NegotiationService) =>
    requestLoader<string, Proposal[]>(context, 'wholesaleProposalsByNegotiation', async (ids) =>
      groupByKey(ids, await negotiations.proposalsOf(ids), (proposal) => proposal.negotiationId),
    ),
  messages: (context: RequestContext, negotiations: NegotiationService) =>
    requestLoader<string, NegotiationMessage[]>(context, 'wholesaleMessagesByNegotiation', async (ids) =>
      groupByKey(ids, await negotiations.messagesOf(ids), (message) => message.negotiationId),
    ),
  purchaseOrder: (context: RequestContext, orders: PurchaseOrderService) =>
    requestLoader<string, PurchaseOrder | null>(context, 'wholesaleOrderByNegotiation', async (ids) =>
      indexByKey(ids, await orders.findByNegotiations(ids), (order) => order.negotiationId),
    ),
  invoice: (context: RequestContext, invoices: InvoiceService) =>
    requestLoader<string, Invoice | null>(context, 'wholesaleInvoiceById', async (ids) =>
      indexByKey(ids, await invoices.findByIds(ids), (invoice) => invoice.id),
    ),
  invoiceLines: (context: RequestContext, invoices: InvoiceService) =>
    requestLoader<string, InvoiceLine[]>(context, 'wholesaleLinesByInvoice', async (ids) =>
      groupByKey(ids, await invoices.linesOf(ids), (line) => line.invoiceId),
    ),
  invoicePayments: (context: RequestContext, invoices: InvoiceService) =>
    requestLoader<string, InvoicePayment[]>(context, 'wholesalePaymentsByInvoice', async (ids) =>
      groupByKey(ids, await invoices.paymentsOf(ids), (payment) => payment.invoiceId),
    ),
  deliveries: (context: RequestContext, deliveries: DeliveryService) =>
    requestLoader<string, Delivery[]>(context, 'wholesaleDeliveriesByOrder', async (ids) =>
      groupByKey(ids, await deliveries.of(ids), (delivery) => delivery.purchaseOrderId),
    ),
  invoicesOfOrder: (context: RequestContext, invoices: InvoiceService) =>
    requestLoader<string, Invoice[]>(context, 'wholesaleInvoicesByOrder', async (ids) =>
      groupByKey(ids, await invoices.ofOrders(ids), (invoice) => invoice.purchaseOrderId),
    ),
};
