import { Injectable, Logger } from '@nestjs/common';
import { Transactional, TxHost } from '@allmende/core';
import { MemberClass, parseFraction } from '@allmende/policy';
import { Proposal } from '../entities/proposal.entity';
import { ProposalPassed } from '../events/proposal-passed.event';
import { proposalMachine } from '../state/proposal-state';
import { publishResult } from '../tally/published';
import { BallotChoice, tally, TallyResult, TallyRules } from '../tally/tally';
import { NotificationService } from './notification.service';
import { PolicyChangeApplier } from './policy-change.applier';

const DAY_MS = 86_400_000;

/** Closing votes at their deadline: read the ballots, tally, store the result, tell the electorate, and act on a pass. */
@Injectable()
export class ClosingService {
  private readonly logger = new Logger(ClosingService.name);

  constructor(
    private readonly txHost: TxHost,
    private readonly notifications: NotificationService,
    private readonly policyChanges: PolicyChangeApplier,
  ) {}

  /** Closes every vote whose deadline passed by `now` (the scheduled job's work), then delivers the ProposalPassed events. */
  async closeDue(now: Date): Promise<number> {
    const due = await this.dueIds(now);
    for (const id of due) {
      const passed = await this.close(id, now);
      if (passed) await this.deliver(passed);
    }
    return due.length;
  }

  private async dueIds(now: Date): Promise<string[]> {
    const rows = await this.txHost.tx
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('p.state IN (:...states) AND p.voting_closes_at <= :now', { states: proposalMachine.sourcesOf('CLOSED'), now })
      .orderBy('p.voting_closes_at')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * Closes one vote in one transaction (the proposal row locked, so two workers never close it
   * twice and no ballot slips in). Returns the ProposalPassed event to deliver, or null.
   */
  @Transactional()
  async close(proposalId: string, now: Date): Promise<ProposalPassed | null> {
    const proposal = await this.txHost.tx
      .getRepository(Proposal)
      .findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || proposal.state !== 'VOTING') return null;
    proposalMachine.assert(proposal.state, 'CLOSED');
    const ballots = (await this.txHost.tx.query(
      `SELECT member_class AS "memberClass", choice FROM ballot WHERE proposal_id = $1`,
      [proposalId],
    )) as { memberClass: MemberClass; choice: BallotChoice }[];
    const result = tallyProposal(proposal, ballots);
    Object.assign(proposal, { state: 'CLOSED', outcome: result.outcome, closedAt: now, result: publishResult(result) });
    await this.txHost.tx.getRepository(Proposal).save(proposal);
    await this.notifications.announce('RESULT', proposalId);
    return result.outcome === 'PASSED'
      ? new ProposalPassed(proposal.id, proposal.kind, proposal.policyChanges, proposal.allocationId, now.toISOString())
      : null;
  }

  /** Hands a ProposalPassed to its subscribers, each idempotent. */
  async deliver(event: ProposalPassed): Promise<void> {
    await this.policyChanges.handle(event);
    this.logger.log({ msg: 'proposal passed', proposalId: event.proposalId, kind: event.kind });
  }

  /** Tells the electorate of every vote closing within 24 hours of `now`, once. */
  @Transactional()
  async announceClosingSoon(now: Date): Promise<number> {
    const soon = await this.txHost.tx
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .where(`p.state = 'VOTING' AND NOT p.closing_soon_sent AND p.voting_closes_at <= :soon`, {
        soon: new Date(now.getTime() + DAY_MS),
      })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const proposal of soon) {
      await this.notifications.announce('VOTING_CLOSES_SOON', proposal.id);
      await this.txHost.tx.getRepository(Proposal).update(proposal.id, { closingSoonSent: true });
    }
    return soon.length;
  }
}

/** The tally of a proposal's ballots under the rules frozen when its vote opened. */
export function tallyProposal(proposal: Proposal, ballots: { memberClass: MemberClass; choice: BallotChoice }[]): TallyResult {
  const frozen = proposal.rules as unknown as Omit<TallyRules, 'threshold'> & { threshold: string };
  return tally({
    pollId: proposal.id,
    type: proposal.pollType,
    options: proposal.options.map((option) => option.id),
    ballots,
    electorate: proposal.electorateSize ?? 0,
    rules: { ...frozen, threshold: parseFraction(frozen.threshold)! },
  });
}
