import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A step of carrying out a passed proposal, with its owner and due date. */
@Entity('implementation_task')
export class ImplementationTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_member_id', type: 'uuid' })
  ownerMemberId: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A participant's reflection once the tasks are done: what worked, what did not. */
@Entity('proposal_review')
export class ProposalReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'what_worked', type: 'text' })
  whatWorked: string;

  @Column({ name: 'what_did_not', type: 'text' })
  whatDidNot: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const NOTIFICATION_KINDS = ['PROPOSAL_PUBLISHED', 'VOTING_OPENED', 'VOTING_CLOSES_SOON', 'RESULT'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An event of a proposal that its audience sees as a notification (members for PROPOSAL_PUBLISHED, the electorate otherwise). */
@Entity('governance_notice')
export class GovernanceNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
