export * from './governance.module';
export * from './api/errors';
export * from './state/proposal-state';
export * from './tally/rational';
export * from './tally/tally';
export * from './tally/ballot-choice';
export * from './tally/published';
export * from './events/proposal-passed.event';
export type { Proposal, PollOption, ParameterChange } from './entities/proposal.entity';
export type { ProposalPost, ProposalAmendment } from './entities/deliberation.entity';
export type { Elector, Ballot } from './entities/ballot.entity';
export { NOTIFICATION_KINDS } from './entities/implementation.entity';
export type { ImplementationTask, ProposalReview, GovernanceNotice, NotificationKind } from './entities/implementation.entity';
export * from './services/proposal.service';
export * from './services/ballot.service';
export * from './services/closing.service';
export * from './services/policy-change.applier';
export * from './services/governance-timers.service';

import { Ballot, Elector } from './entities/ballot.entity';
import { ProposalAmendment, ProposalPost } from './entities/deliberation.entity';
import { GovernanceNotice, ImplementationTask, ProposalReview } from './entities/implementation.entity';
import { Proposal } from './entities/proposal.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const GOVERNANCE_ENTITIES = [
  Proposal,
  ProposalAmendment,
  ProposalPost,
  Elector,
  Ballot,
  ImplementationTask,
  ProposalReview,
  GovernanceNotice,
];
