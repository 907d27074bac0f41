import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecordDetails, RecordKind } from '../services/chain';

/**
 * A provenance record as stored; written once, never changed (the database refuses UPDATE and
 * DELETE). Read back as hashed content by ProvenanceQueryService, not through this entity.
 */
@Entity('provenance_record')
export class ProvenanceRecordRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  kind: RecordKind;

  @Column({ name: 'actor_organisation_id', type: 'uuid' })
  actorOrganisationId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'place_name', type: 'text' })
  placeName: string;

  @Column({ name: 'place_country', type: 'char', length: 2 })
  placeCountry: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'evidence_hash', type: 'text', nullable: true })
  evidenceHash: string | null;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'jsonb' })
  details: RecordDetails;

  @Column({ name: 'corrects_record_id', type: 'uuid', nullable: true })
  correctsRecordId: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash: string | null;

  /** The shape the content was hashed in (chain.ts RECORD_CONTENT_VERSION at the time). */
  @Column({ name: 'content_version', type: 'int' })
  contentVersion: number;

  @Column({ name: 'lot_header_hash', type: 'text', nullable: true })
  lotHeaderHash: string | null;

  @Column({ type: 'text' })
  hash: string;
}
