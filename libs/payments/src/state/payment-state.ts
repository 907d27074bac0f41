import { defineMachine, stringEnum } from '@allmende/core';

export const PAYMENT_STATUSES = ['PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PaymentStatusEnum = stringEnum(
  'PaymentStatus',
  PAYMENT_STATUSES,
  'PENDING until the buyer pays; PROCESSING while the provider confirms; SUCCEEDED, FAILED (the buyer may still retry) or CANCELED',
);

/**
 * Every move a payment may make. SUCCEEDED and CANCELED are final, so an event that arrives
 * late (a failure or "processing" after the success) changes nothing. FAILED is not final: with
 * Stripe the buyer may retry the same PaymentIntent with another card, and it may then succeed.
 */
export const paymentMachine = defineMachine<PaymentStatus, { status: PaymentStatus }>({
  name: 'Payment',
  states: PAYMENT_STATUSES,
  key: 'status',
  transitions: {
    PENDING: ['PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED'],
    PROCESSING: ['SUCCEEDED', 'FAILED', 'CANCELED'],
    FAILED: ['PROCESSING', 'SUCCEEDED', 'CANCELED'],
    SUCCEEDED: [],
    CANCELED: [],
  },
});
