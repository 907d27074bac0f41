import { defineMachine, stringEnum } from '@allmende/core';

export const ORDER_STATES = ['PENDING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const;
export type OrderState = (typeof ORDER_STATES)[number];
export const OrderStateEnum = stringEnum(
  'OrderState',
  ORDER_STATES,
  'Where a seller order is: PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED -> COMPLETED, or CANCELLED / REFUNDED',
);

/**
 * Every move an order may make. A partial refund keeps the order where it is (its refunded
 * amount grows); the refund that reaches the total moves it to REFUNDED, so the states a refund
 * may start from are `orderMachine.sourcesOf('REFUNDED')`.
 */
export const orderMachine = defineMachine({
  name: 'Order',
  states: ORDER_STATES,
  transitions: {
    PENDING_PAYMENT: ['PAID', 'CANCELLED'],
    PAID: ['SHIPPED', 'CANCELLED', 'REFUNDED'],
    SHIPPED: ['DELIVERED', 'REFUNDED'],
    DELIVERED: ['COMPLETED', 'REFUNDED'],
    COMPLETED: ['REFUNDED'],
    CANCELLED: [],
    REFUNDED: [],
  },
});

/** States in which the buyer may rate the seller. */
export const RATEABLE_ORDER_STATES: readonly OrderState[] = ['DELIVERED', 'COMPLETED'];
