import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ParameterChange, PollOption } from './proposal.entity';

/** A post in a proposal's thread; a reply names its top-level post (one level of nesting). */
@Entity('proposal_post')
export class ProposalPost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'member_class', type: 'text' })
  memberClass: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The proposal as it stood after each amendment (version 0 is the text first published); kept for the diffs. */
@Entity('proposal_amendment')
export class ProposalAmendment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'problem_statement', type: 'text' })
  problemStatement: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb' })
  options: PollOption[];

  @Column({ name: 'policy_changes', type: 'jsonb' })
  policyChanges: ParameterChange[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
