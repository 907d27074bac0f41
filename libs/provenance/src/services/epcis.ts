import type { ProvenanceLot } from '../entities/provenance-lot.entity';
import { ChainedRecord, Place, RecordKind } from './chain';

export type EpcisEvent = Record<string, unknown>;

export interface EpcisDocument {
  '@context': unknown[];
  type: 'EPCISDocument';
  schemaVersion: '2.0';
  creationDate: string;
  epcisBody: { eventList: EpcisEvent[] };
}

/** Our own terms, in a namespace declared in the document's @context. */
const NS = 'allmende';
const CONTEXT = [
  'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld',
  { [NS]: 'https://allmende.example/ns/epcis/' },
];

/** Lots carry no GS1 keys, so they are named by URN; a quantity with its unit where the lot has one. */
const lotClass = (lot: ProvenanceLot | undefined, lotId: string) => ({
  epcClass: `urn:allmende:lot:${lotId}`,
  ...(lot?.quantity ? { quantity: lot.quantity } : {}),
  ...(lot?.uom ? { uom: lot.uom } : {}),
});
const party = (organisationId: string) => `urn:allmende:organisation:${organisationId}`;

/** Where: a geo URI (RFC 5870) where the place has coordinates, else a URN of country and name. */
function location(place: Place): string {
  if (place.latitude !== null && place.longitude !== null) return `geo:${place.latitude},${place.longitude}`;
  return `urn:allmende:place:${place.country}:${encodeURIComponent(place.name)}`;
}

/** Why: the CBV business step and disposition of each kind of record. */
const WHY: Record<RecordKind, { bizStep: string; disposition: string }> = {
  ORIGIN: { bizStep: 'commissioning', disposition: 'active' },
  PROCESSING: { bizStep: 'repackaging', disposition: 'in_progress' },
  TRANSFORMATION: { bizStep: 'commissioning', disposition: 'active' },
  TRANSPORT: { bizStep: 'transporting', disposition: 'in_transit' },
  CERTIFICATION: { bizStep: 'inspecting', disposition: 'conformant' },
  CUSTODY_TRANSFER: { bizStep: 'shipping', disposition: 'in_transit' },
  INSPECTION: { bizStep: 'inspecting', disposition: 'in_progress' },
};

function event(record: ChainedRecord, lots: ReadonlyMap<string, ProvenanceLot>): EpcisEvent {
  const lot = lots.get(record.lotId);
  const { bizStep, disposition } = WHY[record.kind];
  const common: EpcisEvent = {
    // Our record hash names the event: stable, and the same on every export.
    eventID: `ni:///sha-256;${record.hash}?ver=CBV2.0`,
    eventTime: record.occurredAt,
    eventTimeZoneOffset: '+00:00',
    recordTime: record.recordedAt,
    bizStep,
    disposition,
    readPoint: { id: location(record.place) },
    bizLocation: { id: party(record.actorOrganisationId) },
    [`${NS}:kind`]: record.kind,
    [`${NS}:lot`]: record.lotId,
    [`${NS}:position`]: record.position,
    [`${NS}:hash`]: record.hash,
    [`${NS}:previousHash`]: record.previousHash,
    [`${NS}:place`]: record.place.name,
    [`${NS}:description`]: record.description,
    ...(record.correctsRecordId ? { [`${NS}:corrects`]: `urn:allmende:record:${record.correctsRecordId}` } : {}),
    ...(record.evidence?.url ? { [`${NS}:evidence`]: record.evidence } : {}),
  };
  const { transport, certification, inputs, custodyTransfer } = record.details;
  if (record.kind === 'TRANSFORMATION') {
    return {
      type: 'TransformationEvent',
      ...common,
      inputQuantityList: (inputs ?? []).map((input) => lotClass(lots.get(input.lotId), input.lotId)),
      outputQuantityList: [lotClass(lot, record.lotId)],
      transformationID: `urn:allmende:record:${record.id}`,
    };
  }
  if (record.kind === 'CUSTODY_TRANSFER' && custodyTransfer) {
    return {
      type: 'TransactionEvent',
      ...common,
      action: 'ADD',
      quantityList: [lotClass(lot, record.lotId)],
      bizTransactionList: [{ type: 'desadv', bizTransaction: `urn:allmende:record:${record.id}` }],
      sourceList: [{ type: 'owning_party', source: party(custodyTransfer.fromOrganisationId) }],
      destinationList: [{ type: 'owning_party', destination: party(custodyTransfer.toOrganisationId) }],
    };
  }
  return {
    type: 'ObjectEvent',
    ...common,
    action: record.kind === 'ORIGIN' ? 'ADD' : 'OBSERVE',
    quantityList: [lotClass(lot, record.lotId)],
    ...(transport
      ? {
          sourceList: [{ type: 'location', source: location(transport.from) }],
          destinationList: [{ type: 'location', destination: location(record.place) }],
          [`${NS}:transportMode`]: transport.mode,
        }
      : {}),
    ...(certification
      ? {
          certificationInfo: `urn:allmende:certificate:${encodeURIComponent(certification.certifier)}:${encodeURIComponent(certification.certificateId)}`,
          [`${NS}:certificate`]: certification,
        }
      : {}),
  };
}

/** A GS1 EPCIS 2.0 document of a lot's provenance: what (lot classes), when, where (read point, business location), why (step, disposition). */
export function epcisDocument(
  lots: ReadonlyMap<string, ProvenanceLot>,
  records: readonly ChainedRecord[],
  now = new Date(),
): EpcisDocument {
  const ordered = [...records].sort(
    (a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.lotId.localeCompare(b.lotId) || a.position - b.position,
  );
  return {
    '@context': CONTEXT,
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: now.toISOString(),
    epcisBody: { eventList: ordered.map((record) => event(record, lots)) },
  };
}
