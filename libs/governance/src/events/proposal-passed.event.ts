import { DomainEvent } from '@allmende/core';
import type { ParameterChange } from '../entities/proposal.entity';
import type { ProposalKind } from '../state/proposal-state';

/**
 * A proposal passed (its vote closed PASSED), published through the outbox in the closing
 * transaction. Subscribers act on it at least once, so each must be idempotent: the policy
 * applier writes a POLICY_CHANGE's versions once per proposal; the dividends context approves
 * the allocation of a DIVIDEND_ALLOCATION.
 */
export class ProposalPassed extends DomainEvent<{
  proposalId: string;
  kind: ProposalKind;
  policyChanges: ParameterChange[];
  /** DIVIDEND_ALLOCATION: the allocation run approved; null otherwise. */
  allocationId: string | null;
  passedAt: string;
}>('ProposalPassed') {}
