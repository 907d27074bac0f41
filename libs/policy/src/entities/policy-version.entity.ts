import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ParameterValue } from '../parameters/parameters';

/** One value of one policy parameter from a moment on; the history is never rewritten (a trigger refuses UPDATE and DELETE). */
@Entity('policy_version')
export class PolicyVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The parameter, e.g. `fees.fairRateBp` (see POLICY_PARAMETERS). */
  @Column()
  key: string;

  @Column({ type: 'jsonb' })
  value: ParameterValue;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column()
  reason: string;

  /** The account that set it: staff seeding a value, or the author of the proposal that changed it. */
  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  /** The governance proposal whose passing set it; null for staff settings. */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
