import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, stringEnum } from '@allmende/core';
import { ProvenanceLot } from '../entities/provenance-lot.entity';
import {
  BREAK_REASONS,
  BreakReason,
  CERTIFICATE_SCOPES,
  CertificateScope,
  RECORD_KINDS,
  RecordKind,
  TRANSPORT_MODES,
  TransportMode,
} from '../services/chain';

export const RecordKindEnum = stringEnum('ProvenanceRecordKind', RECORD_KINDS, 'What a provenance record tells');
export const TransportModeEnum = stringEnum('TransportMode', TRANSPORT_MODES, 'How goods travelled');
export const CertificateScopeEnum = stringEnum(
  'CertificateScope',
  CERTIFICATE_SCOPES,
  'What a certificate covers: a lot or product (as Fairtrade certifies) or a whole organisation (as the WFTO guarantee system does)',
);
export const CERTIFICATE_STATUSES = ['VALID', 'EXPIRED', 'NOT_YET_VALID'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const CertificateStatusEnum = stringEnum('CertificateStatus', CERTIFICATE_STATUSES, 'A certificate’s validity at a date');
export const BreakReasonEnum = stringEnum('ChainBreakReason', BREAK_REASONS, 'Why a link of a provenance chain is broken');

@ObjectType()
export class PlaceType {
  @Field()
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}

@ObjectType({ description: 'A document backing a record: its SHA-256 and where to find it' })
export class EvidenceType {
  @Field(() => String, { nullable: true })
  documentHash: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType()
export class TransportType {
  @Field(() => PlaceType)
  from: PlaceType;

  @Field(() => TransportModeEnum)
  mode: TransportMode;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance, where both places have coordinates' })
  distanceKm: number | null;
}

@ObjectType({ description: 'A certificate declared by a CERTIFICATION record' })
export class CertificateType {
  @Field(() => ID, { description: 'The CERTIFICATION record that declares it' })
  recordId: string;

  @Field()
  certifier: string;

  @Field(() => ID, { nullable: true })
  certifierOrganisationId: string | null;

  @Field()
  certificateId: string;

  @Field()
  standard: string;

  @Field(() => CertificateScopeEnum)
  scope: CertificateScope;

  @Field(() => ID, { nullable: true, description: 'Whose certificate it is, for an ORGANISATION scope' })
  holderOrganisationId: string | null;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  validFrom: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  validTo: string;

  @Field(() => CertificateStatusEnum, { description: 'Today, or at the date of the record it supports' })
  status: CertificateStatus;
}

@ObjectType()
export class InputLotType {
  @Field(() => ID)
  lotId: string;

  @Field(() => Int, { description: 'The input lot’s last record when it was transformed' })
  position: number;

  @Field()
  hash: string;
}

@ObjectType()
export class CustodyTransferType {
  @Field(() => ID)
  fromOrganisationId: string;

  @Field(() => ID)
  toOrganisationId: string;
}

@ObjectType({ description: 'Another organisation’s sign-off of a record' })
export class ProvenanceAttestation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  statement: string;

  @Field()
  attestedAt: Date;

  @Field({ description: 'False when the record changed after it was signed' })
  valid: boolean;
}

@ObjectType({ description: 'One step of a lot’s provenance, hash-chained to the one before' })
export class ProvenanceRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  lotId: string;

  @Field(() => Int, { description: 'Its place in the lot’s chain, from 0' })
  position: number;

  @Field(() => RecordKindEnum)
  kind: RecordKind;

  @Field(() => ID)
  actorOrganisationId: string;

  @Field()
  occurredAt: Date;

  @Field(() => PlaceType)
  place: PlaceType;

  @Field()
  description: string;

  @Field(() => EvidenceType, { nullable: true })
  evidence: EvidenceType | null;

  @Field(() => TransportType, { nullable: true })
  transport: TransportType | null;

  @Field(() => CertificateType, { nullable: true, description: 'The certificate a CERTIFICATION record declares, as of today' })
  certification: CertificateType | null;

  @Field(() => [InputLotType], { description: 'The lots a TRANSFORMATION made this lot from' })
  inputs: InputLotType[];

  @Field(() => CustodyTransferType, { nullable: true })
  custodyTransfer: CustodyTransferType | null;

  @Field(() => ID, { nullable: true, description: 'The record this one corrects' })
  correctsRecordId: string | null;

  @Field(() => ID, { nullable: true, description: 'A later record that corrects this one' })
  correctedByRecordId: string | null;

  @Field(() => [CertificateType], { description: 'Certificates covering this step, each checked at the step’s date' })
  certificates: CertificateType[];

  @Field(() => [ProvenanceAttestation])
  attestations: ProvenanceAttestation[];

  @Field()
  recordedAt: Date;

  @Field({ description: 'SHA-256 of the record’s canonical JSON (RFC 8785), previous hash included' })
  hash: string;

  @Field(() => String, { nullable: true })
  previousHash: string | null;
}

export const ProvenanceRecordConnection = ConnectionType(ProvenanceRecord, 'ProvenanceRecord');
export const ProvenanceLotConnection = ConnectionType(ProvenanceLot, 'ProvenanceLot');

@ObjectType({ description: 'What a buyer sees of a lot’s provenance, across every co-op it passed through' })
export class ProvenanceSummary {
  @Field(() => ProvenanceLot)
  lot: ProvenanceLot;

  @Field({ description: 'Physically traceable to its origin; never for a mass-balance lot' })
  traceable: boolean;

  @Field(() => ProvenanceRecord, { nullable: true })
  origin: ProvenanceRecord | null;

  @Field(() => [ProvenanceRecord], { description: 'The steps in time order, input lots included (at most 200)' })
  steps: ProvenanceRecord[];

  @Field(() => Int)
  stepCount: number;

  @Field(() => Int, { description: 'Lots in the chain: this one and every input lot' })
  lotCount: number;

  @Field(() => [CertificateType], { description: 'Certificates declared along the chain, as of today' })
  certificates: CertificateType[];

  @Field(() => Float)
  transportKm: number;

  @Field(() => Int)
  attestedSteps: number;

  @Field(() => Int)
  certifiedSteps: number;

  @Field(() => Int, { description: '0 to 100: an origin, and attested and certified steps, raise it' })
  completeness: number;
}

@ObjectType()
export class ChainBreakType {
  @Field(() => ID)
  lotId: string;

  @Field(() => Int, { nullable: true, description: 'The record’s position in its lot’s chain; null for the lot’s head' })
  position: number | null;

  @Field(() => BreakReasonEnum)
  reason: BreakReason;

  @Field()
  message: string;
}

@ObjectType({ description: 'The result of recomputing a lot’s chain and its input lots’ chains' })
export class ProvenanceVerification {
  @Field(() => ID)
  lotId: string;

  @Field()
  valid: boolean;

  @Field(() => Int)
  lotsChecked: number;

  @Field(() => Int)
  recordsChecked: number;

  @Field(() => [ChainBreakType])
  breaks: ChainBreakType[];
}
