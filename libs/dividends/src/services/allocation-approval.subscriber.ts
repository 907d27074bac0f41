import { Injectable } from '@nestjs/common';
import { OnEvent } from '@allmende/core';
import { ProposalPassed } from '@allmende/governance';
import { AllocationService } from './allocation.service';

/**
 * Makes an allocation payable when its DIVIDEND_ALLOCATION proposal passes, and only then. At
 * least once, idempotent: approve() locks the allocation and acts only while it is PROPOSED by
 * this proposal (and the outbox records each handled delivery).
 */
@Injectable()
export class AllocationApprovalSubscriber {
  constructor(private readonly allocations: AllocationService) {}

  @OnEvent(ProposalPassed)
  async proposalPassed(event: ProposalPassed): Promise<void> {
    await this.allocations.approve(event);
  }
}
