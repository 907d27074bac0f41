import { ConnectionType } from '@allmende/core';
import { Invoice } from '../entities/invoice.entity';
import { Negotiation } from '../entities/negotiation.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';

export const WholesaleOfferConnection = ConnectionType(WholesaleOffer, 'WholesaleOffer');
export const NegotiationConnection = ConnectionType(Negotiation, 'WholesaleNegotiation');
export const PurchaseOrderConnection = ConnectionType(PurchaseOrder, 'WholesalePurchaseOrder');
export const InvoiceConnection = ConnectionType(Invoice, 'WholesaleInvoice');
