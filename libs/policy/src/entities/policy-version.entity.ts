import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One value of one policy parameter from a moment on; the history is never rewritten. */
@Entity('policy_version')
export class PolicyVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column()
  reason: string;

  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
