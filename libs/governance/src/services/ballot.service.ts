import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { GOOD_STANDING, MembershipService } from '@allmende/membership';
import { Ballot, Elector } from '../entities/ballot.entity';
import { Proposal } from '../entities/proposal.entity';
import { checkBallotChoice } from '../tally/ballot-choice';
import { BallotChoice } from '../tally/tally';

export interface PublishedBallot {
  receipt: string;
  memberClass: string;
  choice: BallotChoice;
}

export interface LiveParticipation {
  electorate: number;
  ballotsCast: number;
  byClass: { memberClass: string; electors: number; ballotsCast: number }[];
}

/** A receipt: 20 characters of Crockford base32 (100 random bits) in groups of five. */
function newReceipt(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(20);
  const text = Array.from(bytes, (byte) => alphabet[byte % 32]).join('');
  return text.match(/.{5}/g)!.join('-');
}

/**
 * Secret ballots. Who voted how is never returned: casting returns the receipt only, the live
 * figures are counts, and the published list (after close) carries receipt, class and choice.
 */
@Injectable()
export class BallotService {
  constructor(
    private readonly txHost: TxHost,
    private readonly membership: MembershipService,
  ) {}

  /**
   * Casts or changes the viewer's ballot. Checked before anything is written: the vote is open,
   * the viewer is in the frozen electorate and still in good standing, the choice fits the poll.
   * One ballot per member (a unique constraint): a second cast replaces the choice and keeps the receipt.
   */
  @Transactional()
  async cast(
    viewer: Viewer,
    input: { proposalId: string; choice: BallotChoice; memberId?: string | null },
    now = new Date(),
  ): Promise<string> {
    // A shared lock: the closing job's exclusive lock waits for ballots in flight, and a ballot for a closed vote sees it closed.
    const visible = await this.txHost.tx
      .getRepository(Proposal)
      .findOne({ where: { id: input.proposalId }, lock: { mode: 'pessimistic_read' } });
    if (!visible || visible.state === 'DRAFT') throw new NotFoundError('Proposal', input.proposalId);
    if (visible.state === 'DELIBERATION') throw new DomainError('VOTING_NOT_OPEN', 'Voting on this proposal has not opened yet');
    if (visible.state !== 'VOTING' || (visible.votingClosesAt && visible.votingClosesAt <= now)) {
      throw new DomainError('VOTING_CLOSED', 'Voting on this proposal has closed');
    }
    const member = await this.membership.actingAs(viewer, input.memberId);
    if (!member) throw new DomainError('NOT_A_MEMBER', 'Only members of the co-operative vote');
    if (!GOOD_STANDING.includes(member.status))
      throw new DomainError('MEMBER_NOT_IN_GOOD_STANDING', `Your membership is ${member.status.toLowerCase()}`);
    const elector = await this.txHost.tx.getRepository(Elector).findOneBy({ proposalId: visible.id, memberId: member.id });
    if (!elector) {
      throw new DomainError(
        'NOT_IN_ELECTORATE',
        'You were not a member in good standing when voting opened, so you do not vote on this one',
      );
    }
    const choice = checkBallotChoice(
      visible.pollType,
      visible.options.map((option) => option.id),
      input.choice,
    );
    const [row] = (await this.txHost.tx.query(
      `INSERT INTO ballot (proposal_id, member_id, member_class, choice, receipt)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT ballot_one_per_member
       DO UPDATE SET choice = EXCLUDED.choice, updated_at = now()
       RETURNING receipt`,
      [visible.id, member.id, elector.memberClass, JSON.stringify(choice), newReceipt()],
    )) as { receipt: string }[];
    return row.receipt;
  }

  /** The receipt of the viewer's ballot (only the voter can ask), or null. */
  async myReceipt(viewer: Viewer, proposalId: string, memberId?: string | null): Promise<string | null> {
    const member = await this.membership.actingAs(viewer, memberId);
    if (!member) return null;
    const ballot = await this.txHost.tx
      .getRepository(Ballot)
      .findOne({ where: { proposalId, memberId: member.id }, select: { receipt: true } });
    return ballot?.receipt ?? null;
  }

  /** How many voted, overall and per class, while the vote runs: no choices. */
  async participation(proposalId: string): Promise<LiveParticipation> {
    const rows = (await this.txHost.tx.query(
      `SELECT e.member_class AS "memberClass", count(*)::int AS electors, count(b.id)::int AS "ballotsCast"
         FROM proposal_elector e LEFT JOIN ballot b ON b.proposal_id = e.proposal_id AND b.member_id = e.member_id
        WHERE e.proposal_id = $1 GROUP BY e.member_class ORDER BY e.member_class`,
      [proposalId],
    )) as { memberClass: string; electors: number; ballotsCast: number }[];
    return {
      electorate: rows.reduce((sum, row) => sum + row.electors, 0),
      ballotsCast: rows.reduce((sum, row) => sum + row.ballotsCast, 0),
      byClass: rows,
    };
  }

  /** The counted ballots of a closed vote, by receipt, without member ids. */
  async published(proposalId: string): Promise<PublishedBallot[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT receipt, member_class AS "memberClass", choice FROM ballot WHERE proposal_id = $1 ORDER BY receipt`,
      [proposalId],
    )) as PublishedBallot[];
    return rows;
  }
}
