import type { ParameterChange } from '../entities/proposal.entity';
import type { ProposalKind } from '../state/proposal-state';

/**
 * A proposal passed (its vote closed PASSED). Subscribers act on it at least once, so each
 * must be idempotent: the policy applier writes a POLICY_CHANGE's versions once per proposal;
 * the dividends context approves the allocation of a DIVIDEND_ALLOCATION.
 */
export class ProposalPassed {
  static readonly type = 'governance.ProposalPassed';

  constructor(
    readonly proposalId: string,
    readonly kind: ProposalKind,
    readonly policyChanges: ParameterChange[],
    /** DIVIDEND_ALLOCATION: the allocation run approved; null otherwise. */
    readonly allocationId: string | null,
    readonly passedAt: string,
  ) {}
}
