import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { ProposalPost } from '../entities/deliberation.entity';
import { ProposalService } from './proposal.service';

/** The thread of a proposal: members post and reply (one level) while it is deliberated. */
@Injectable()
export class DeliberationService {
  constructor(
    private readonly txHost: TxHost,
    private readonly proposals: ProposalService,
  ) {}

  private get posts() {
    return this.txHost.tx.getRepository(ProposalPost);
  }

  @Transactional()
  async post(
    viewer: Viewer,
    input: { proposalId: string; body: string; parentId?: string | null; memberId?: string | null },
  ): Promise<ProposalPost> {
    const proposal = await this.proposals.visibleTo(input.proposalId, viewer);
    if (proposal.state !== 'DELIBERATION') {
      throw new DomainError('PROPOSAL_NOT_IN_DELIBERATION', 'The thread is open while the proposal is deliberated');
    }
    const member = await this.proposals.memberInGoodStanding(viewer, input.memberId);
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await this.posts.findOneBy({ id: input.parentId, proposalId: proposal.id });
      if (!parent) throw new NotFoundError('Post', input.parentId);
      // One level of nesting: a reply to a reply joins its top-level post.
      parentId = parent.parentId ?? parent.id;
    }
    return this.posts.save(
      this.posts.create({
        proposalId: proposal.id,
        parentId,
        memberId: member.id,
        memberClass: member.memberClass,
        body: input.body.trim(),
      }),
    );
  }

  /** The thread, oldest first (replies carry their top-level post's id). */
  thread(proposalId: string): Promise<ProposalPost[]> {
    return this.posts.find({ where: { proposalId }, order: { createdAt: 'ASC' } });
  }
}
