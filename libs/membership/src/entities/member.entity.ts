import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MemberClass } from '@allmende/policy';
import type { MemberStatus } from '../state/member-state';

/** A member of the co-operative: a person (account) or an organisation, in exactly one class. */
@Entity('member')
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Member number, in order of application. */
  @Column({ type: 'int', insert: false, update: false })
  number: number;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** The account that applied (the person, or the organisation's owner). */
  @Column({ name: 'applied_by', type: 'uuid' })
  appliedBy: string;

  @Column({ name: 'member_class', type: 'text' })
  memberClass: MemberClass;

  @Column({ type: 'text', default: 'APPLIED' })
  status: MemberStatus;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;

  @Column({ name: 'notice_given_at', type: 'timestamptz', nullable: true })
  noticeGivenAt: Date | null;

  /** When the shares are redeemed: the notice date plus the policy's notice period. */
  @Column({ name: 'leaves_at', type: 'timestamptz', nullable: true })
  leavesAt: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
