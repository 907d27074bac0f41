import { defineMachine, stringEnum } from '@allmende/core';

export const PROPOSAL_STATES = ['DRAFT', 'DELIBERATION', 'VOTING', 'CLOSED', 'IMPLEMENTING', 'IMPLEMENTED'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
export const ProposalStateEnum = stringEnum(
  'ProposalState',
  PROPOSAL_STATES,
  'DRAFT (the author writes) -> DELIBERATION (thread, amendments) -> VOTING -> CLOSED -> IMPLEMENTING (tasks) -> IMPLEMENTED (after the review)',
);

export const PROPOSAL_OUTCOMES = ['PASSED', 'REJECTED', 'NO_QUORUM'] as const;
export type ProposalOutcome = (typeof PROPOSAL_OUTCOMES)[number];
export const ProposalOutcomeEnum = stringEnum('ProposalOutcome', PROPOSAL_OUTCOMES, 'How a closed vote ended');

export const PROPOSAL_KINDS = ['GENERAL', 'POLICY_CHANGE', 'BYLAW_CHANGE', 'DIVIDEND_ALLOCATION'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const ProposalKindEnum = stringEnum(
  'ProposalKind',
  PROPOSAL_KINDS,
  'GENERAL; POLICY_CHANGE (binding parameter changes); BYLAW_CHANGE (needs the bylaw threshold, two-thirds); DIVIDEND_ALLOCATION (approves an allocation run)',
);

/**
 * The one transition table of a proposal. Every move the services make is checked here, and
 * the scheduled closing job takes its source state (VOTING) from it too. Only a PASSED
 * proposal goes on to IMPLEMENTING (a guard in the service).
 */
export const proposalMachine = defineMachine<ProposalState>({
  name: 'Proposal',
  states: PROPOSAL_STATES,
  transitions: {
    DRAFT: ['DELIBERATION'],
    DELIBERATION: ['VOTING'],
    VOTING: ['CLOSED'],
    CLOSED: ['IMPLEMENTING'],
    IMPLEMENTING: ['IMPLEMENTED'],
    IMPLEMENTED: [],
  },
});
