import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const RECORD_KINDS = [
  'ORIGIN',
  'PROCESSING',
  'TRANSFORMATION',
  'TRANSPORT',
  'CERTIFICATION',
  'CUSTODY_TRANSFER',
  'INSPECTION',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const CUSTODY_MODELS = ['IDENTITY_PRESERVED', 'SEGREGATED', 'MASS_BALANCE'] as const;
export type CustodyModel = (typeof CUSTODY_MODELS)[number];

export const TRANSPORT_MODES = ['ROAD', 'RAIL', 'SEA', 'AIR', 'INLAND_WATERWAY', 'OTHER'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const CERTIFICATE_SCOPES = ['LOT', 'PRODUCT', 'ORGANISATION'] as const;
export type CertificateScope = (typeof CERTIFICATE_SCOPES)[number];

/** The version of the hashed content's shape; a new shape gets a new number, old records keep theirs. */
export const CONTENT_VERSION = 1;
export const CHAIN_EXPORT_FORMAT = 'allmende-provenance-chain/1';

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  latitude: number | null;
  longitude: number | null;
}

export interface TransportDetails {
  from: Place;
  mode: TransportMode;
}

export interface CertificationDetails {
  certifier: string;
  /** The certifier's own organisation on Allmende, when it has one: it can then attest the record. */
  certifierOrganisationId: string | null;
  certificateId: string;
  standard: string;
  scope: CertificateScope;
  /** For an ORGANISATION scope: whose certificate it is (the record's actor when not given). */
  holderOrganisationId: string | null;
  /** Calendar dates, YYYY-MM-DD, both inclusive. */
  validFrom: string;
  validTo: string;
}

/** An input lot as it stood when it was transformed: its head then, so later records on it stay out. */
export interface InputAnchor {
  lotId: string;
  position: number;
  hash: string;
}

export interface RecordDetails {
  transport?: TransportDetails;
  certification?: CertificationDetails;
  inputs?: InputAnchor[];
  custodyTransfer?: { fromOrganisationId: string; toOrganisationId: string };
}

/**
 * Everything a record says, exactly as hashed. Times are UTC ISO 8601 with microseconds (PostgreSQL's
 * precision), so no stored digit escapes the hash; `previousHash` and `position` tie it into its chain.
 */
export interface RecordContent {
  v: number;
  id: string;
  lotId: string;
  position: number;
  kind: RecordKind;
  actorOrganisationId: string;
  occurredAt: string;
  place: Place;
  description: string;
  evidence: { documentHash: string | null; url: string | null } | null;
  details: RecordDetails;
  correctsRecordId: string | null;
  recordedBy: string;
  recordedAt: string;
  previousHash: string | null;
}

export interface ChainedRecord extends RecordContent {
  hash: string;
}

export interface AttestationContent {
  v: number;
  id: string;
  recordId: string;
  /** The record as it was signed off: a later change to the record no longer matches. */
  recordHash: string;
  organisationId: string;
  attestedBy: string;
  attestedAt: string;
  statement: string;
}

export interface ChainedAttestation extends AttestationContent {
  hash: string;
}

/** A lot's chain as stored: the lot's head and its records in position order. */
export interface LotChain {
  lotId: string;
  headHash: string | null;
  recordCount: number;
  records: ChainedRecord[];
  attestations: ChainedAttestation[];
}

export const BREAK_REASONS = [
  'HASH_MISMATCH',
  'PREVIOUS_HASH_MISMATCH',
  'POSITION_GAP',
  'HEAD_MISMATCH',
  'INPUT_LOT_MISSING',
  'INPUT_ANCHOR_MISMATCH',
  'ATTESTATION_MISMATCH',
] as const;
export type BreakReason = (typeof BREAK_REASONS)[number];

export interface ChainBreak {
  lotId: string;
  /** The record's position in its lot's chain; null for the lot's head. */
  position: number | null;
  reason: BreakReason;
  message: string;
}

/** SHA-256 (hex) of the RFC 8785 canonical JSON of `content`. */
export function contentHash(content: object): string {
  return createHash('sha256').update(canonicalize(content)!).digest('hex');
}

/** A JS date as the hashed time string, with PostgreSQL's microseconds. */
export function hashTime(date: Date): string {
  return date.toISOString().replace('Z', '000Z');
}

/** A record's content and hash, given the chain it is appended to. */
export function sealRecord(content: Omit<RecordContent, 'v'>): ChainedRecord {
  const full: RecordContent = { v: CONTENT_VERSION, ...content };
  return { ...full, hash: contentHash(full) };
}

export function sealAttestation(content: Omit<AttestationContent, 'v'>): ChainedAttestation {
  const full: AttestationContent = { v: CONTENT_VERSION, ...content };
  return { ...full, hash: contentHash(full) };
}

/** The hash a stored record should have: its content without the stored hash. */
function recomputed<T extends { hash: string }>(sealed: T): string {
  const { hash: _stored, ...content } = sealed;
  return contentHash(content);
}

/**
 * Checks one lot's chain: every record's hash against its content, every link to the previous
 * record, positions without gaps, the lot's head, and attestations against the records they sign.
 */
export function verifyChain(chain: LotChain): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  const broken = (position: number | null, reason: BreakReason, message: string) =>
    breaks.push({ lotId: chain.lotId, position, reason, message });
  const { records } = chain;
  records.forEach((record, index) => {
    const position = record.position;
    if (position !== index) broken(index, 'POSITION_GAP', `Expected the record at position ${index}, found ${position}`);
    const expectedPrevious = index === 0 ? null : records[index - 1].hash;
    if (record.previousHash !== expectedPrevious) {
      broken(position, 'PREVIOUS_HASH_MISMATCH', 'The record does not point at the hash of the record before it');
    }
    if (recomputed(record) !== record.hash) {
      broken(position, 'HASH_MISMATCH', 'The record’s content no longer matches its hash');
    }
  });
  const last = records.at(-1);
  if ((last?.hash ?? null) !== chain.headHash || records.length !== chain.recordCount) {
    broken(
      null,
      'HEAD_MISMATCH',
      `The lot's head names ${chain.recordCount} records ending in ${chain.headHash ?? 'nothing'}, the chain has ${records.length}`,
    );
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const attestation of chain.attestations) {
    const record = byId.get(attestation.recordId);
    if (recomputed(attestation) !== attestation.hash || record?.hash !== attestation.recordHash) {
      broken(record?.position ?? null, 'ATTESTATION_MISMATCH', `The attestation ${attestation.id} no longer matches`);
    }
  }
  return breaks;
}

/**
 * Checks a lot and every input lot it was made from, however deep: each chain on its own, and
 * each transformation's anchor (the input lot's record it names must still carry the same hash).
 */
export function verifyTree(chains: ReadonlyMap<string, LotChain>): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  for (const chain of chains.values()) {
    breaks.push(...verifyChain(chain));
    for (const record of chain.records) {
      for (const input of record.details.inputs ?? []) {
        const inputChain = chains.get(input.lotId);
        const anchored = inputChain?.records[input.position];
        if (!inputChain) {
          breaks.push({
            lotId: chain.lotId,
            position: record.position,
            reason: 'INPUT_LOT_MISSING',
            message: `Input lot ${input.lotId} is missing`,
          });
        } else if (anchored?.hash !== input.hash) {
          breaks.push({
            lotId: chain.lotId,
            position: record.position,
            reason: 'INPUT_ANCHOR_MISMATCH',
            message: `Input lot ${input.lotId} no longer has the record it had at position ${input.position}`,
          });
        }
      }
    }
  }
  return breaks;
}

/** The lots a chain was made from, as anchored by its transformations. */
export function inputAnchors(records: readonly RecordContent[]): InputAnchor[] {
  return records.flatMap((record) => record.details.inputs ?? []);
}
