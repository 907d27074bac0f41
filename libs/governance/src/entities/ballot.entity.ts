import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MemberClass } from '@allmende/policy';
import type { BallotChoice } from '../tally/tally';

/** A member who may vote on a proposal: the electorate frozen when voting opened. */
@Entity('proposal_elector')
export class Elector {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'member_class', type: 'text' })
  memberClass: MemberClass;

  /** Who acts for the member (and gets its notifications). */
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;
}

/**
 * A secret ballot. One per elector (unique, and a foreign key to the frozen electorate), changed
 * in place until the vote closes. The API never shows member_id next to the choice: the
 * published list carries the receipt, the class and the choice only.
 */
@Entity('ballot')
export class Ballot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'member_class', type: 'text' })
  memberClass: MemberClass;

  @Column({ type: 'jsonb' })
  choice: BallotChoice;

  /** What the voter keeps to find the ballot in the published list; the same across changes. */
  @Column({ type: 'text' })
  receipt: string;

  @CreateDateColumn({ name: 'cast_at', type: 'timestamptz' })
  castAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
