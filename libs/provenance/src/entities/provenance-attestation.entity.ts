import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Another organisation’s sign-off of a record, over the record's hash; append-only like the records. */
@Entity('provenance_attestation')
export class ProvenanceAttestationRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'record_hash', type: 'text' })
  recordHash: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'attested_by', type: 'uuid' })
  attestedBy: string;

  @Column({ name: 'attested_at', type: 'timestamptz' })
  attestedAt: Date;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'text' })
  hash: string;
}
