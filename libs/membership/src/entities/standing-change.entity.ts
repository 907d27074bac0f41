import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberStatus } from '../state/member-state';

/** Every change of a member's status, with who made it and why: append-only. */
@Entity('member_standing_change')
export class StandingChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: MemberStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: MemberStatus;

  @Column({ type: 'text' })
  reason: string;

  /** The staff account, the member, or null for the system (payment, notice period). */
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
