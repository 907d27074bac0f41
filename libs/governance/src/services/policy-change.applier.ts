import { Injectable } from '@nestjs/common';
import { OnEvent, Transactional, TxHost } from '@allmende/core';
import { PolicyService } from '@allmende/policy';
import { Proposal } from '../entities/proposal.entity';
import { ProposalPassed } from '../events/proposal-passed.event';

/**
 * Makes a passed POLICY_CHANGE binding: its changes become new policy versions as soon as the
 * closing commits, with the proposal as their source. Exactly once however often the event is
 * delivered: the outbox records each handled delivery, the proposal row is locked and the
 * versions already written for it are checked (and a unique index on (proposal_id, key) backs
 * that up).
 */
@Injectable()
export class PolicyChangeApplier {
  constructor(
    private readonly txHost: TxHost,
    private readonly policy: PolicyService,
  ) {}

  @OnEvent(ProposalPassed)
  @Transactional()
  async handle(event: ProposalPassed): Promise<boolean> {
    if (event.kind !== 'POLICY_CHANGE') return false;
    const proposal = await this.txHost.tx
      .getRepository(Proposal)
      .findOneOrFail({ where: { id: event.proposalId }, lock: { mode: 'pessimistic_write' } });
    if (await this.policy.appliedFor(proposal.id)) return false;
    await this.policy.change(event.policyChanges, {
      reason: `Proposal #${proposal.number}: ${proposal.title}`,
      setBy: proposal.authorAccountId,
      proposalId: proposal.id,
    });
    return true;
  }
}
