import { DomainEvent, Money } from '@allmende/core';

/**
 * A purchase order was placed between two co-ops: one trade for the movement's statistics.
 * `placedAt` is an ISO timestamp (events travel as JSON).
 */
export class WholesaleOrderPlaced extends DomainEvent<{
  purchaseOrderId: string;
  placedAt: string;
  categoryId: string | null;
  sellerOrganisationId: string;
  buyerOrganisationId: string;
  sellerCountry: string | null;
  buyerCountry: string | null;
  quantity: number;
  netAmount: Money;
}>('WholesaleOrderPlaced') {}

/** The seller delivered part or all of a purchase order; custody of `lotId` (if any) passed to the buyer. */
export class WholesaleDeliveryRecorded extends DomainEvent<{
  deliveryId: string;
  purchaseOrderId: string;
  sellerOrganisationId: string;
  buyerOrganisationId: string;
  quantity: number;
  lotId: string | null;
}>('WholesaleDeliveryRecorded') {}

/** An invoice between co-ops was issued (numbered, booked in both co-ops' accounts). */
export class WholesaleInvoiceIssued extends DomainEvent<{
  invoiceId: string;
  number: number;
  purchaseOrderId: string;
  sellerOrganisationId: string;
  buyerOrganisationId: string;
  gross: Money;
  dueDate: string;
}>('WholesaleInvoiceIssued') {}

/** A payment on an invoice was booked; `settled` when it closed the invoice. */
export class WholesaleInvoicePaid extends DomainEvent<{
  invoiceId: string;
  paymentId: string;
  method: string;
  amount: Money;
  settled: boolean;
}>('WholesaleInvoicePaid') {}

/** An overdue invoice was reminded (the `reminder`-th time). */
export class WholesaleInvoiceReminded extends DomainEvent<{
  invoiceId: string;
  sellerOrganisationId: string;
  buyerOrganisationId: string;
  reminder: number;
}>('WholesaleInvoiceReminded') {}
