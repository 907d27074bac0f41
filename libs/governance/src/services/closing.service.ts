import { Injectable } from '@nestjs/common';
import { AuditLog, JobQueue, Transactional, TxHost } from '@allmende/core';
import { MemberClass, parseFraction } from '@allmende/policy';
import { Proposal } from '../entities/proposal.entity';
import { ProposalPassed } from '../events/proposal-passed.event';
import { proposalMachine } from '../state/proposal-state';
import { publishResult } from '../tally/published';
import { BallotChoice, tally, TallyResult, TallyRules } from '../tally/tally';
import { NotificationService } from './notification.service';

const DAY_MS = 86_400_000;

/**
 * Closing votes at their deadline: read the ballots, tally, store the result, tell the
 * electorate, and publish ProposalPassed for a pass (its subscribers act on it after commit).
 */
@Injectable()
export class ClosingService {
  constructor(
    private readonly txHost: TxHost,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  /** Closes every vote whose deadline passed by `now` (the scheduled job's work); returns how many. */
  async closeDue(now: Date): Promise<number> {
    const due = await this.dueIds(now);
    for (const id of due) await this.close(id, now);
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
   * twice and no ballot slips in), with its ProposalPassed in the outbox when it passed.
   */
  @Transactional()
  async close(proposalId: string, now: Date): Promise<void> {
    const proposal = await this.txHost.tx
      .getRepository(Proposal)
      .findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || proposal.state !== 'VOTING') return;
    proposalMachine.assert(proposal.state, 'CLOSED');
    const ballots = (await this.txHost.tx.query(
      `SELECT member_class AS "memberClass", choice FROM ballot WHERE proposal_id = $1`,
      [proposalId],
    )) as { memberClass: MemberClass; choice: BallotChoice }[];
    const result = tallyProposal(proposal, ballots);
    Object.assign(proposal, { state: 'CLOSED', outcome: result.outcome, closedAt: now, result: publishResult(result) });
    await this.txHost.tx.getRepository(Proposal).save(proposal);
    await this.notifications.announce('RESULT', proposalId);
    await this.audit.record({
      action: 'proposal.vote_closed',
      actorAccountId: null,
      subject: { type: 'proposal', id: proposalId },
      details: { outcome: result.outcome, ballots: ballots.length },
    });
    if (result.outcome === 'PASSED') {
      await this.jobs.publish(
        new ProposalPassed({
          proposalId: proposal.id,
          kind: proposal.kind,
          policyChanges: proposal.policyChanges,
          allocationId: proposal.allocationId,
          passedAt: now.toISOString(),
        }),
      );
    }
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
