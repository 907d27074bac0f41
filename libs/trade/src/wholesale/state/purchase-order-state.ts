import { defineMachine, stringEnum } from '@allmende/core';

export const PURCHASE_ORDER_STATES = ['CONFIRMED', 'PARTLY_DELIVERED', 'DELIVERED', 'COMPLETED', 'CANCELLED'] as const;
export type PurchaseOrderState = (typeof PURCHASE_ORDER_STATES)[number];
export const PurchaseOrderStateEnum = stringEnum(
  'PurchaseOrderState',
  PURCHASE_ORDER_STATES,
  'CONFIRMED -> PARTLY_DELIVERED -> DELIVERED -> COMPLETED (invoiced and paid), or CANCELLED before any delivery',
);

/** Every move a purchase order may make; further partial deliveries keep it PARTLY_DELIVERED. */
export const purchaseOrderMachine = defineMachine({
  name: 'Purchase order',
  states: PURCHASE_ORDER_STATES,
  transitions: {
    CONFIRMED: ['PARTLY_DELIVERED', 'DELIVERED', 'CANCELLED'],
    PARTLY_DELIVERED: ['PARTLY_DELIVERED', 'DELIVERED'],
    DELIVERED: ['COMPLETED'],
    COMPLETED: [],
    CANCELLED: [],
  },
});
