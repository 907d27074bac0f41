import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ProviderEventOutcome = 'APPLIED' | 'IGNORED' | 'REJECTED';

/** A webhook event, stored by the provider's id so a redelivery is recognised and changes nothing. */
@Entity('provider_event')
export class ProviderEvent {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  provider: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  /** APPLIED when it changed something; IGNORED when it was stale, not ours, or of no interest; REJECTED when malformed (see note). */
  @Column({ type: 'text' })
  outcome: ProviderEventOutcome;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'provider_created_at', type: 'timestamptz', nullable: true })
  providerCreatedAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
