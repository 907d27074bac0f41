import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PollType } from '../tally/tally';
import type { ProposalKind, ProposalOutcome, ProposalState } from '../state/proposal-state';

export interface PollOption {
  id: string;
  label: string;
}

export interface ParameterChange {
  key: string;
  value: number | boolean | string;
}

/** A proposal with its one poll. Text, options and changes are the latest amendment's; earlier ones are in proposal_amendment. */
@Entity('proposal')
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int', insert: false, update: false })
  number: number;

  @Column({ name: 'author_member_id', type: 'uuid' })
  authorMemberId: string;

  @Column({ name: 'author_account_id', type: 'uuid' })
  authorAccountId: string;

  @Column({ type: 'text' })
  kind: ProposalKind;

  @Column({ type: 'text', default: 'DRAFT' })
  state: ProposalState;

  @Column({ type: 'text', nullable: true })
  outcome: ProposalOutcome | null;

  @Column({ type: 'text' })
  title: string;

  /** What problem it answers: the proposal opens with it, before any solution. */
  @Column({ name: 'problem_statement', type: 'text' })
  problemStatement: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'poll_type', type: 'text' })
  pollType: PollType;

  @Column({ type: 'jsonb', default: [] })
  options: PollOption[];

  @Column({ name: 'policy_changes', type: 'jsonb', default: [] })
  policyChanges: ParameterChange[];

  /** DIVIDEND_ALLOCATION: the dividends run it approves. */
  @Column({ name: 'allocation_id', type: 'uuid', nullable: true })
  allocationId: string | null;

  /** How many amendments were made (0 for the text as first published). */
  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ name: 'deliberation_started_at', type: 'timestamptz', nullable: true })
  deliberationStartedAt: Date | null;

  @Column({ name: 'voting_opened_at', type: 'timestamptz', nullable: true })
  votingOpenedAt: Date | null;

  @Column({ name: 'voting_closes_at', type: 'timestamptz', nullable: true })
  votingClosesAt: Date | null;

  /** Whether the 24-hours-left notification went out. */
  @Column({ name: 'closing_soon_sent', type: 'boolean', default: false })
  closingSoonSent: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Members in good standing when voting opened. */
  @Column({ name: 'electorate_size', type: 'int', nullable: true })
  electorateSize: number | null;

  /** The rules the tally used, frozen when voting opened (weights, cap, quorum, threshold, block rule). */
  @Column({ type: 'jsonb', nullable: true })
  rules: Record<string, unknown> | null;

  /** The published tally (rationals as "n/d" text). */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ name: 'implemented_at', type: 'timestamptz', nullable: true })
  implementedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
