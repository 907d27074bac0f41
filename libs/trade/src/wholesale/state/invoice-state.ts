import { defineMachine, stringEnum } from '@allmende/core';

export const INVOICE_STATES = ['ISSUED', 'OVERDUE', 'PAID'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];
export const InvoiceStateEnum = stringEnum(
  'WholesaleInvoiceState',
  INVOICE_STATES,
  'ISSUED -> PAID, or OVERDUE past its due date -> PAID',
);

/** Every move an invoice may make; a partial payment keeps it where it is. */
export const invoiceMachine = defineMachine({
  name: 'Invoice',
  states: INVOICE_STATES,
  transitions: {
    ISSUED: ['OVERDUE', 'PAID'],
    OVERDUE: ['PAID'],
    PAID: [],
  },
});

/** Invoices still waiting for money. */
export const UNPAID_INVOICE_STATES = invoiceMachine.sourcesOf('PAID');
