import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { InvalidInputError, malformedTextReason } from '@allmende/core';

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

/**
 * The version of a record's hashed shape; a new shape gets a new number, old records keep theirs
 * and verify as they were sealed. 2 added `lotHeaderHash`, which binds the lot's own facts.
 */
export const RECORD_CONTENT_VERSION = 2;
export const ATTESTATION_CONTENT_VERSION = 1;
export const LOT_HEADER_VERSION = 1;
/** 2: each lot carries `creatorOrganisationId`, so its header can be checked; 1 is still read. */
export const CHAIN_EXPORT_FORMAT = 'allmende-provenance-chain/2';

/** The times a hashed record may carry: from 1900 to the end of year 9999 (what ISO 8601's four digits and PostgreSQL agree on). */
export const EARLIEST_HASHED_TIME = Date.UTC(1900, 0, 1);
export const LATEST_HASHED_TIME = Date.UTC(10000, 0, 1) - 1;

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
 * A lot's own facts, fixed when it is created: its first record seals their hash into the chain,
 * so changing the custody model (which decides whether the goods show as traceable) breaks it.
 */
export interface LotHeader {
  lotId: string;
  code: string;
  name: string;
  custodyModel: CustodyModel;
  /** The custodian at creation. */
  creatorOrganisationId: string;
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
  /** Version 2 on: the lot header's hash at position 0, null after; absent from version 1 records. */
  lotHeaderHash?: string | null;
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
  /** The lot's facts as stored now; checked against what the first record sealed. */
  header?: LotHeader | null;
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
  'LOT_HEADER_MISMATCH',
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

function assertHashable(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const reason = malformedTextReason(value);
    if (reason) throw new InvalidInputError(`${path} ${reason}`, { [path]: [reason] });
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new InvalidInputError(`${path} must be a finite number`, { [path]: ['must be a finite number'] });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) assertHashable(item, path ? `${path}.${key}` : key);
  }
}

/**
 * The one canonical form every provenance hash is taken over: RFC 8785 JSON. Text must be
 * well-formed Unicode without NUL and numbers finite, since anything else would be stored as
 * something other than what was hashed (a lone surrogate becomes U+FFFD) and never verify again.
 */
export function canonicalForm(content: object): string {
  assertHashable(content, '');
  return canonicalize(content)!;
}

/** SHA-256 (hex) of the canonical form of `content`. */
export function contentHash(content: object): string {
  return createHash('sha256').update(canonicalForm(content)).digest('hex');
}

/**
 * A JS date as the hashed time string: UTC, four-digit year, PostgreSQL's microseconds, exactly as
 * the database gives it back. A time outside EARLIEST_HASHED_TIME..LATEST_HASHED_TIME has no such form.
 */
export function hashTime(date: Date, field = 'occurredAt'): string {
  const time = date.getTime();
  if (!(time >= EARLIEST_HASHED_TIME && time <= LATEST_HASHED_TIME)) {
    throw new InvalidInputError(`${field} must be between 1900-01-01 and 9999-12-31`, {
      [field]: ['must be between 1900-01-01 and 9999-12-31'],
    });
  }
  return date.toISOString().replace('Z', '000Z');
}

/** A lot's header from its stored facts. */
export function headerOf(lot: {
  id: string;
  code: string;
  name: string;
  custodyModel: CustodyModel;
  creatorOrganisationId: string;
}): LotHeader {
  return {
    lotId: lot.id,
    code: lot.code,
    name: lot.name,
    custodyModel: lot.custodyModel,
    creatorOrganisationId: lot.creatorOrganisationId,
  };
}

/** The hash a lot's first record seals its header with. */
export function lotHeaderHash(header: LotHeader): string {
  return contentHash({ v: LOT_HEADER_VERSION, ...header });
}

/** A record's content and hash, given the chain it is appended to (the first record with its lot's header hash). */
export function sealRecord(content: Omit<RecordContent, 'v'>): ChainedRecord {
  const full: RecordContent = { v: RECORD_CONTENT_VERSION, ...content, lotHeaderHash: content.lotHeaderHash ?? null };
  return { ...full, hash: contentHash(full) };
}

export function sealAttestation(content: Omit<AttestationContent, 'v'>): ChainedAttestation {
  const full: AttestationContent = { v: ATTESTATION_CONTENT_VERSION, ...content };
  return { ...full, hash: contentHash(full) };
}

/** The hash a stored record should have: its content without the stored hash. */
function recomputed<T extends { hash: string }>(sealed: T): string {
  const { hash: _stored, ...content } = sealed;
  try {
    return contentHash(content);
  } catch {
    return 'unhashable'; // content nobody could have sealed matches no hash
  }
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
  const first = records[0];
  // Version 1 chains were sealed before headers were bound: they verify as they were sealed.
  if (chain.header && first && first.v >= 2 && first.lotHeaderHash !== lotHeaderHash(chain.header)) {
    broken(
      0,
      'LOT_HEADER_MISMATCH',
      'The lot’s code, name, custody model or first custodian differ from what its chain was sealed with',
    );
  }
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
