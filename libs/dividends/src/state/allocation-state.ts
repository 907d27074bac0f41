import { defineMachine, stringEnum } from '@allmende/core';

export const ALLOCATION_STATES = ['DRAFT', 'PROPOSED', 'APPROVED', 'REJECTED', 'PAID'] as const;
export type AllocationState = (typeof ALLOCATION_STATES)[number];
export const AllocationStateEnum = stringEnum(
  'DividendAllocationState',
  ALLOCATION_STATES,
  'DRAFT (may be re-run) -> PROPOSED (a DIVIDEND_ALLOCATION proposal carries it to the vote) -> APPROVED (the proposal passed) -> PAID, or REJECTED (the vote did not pass it)',
);

/**
 * The one transition table of an allocation run. Only a passed proposal approves (the
 * ProposalPassed subscriber), only an approved allocation is paid, and a rejected one is final.
 */
export const allocationMachine = defineMachine<AllocationState>({
  name: 'Dividend allocation',
  states: ALLOCATION_STATES,
  transitions: {
    DRAFT: ['PROPOSED'],
    PROPOSED: ['APPROVED', 'REJECTED'],
    APPROVED: ['PAID'],
    REJECTED: [],
    PAID: [],
  },
});
