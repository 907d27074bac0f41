import { defineMachine, stringEnum } from '@allmende/core';

export const CHECKOUT_STATES = ['PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED'] as const;
export type CheckoutState = (typeof CHECKOUT_STATES)[number];
export const CheckoutStateEnum = stringEnum(
  'CheckoutState',
  CHECKOUT_STATES,
  'A checkout holds its reservations until it is PAID, or EXPIRED / CANCELLED (stock released)',
);

/** A checkout leaves PENDING_PAYMENT once and only once. */
export const checkoutMachine = defineMachine({
  name: 'Checkout',
  states: CHECKOUT_STATES,
  transitions: {
    PENDING_PAYMENT: ['PAID', 'EXPIRED', 'CANCELLED'],
    PAID: [],
    EXPIRED: [],
    CANCELLED: [],
  },
});
