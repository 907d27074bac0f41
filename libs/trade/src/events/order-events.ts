import { DomainEvent, Money } from '@allmende/core';

/** A seller order was paid; `sellerPayout` is what the seller is to be transferred. */
export class OrderPaid extends DomainEvent<{
  orderId: string;
  checkoutId: string;
  sellerId: string;
  paymentId: string;
  sellerPayout: Money;
}>('OrderPaid') {}

/** Money went back to the buyer on an order (the provider refunded it and the ledger has it). */
export class OrderRefunded extends DomainEvent<{
  orderId: string;
  refundId: string;
  amount: Money;
}>('OrderRefunded') {}

/** The seller sent a paid order (PAID -> SHIPPED), with the carrier and tracking number it gave, if any. */
export class OrderShipped extends DomainEvent<{
  orderId: string;
  carrier: string | null;
  trackingCode: string | null;
}>('OrderShipped') {}
