import { Injectable } from '@nestjs/common';
import { DomainError, ForbiddenError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { MembershipService } from '@allmende/membership';
import { ImplementationTask, ProposalReview } from '../entities/implementation.entity';
import { Proposal } from '../entities/proposal.entity';
import { proposalMachine } from '../state/proposal-state';
import { ProposalService } from './proposal.service';

/** Carrying out a passed proposal: tasks with owners and due dates, then the participants' review. */
@Injectable()
export class ImplementationService {
  constructor(
    private readonly txHost: TxHost,
    private readonly proposals: ProposalService,
    private readonly membership: MembershipService,
  ) {}

  private get tasks() {
    return this.txHost.tx.getRepository(ImplementationTask);
  }

  /** The author or staff plans a task; the first one moves a passed proposal to IMPLEMENTING. */
  @Transactional()
  async addTask(
    viewer: Viewer,
    input: { proposalId: string; title: string; ownerMemberId: string; dueOn: string },
  ): Promise<ImplementationTask> {
    const proposal = await this.lockForSteward(viewer, input.proposalId);
    if (proposal.outcome !== 'PASSED' || !['CLOSED', 'IMPLEMENTING'].includes(proposal.state)) {
      throw new DomainError('PROPOSAL_NOT_PASSED', 'Tasks are planned for a passed proposal until it is implemented');
    }
    await this.membership.get(input.ownerMemberId);
    if (proposal.state === 'CLOSED') {
      proposalMachine.assert(proposal.state, 'IMPLEMENTING');
      await this.txHost.tx.getRepository(Proposal).update(proposal.id, { state: 'IMPLEMENTING' });
    }
    return this.tasks.save(
      this.tasks.create({
        proposalId: proposal.id,
        title: input.title.trim(),
        ownerMemberId: input.ownerMemberId,
        dueOn: input.dueOn,
      }),
    );
  }

  /** The task's owner (or the author, or staff) marks it done. */
  @Transactional()
  async completeTask(viewer: Viewer, taskId: string): Promise<ImplementationTask> {
    const task = await this.tasks.findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw new NotFoundError('Task', taskId);
    const owner = (await this.membership.ofViewer(viewer)).some((member) => member.id === task.ownerMemberId);
    if (!owner) await this.lockForSteward(viewer, task.proposalId);
    if (!task.doneAt) await this.tasks.update(task.id, { doneAt: new Date() });
    return this.tasks.findOneByOrFail({ id: taskId });
  }

  /** A participant (a member who posted, voted or owns a task) writes what worked and what did not. */
  @Transactional()
  async review(
    viewer: Viewer,
    input: { proposalId: string; whatWorked: string; whatDidNot: string; memberId?: string | null },
  ): Promise<ProposalReview> {
    const proposal = await this.proposals.get(input.proposalId);
    if (proposal.state !== 'IMPLEMENTING')
      throw new DomainError('PROPOSAL_NOT_IMPLEMENTING', 'The review is written while the proposal is implemented');
    const member = await this.membership.actingAs(viewer, input.memberId);
    if (!member || !(await this.tookPart(proposal.id, member.id))) {
      throw new DomainError(
        'NOT_A_PARTICIPANT',
        'The review is written by those who took part: in the thread, the vote or a task',
      );
    }
    const reviews = this.txHost.tx.getRepository(ProposalReview);
    if (await reviews.existsBy({ proposalId: proposal.id, memberId: member.id })) {
      throw new DomainError('ALREADY_REVIEWED', 'You already wrote your review of this proposal');
    }
    return reviews.save(
      reviews.create({
        proposalId: proposal.id,
        memberId: member.id,
        whatWorked: input.whatWorked.trim(),
        whatDidNot: input.whatDidNot.trim(),
      }),
    );
  }

  /** IMPLEMENTING -> IMPLEMENTED once every task is done and the participants wrote at least one review. */
  @Transactional()
  async complete(viewer: Viewer, proposalId: string): Promise<Proposal> {
    const proposal = await this.lockForSteward(viewer, proposalId);
    proposalMachine.assert(proposal.state, 'IMPLEMENTED');
    const tasks = await this.tasks.findBy({ proposalId });
    if (tasks.length === 0 || tasks.some((task) => !task.doneAt))
      throw new DomainError('TASKS_NOT_DONE', 'Every implementation task must be done first');
    if (!(await this.txHost.tx.getRepository(ProposalReview).existsBy({ proposalId }))) {
      throw new DomainError(
        'REVIEW_MISSING',
        'The participants write their review (what worked, what did not) before the proposal is implemented',
      );
    }
    await this.txHost.tx.getRepository(Proposal).update(proposalId, { state: 'IMPLEMENTED', implementedAt: new Date() });
    return this.proposals.get(proposalId);
  }

  tasksOf(proposalId: string): Promise<ImplementationTask[]> {
    return this.tasks.find({ where: { proposalId }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
  }

  reviewsOf(proposalId: string): Promise<ProposalReview[]> {
    return this.txHost.tx.getRepository(ProposalReview).find({ where: { proposalId }, order: { createdAt: 'ASC' } });
  }

  private async tookPart(proposalId: string, memberId: string): Promise<boolean> {
    const [row] = (await this.txHost.tx.query(
      `SELECT EXISTS (SELECT 1 FROM proposal_post WHERE proposal_id = $1 AND member_id = $2)
           OR EXISTS (SELECT 1 FROM ballot WHERE proposal_id = $1 AND member_id = $2)
           OR EXISTS (SELECT 1 FROM implementation_task WHERE proposal_id = $1 AND owner_member_id = $2)
           OR EXISTS (SELECT 1 FROM proposal WHERE id = $1 AND author_member_id = $2) AS took_part`,
      [proposalId, memberId],
    )) as { took_part: boolean }[];
    return row.took_part;
  }

  /** The author or platform staff look after the implementation. */
  private async lockForSteward(viewer: Viewer, proposalId: string): Promise<Proposal> {
    const proposal = await this.txHost.tx
      .getRepository(Proposal)
      .findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || proposal.state === 'DRAFT') throw new NotFoundError('Proposal', proposalId);
    if (proposal.authorAccountId !== viewer.accountId && viewer.platformRole !== 'STAFF') {
      throw new ForbiddenError('The author or platform staff look after the implementation');
    }
    return proposal;
  }
}
