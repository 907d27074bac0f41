import { defineMachine, stringEnum } from '@allmende/core';

export const NEGOTIATION_STATES = ['REQUESTED', 'OFFERED', 'COUNTERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;
export type NegotiationState = (typeof NEGOTIATION_STATES)[number];
export const NegotiationStateEnum = stringEnum(
  'NegotiationState',
  NEGOTIATION_STATES,
  'REQUESTED (the buyer asked for a quote) -> OFFERED (the seller proposed) <-> COUNTERED (the buyer proposed back), ending ACCEPTED, DECLINED, EXPIRED or WITHDRAWN',
);

const ENDINGS = ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;

/**
 * Every move a negotiation may make. The seller answers a request or a counter with an offer
 * (OFFERED), the buyer answers an offer with a counter (COUNTERED), any number of rounds; the
 * side that did not make the proposal on the table accepts or declines it, the side that made it
 * withdraws it, and the clock expires it.
 */
export const negotiationMachine = defineMachine({
  name: 'Negotiation',
  states: NEGOTIATION_STATES,
  transitions: {
    REQUESTED: ['OFFERED', ...ENDINGS],
    OFFERED: ['COUNTERED', ...ENDINGS],
    COUNTERED: ['OFFERED', ...ENDINGS],
    ACCEPTED: [],
    DECLINED: [],
    EXPIRED: [],
    WITHDRAWN: [],
  },
});

/** Negotiations still running: the ones the expiry job looks at. */
export const OPEN_NEGOTIATION_STATES = negotiationMachine.sourcesOf('EXPIRED');
