import { IllegalTransitionError, stringEnum } from '@allmende/core';

export const ORDER_STATES = ['PENDING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const;
export type OrderState = (typeof ORDER_STATES)[number];
export const OrderStateEnum = stringEnum(
  'OrderState',
  ORDER_STATES,
  'Where a seller order is: PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED -> COMPLETED, or CANCELLED / REFUNDED',
);

/**
 * Every move an order may make. A partial refund keeps the order where it is (its refunded
 * amount grows); the refund that reaches the total moves it to REFUNDED.
 */
const TRANSITIONS: Record<OrderState, readonly OrderState[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED', 'CANCELLED', 'REFUNDED'],
  SHIPPED: ['DELIVERED', 'REFUNDED'],
  DELIVERED: ['COMPLETED', 'REFUNDED'],
  COMPLETED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};

/** States in which money was received and may be (partly) given back. */
export const REFUNDABLE_ORDER_STATES: readonly OrderState[] = ['PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED'];
/** States in which the buyer may rate the seller. */
export const RATEABLE_ORDER_STATES: readonly OrderState[] = ['DELIVERED', 'COMPLETED'];

export function canTransitionOrder(from: OrderState, to: OrderState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertOrderTransition(from: OrderState, to: OrderState): void {
  if (!canTransitionOrder(from, to)) throw new IllegalTransitionError('Order', from, to);
}

export const ORDER_TRANSITIONS = TRANSITIONS;
