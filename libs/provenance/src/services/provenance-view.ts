import type {
  CertificateStatus,
  CertificateType,
  ProvenanceAttestation,
  ProvenanceRecord,
  ProvenanceSummary,
} from '../api/provenance.types';
import type { ProvenanceLot } from '../entities/provenance-lot.entity';
import { ChainedAttestation, ChainedRecord, LotChain, Place } from './chain';

/** How many steps a summary lists; the counts still cover all of them. */
export const MAX_SUMMARY_STEPS = 200;

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in km, or null when a place has no coordinates. */
export function distanceKm(from: Place, to: Place): number | null {
  if (from.latitude === null || from.longitude === null || to.latitude === null || to.longitude === null) return null;
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLon = (to.longitude - from.longitude) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a)) * 10) / 10;
}

/** A certificate's validity on a calendar day (YYYY-MM-DD), both ends inclusive. */
export function certificateStatus(certificate: { validFrom: string; validTo: string }, day: string): CertificateStatus {
  if (day < certificate.validFrom) return 'NOT_YET_VALID';
  if (day > certificate.validTo) return 'EXPIRED';
  return 'VALID';
}

const dayOf = (isoTime: string) => isoTime.slice(0, 10);

function certificateOf(record: ChainedRecord, day: string): CertificateType | null {
  const certification = record.details.certification;
  if (!certification) return null;
  return { ...certification, recordId: record.id, status: certificateStatus(certification, day) };
}

/** Does this certificate speak for this step? Lot and product certificates for their own lot; organisation ones for their holder's steps. */
function covers(certificate: ChainedRecord, step: ChainedRecord): boolean {
  const certification = certificate.details.certification!;
  if (certification.scope === 'ORGANISATION') return certification.holderOrganisationId === step.actorOrganisationId;
  return certificate.lotId === step.lotId;
}

export interface ViewContext {
  /** CERTIFICATION records that may cover the steps: those of the steps' lots and their actors' organisation certificates. */
  certificates: readonly ChainedRecord[];
  attestations: readonly ChainedAttestation[];
  /** Record id -> the id of the record correcting it. */
  correctedBy: ReadonlyMap<string, string>;
  today: string;
}

/** Records as buyers and producers see them: certificates checked at each step's date, attestations checked against the record. */
export function recordViews(records: readonly ChainedRecord[], context: ViewContext): ProvenanceRecord[] {
  const attestationsOf = new Map<string, ChainedAttestation[]>();
  for (const attestation of context.attestations) {
    const list = attestationsOf.get(attestation.recordId) ?? [];
    list.push(attestation);
    attestationsOf.set(attestation.recordId, list);
  }
  return records.map((record) => {
    const day = dayOf(record.occurredAt);
    const transport = record.details.transport;
    const attestations: ProvenanceAttestation[] = (attestationsOf.get(record.id) ?? []).map((attestation) => ({
      id: attestation.id,
      recordId: attestation.recordId,
      organisationId: attestation.organisationId,
      statement: attestation.statement,
      attestedAt: new Date(attestation.attestedAt),
      valid: attestation.recordHash === record.hash,
    }));
    return {
      id: record.id,
      lotId: record.lotId,
      position: record.position,
      kind: record.kind,
      actorOrganisationId: record.actorOrganisationId,
      occurredAt: new Date(record.occurredAt),
      place: record.place,
      description: record.description,
      evidence: record.evidence,
      transport: transport ? { ...transport, distanceKm: distanceKm(transport.from, record.place) } : null,
      certification: certificateOf(record, context.today),
      inputs: record.details.inputs ?? [],
      custodyTransfer: record.details.custodyTransfer ?? null,
      correctsRecordId: record.correctsRecordId,
      correctedByRecordId: context.correctedBy.get(record.id) ?? null,
      certificates:
        record.kind === 'CERTIFICATION'
          ? []
          : context.certificates.filter((certificate) => covers(certificate, record)).map((c) => certificateOf(c, day)!),
      attestations,
      recordedAt: new Date(record.recordedAt),
      hash: record.hash,
      previousHash: record.previousHash,
    };
  });
}

/** Record id -> the latest record that corrects it. */
export function corrections(records: readonly ChainedRecord[]): Map<string, string> {
  return new Map(records.filter((r) => r.correctsRecordId).map((r) => [r.correctsRecordId!, r.id]));
}

/**
 * The records that make up a lot's provenance: its own, and each input lot's up to the record it
 * was anchored at when transformed (what an input lot went through later is not this lot's story).
 */
export function anchoredRecords(chains: ReadonlyMap<string, LotChain>, rootLotId: string): ChainedRecord[] {
  const upTo = new Map<string, number>();
  const visit = (lotId: string, lastPosition: number) => {
    if ((upTo.get(lotId) ?? -1) >= lastPosition) return;
    upTo.set(lotId, lastPosition);
    for (const record of chains.get(lotId)?.records.slice(0, lastPosition + 1) ?? []) {
      for (const input of record.details.inputs ?? []) visit(input.lotId, input.position);
    }
  };
  visit(rootLotId, Number.MAX_SAFE_INTEGER);
  return [...upTo].flatMap(([lotId, last]) => chains.get(lotId)?.records.slice(0, last + 1) ?? []);
}

const byTime = (a: ProvenanceRecord, b: ProvenanceRecord) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || a.lotId.localeCompare(b.lotId) || a.position - b.position;

/**
 * A buyer's summary. Completeness: 20 points for an origin, and 80 shared by the steps, half
 * for being attested by another organisation and half for being covered by a certificate valid
 * at the step's date. Corrected records count through their corrections.
 */
export function summarise(lot: ProvenanceLot, steps: ProvenanceRecord[], lotCount: number): ProvenanceSummary {
  const current = steps.filter((step) => !step.correctedByRecordId).sort(byTime);
  const work = current.filter((step) => step.kind !== 'CERTIFICATION');
  const attestedSteps = work.filter((step) => step.attestations.some((a) => a.valid)).length;
  const certifiedSteps = work.filter((step) => step.certificates.some((c) => c.status === 'VALID')).length;
  const origin = current.find((step) => step.kind === 'ORIGIN') ?? null;
  const shared = work.length ? (80 * (attestedSteps + certifiedSteps)) / (2 * work.length) : 0;
  const transportKm = work.reduce((sum, step) => sum + (step.transport?.distanceKm ?? 0), 0);
  return {
    lot,
    traceable: lot.traceable,
    origin,
    steps: current.slice(0, MAX_SUMMARY_STEPS),
    stepCount: current.length,
    lotCount,
    certificates: current.flatMap((step) => (step.certification ? [step.certification] : [])),
    transportKm: Math.round(transportKm),
    attestedSteps,
    certifiedSteps,
    completeness: Math.round((origin ? 20 : 0) + shared),
  };
}
