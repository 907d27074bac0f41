import { IllegalTransitionError, stringEnum } from '@allmende/core';

export const CHECKOUT_STATES = ['PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED'] as const;
export type CheckoutState = (typeof CHECKOUT_STATES)[number];
export const CheckoutStateEnum = stringEnum(
  'CheckoutState',
  CHECKOUT_STATES,
  'A checkout holds its reservations until it is PAID, or EXPIRED / CANCELLED (stock released)',
);

const TRANSITIONS: Record<CheckoutState, readonly CheckoutState[]> = {
  PENDING_PAYMENT: ['PAID', 'EXPIRED', 'CANCELLED'],
  PAID: [],
  EXPIRED: [],
  CANCELLED: [],
};

export function canTransitionCheckout(from: CheckoutState, to: CheckoutState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertCheckoutTransition(from: CheckoutState, to: CheckoutState): void {
  if (!canTransitionCheckout(from, to)) throw new IllegalTransitionError('Checkout', from, to);
}
