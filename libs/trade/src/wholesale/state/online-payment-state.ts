import { defineMachine, stringEnum } from '@allmende/core';

export const ONLINE_PAYMENT_STATES = ['STARTED', 'SUCCEEDED', 'FAILED', 'UNAPPLIED'] as const;
export type OnlinePaymentState = (typeof ONLINE_PAYMENT_STATES)[number];
export const OnlinePaymentStateEnum = stringEnum(
  'WholesaleOnlinePaymentState',
  ONLINE_PAYMENT_STATES,
  'STARTED (the provider is asked) -> SUCCEEDED (the invoice is settled), FAILED (may still succeed) or UNAPPLIED (held for the buyer)',
);

/**
 * An invoice's online payment: STARTED when the buyer's intent is committed (before the provider
 * is called), SUCCEEDED when the provider's success settled the invoice, FAILED when the provider
 * said no (a card may still succeed later), UNAPPLIED when money arrived for an invoice already
 * settled otherwise: it is held for the buyer co-op, never booked against the invoice twice.
 */
export const onlinePaymentMachine = defineMachine({
  name: 'Invoice online payment',
  states: ONLINE_PAYMENT_STATES,
  transitions: {
    STARTED: ['SUCCEEDED', 'FAILED', 'UNAPPLIED'],
    FAILED: ['SUCCEEDED', 'UNAPPLIED'],
    SUCCEEDED: [],
    UNAPPLIED: [],
  },
});
