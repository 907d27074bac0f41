import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Connection, decodeCursor, NotFoundError, toConnection, TxHost } from '@allmende/core';
import type { ProvenanceRecord, ProvenanceSummary, ProvenanceVerification } from '../api/provenance.types';
import { LotProduct } from '../entities/lot-product.entity';
import { ProvenanceLot } from '../entities/provenance-lot.entity';
import {
  CHAIN_EXPORT_FORMAT,
  ChainedAttestation,
  ChainedRecord,
  headerOf,
  inputAnchors,
  LotChain,
  RecordKind,
  RecordDetails,
  verifyTree,
} from './chain';
import { epcisDocument, EpcisDocument } from './epcis';
import { anchoredRecords, corrections, recordViews, summarise } from './provenance-view';

/** Times as hashed: UTC with microseconds, straight from PostgreSQL so no digit is lost on the way. */
const hashedTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const RECORD_COLUMNS = `id, lot_id, position, kind, actor_organisation_id, ${hashedTime('occurred_at')} AS occurred_at,
  place_name, place_country, latitude, longitude, description, evidence_hash, evidence_url, details, corrects_record_id,
  recorded_by, ${hashedTime('recorded_at')} AS recorded_at, previous_hash, content_version, lot_header_hash, hash`;

interface RecordRow {
  id: string;
  lot_id: string;
  position: number;
  kind: RecordKind;
  actor_organisation_id: string;
  occurred_at: string;
  place_name: string;
  place_country: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  evidence_hash: string | null;
  evidence_url: string | null;
  details: RecordDetails;
  corrects_record_id: string | null;
  recorded_by: string;
  recorded_at: string;
  previous_hash: string | null;
  content_version: number;
  lot_header_hash: string | null;
  hash: string;
}

/** A stored row as the content it was hashed from. */
function toContent(row: RecordRow): ChainedRecord {
  return {
    v: row.content_version,
    id: row.id,
    lotId: row.lot_id,
    position: row.position,
    kind: row.kind,
    actorOrganisationId: row.actor_organisation_id,
    occurredAt: row.occurred_at,
    place: { name: row.place_name, country: row.place_country, latitude: row.latitude, longitude: row.longitude },
    description: row.description,
    evidence:
      row.evidence_hash === null && row.evidence_url === null ? null : { documentHash: row.evidence_hash, url: row.evidence_url },
    details: row.details,
    correctsRecordId: row.corrects_record_id,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    previousHash: row.previous_hash,
    // Version 1 content has no such key at all, so it hashes as it was sealed.
    ...(row.content_version >= 2 ? { lotHeaderHash: row.lot_header_hash } : {}),
    hash: row.hash,
  };
}

export interface LotTree {
  rootLotId: string;
  lots: Map<string, ProvenanceLot>;
  chains: Map<string, LotChain>;
}

export interface ChainExport {
  format: string;
  lotId: string;
  exportedAt: string;
  lots: (Pick<ProvenanceLot, 'id' | 'code' | 'name' | 'custodyModel' | 'creatorOrganisationId' | 'custodianOrganisationId'> &
    Omit<LotChain, 'header'>)[];
}

/** Reads of provenance: chains and their input lots (level by level, a constant number of statements per level), verification, summaries, exports. */
@Injectable()
export class ProvenanceQueryService {
  constructor(private readonly txHost: TxHost) {}

  private get lots() {
    return this.txHost.tx.getRepository(ProvenanceLot);
  }

  async getLot(id: string): Promise<ProvenanceLot> {
    const lot = await this.lots.findOneBy({ id });
    if (!lot) throw new NotFoundError('Lot', id);
    return lot;
  }

  async findLots(ids: readonly string[]): Promise<ProvenanceLot[]> {
    return ids.length ? this.lots.findBy({ id: In([...ids]) }) : [];
  }

  /** Lots an organisation holds or has recorded steps of, newest first. */
  async lotsOfOrganisation(organisationId: string, first: number, after?: string | null): Promise<Connection<ProvenanceLot>> {
    const query = this.lots.createQueryBuilder('l').where(
      `(l.custodian_organisation_id = :organisationId OR EXISTS (SELECT 1 FROM provenance_record r
          WHERE r.lot_id = l.id AND r.actor_organisation_id = :organisationId))`,
      { organisationId },
    );
    const totalCount = await query.getCount();
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(l.created_at, l.id) < (:at, :id)', { at, id });
    }
    const rows = await query
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (lot) => [lot.createdAt.toISOString(), lot.id]);
  }

  /** The lots tied to each product, newest link first. */
  async lotIdsOfProducts(productIds: readonly string[]): Promise<LotProduct[]> {
    if (!productIds.length) return [];
    return this.txHost.tx
      .getRepository(LotProduct)
      .find({ where: { productId: In([...productIds]) }, order: { linkedAt: 'DESC', lotId: 'ASC' } });
  }

  async recordsOf(lotIds: readonly string[]): Promise<ChainedRecord[]> {
    const rows = await this.txHost.tx.query<RecordRow[]>(
      `SELECT ${RECORD_COLUMNS} FROM provenance_record WHERE lot_id = ANY($1) ORDER BY lot_id, position`,
      [lotIds],
    );
    return rows.map(toContent);
  }

  async recordById(id: string): Promise<ChainedRecord | null> {
    const [row] = await this.txHost.tx.query<RecordRow[]>(`SELECT ${RECORD_COLUMNS} FROM provenance_record WHERE id = $1`, [id]);
    return row ? toContent(row) : null;
  }

  async recordAt(lotId: string, position: number): Promise<ChainedRecord | null> {
    const [row] = await this.txHost.tx.query<RecordRow[]>(
      `SELECT ${RECORD_COLUMNS} FROM provenance_record WHERE lot_id = $1 AND position = $2`,
      [lotId, position],
    );
    return row ? toContent(row) : null;
  }

  /** Whether the lot already has a record that starts the goods' story (an origin or a transformation). */
  async hasStart(lotId: string): Promise<boolean> {
    const [row] = await this.txHost.tx.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM provenance_record WHERE lot_id = $1 AND kind IN ('ORIGIN', 'TRANSFORMATION')) AS found`,
      [lotId],
    );
    return row.found;
  }

  async attestationsOf(lotIds: readonly string[]): Promise<ChainedAttestation[]> {
    return this.txHost.tx.query<ChainedAttestation[]>(
      `SELECT a.id, 1 AS v, a.record_id AS "recordId", a.record_hash AS "recordHash", a.organisation_id AS "organisationId",
          a.attested_by AS "attestedBy", ${hashedTime('a.attested_at')} AS "attestedAt", a.statement, a.hash
        FROM provenance_attestation a JOIN provenance_record r ON r.id = a.record_id
        WHERE r.lot_id = ANY($1) ORDER BY a.attested_at, a.id`,
      [lotIds],
    );
  }

  /** Organisation-wide certificates held by these organisations, whatever lot declared them. */
  async organisationCertificates(organisationIds: readonly string[]): Promise<ChainedRecord[]> {
    if (!organisationIds.length) return [];
    const rows = await this.txHost.tx.query<RecordRow[]>(
      `SELECT ${RECORD_COLUMNS} FROM provenance_record
        WHERE kind = 'CERTIFICATION' AND details #>> '{certification,holderOrganisationId}' = ANY($1)`,
      [organisationIds],
    );
    return rows.map(toContent);
  }

  /** Lots and every lot they were made from, however deep: three statements per level of the tree. */
  async loadTrees(rootLotIds: readonly string[]): Promise<{ lots: Map<string, ProvenanceLot>; chains: Map<string, LotChain> }> {
    const lots = new Map<string, ProvenanceLot>();
    const chains = new Map<string, LotChain>();
    let level = [...new Set(rootLotIds)];
    while (level.length) {
      const [found, records, attestations] = await Promise.all([
        this.findLots(level),
        this.recordsOf(level),
        this.attestationsOf(level),
      ]);
      for (const lot of found) {
        lots.set(lot.id, lot);
        chains.set(lot.id, {
          lotId: lot.id,
          header: headerOf(lot),
          headHash: lot.headHash,
          recordCount: lot.recordCount,
          records: [],
          attestations: [],
        });
      }
      for (const record of records) chains.get(record.lotId)?.records.push(record);
      const lotOfRecord = new Map(records.map((record) => [record.id, record.lotId]));
      for (const attestation of attestations) chains.get(lotOfRecord.get(attestation.recordId)!)?.attestations.push(attestation);
      level = [...new Set(inputAnchors(records).map((input) => input.lotId))].filter((id) => !lots.has(id));
    }
    return { lots, chains };
  }

  async loadTree(rootLotId: string): Promise<LotTree> {
    const tree = await this.loadTrees([rootLotId]);
    if (!tree.lots.has(rootLotId)) throw new NotFoundError('Lot', rootLotId);
    return { rootLotId, ...tree };
  }

  /** Recomputes every hash of the lot's chain and of its input lots' chains; reports each broken link. */
  async verify(lotId: string): Promise<ProvenanceVerification> {
    const { chains } = await this.loadTree(lotId);
    const breaks = verifyTree(chains);
    const recordsChecked = [...chains.values()].reduce((sum, chain) => sum + chain.records.length, 0);
    return { lotId, valid: breaks.length === 0, lotsChecked: chains.size, recordsChecked, breaks };
  }

  /** A page of one lot's records, in chain order, with their certificates and attestations. */
  async recordPage(lotId: string, first: number, after?: string | null): Promise<Connection<ProvenanceRecord>> {
    const lot = await this.getLot(lotId);
    const from = after ? Number(decodeCursor(after, ['integer'])[0]) + 1 : 0;
    const [rows, context] = await Promise.all([
      this.txHost.tx.query<RecordRow[]>(
        `SELECT ${RECORD_COLUMNS} FROM provenance_record WHERE lot_id = $1 AND position BETWEEN $2 AND $3 ORDER BY position`,
        [lotId, from, from + first],
      ),
      this.certificatesAndCorrections(lotId),
    ]);
    const views = await this.views(rows.map(toContent), context);
    return toConnection(views, first, lot.recordCount, (record) => [record.position]);
  }

  async recordView(id: string): Promise<ProvenanceRecord> {
    const record = await this.recordById(id);
    if (!record) throw new NotFoundError('Provenance record', id);
    const [view] = await this.views([record], await this.certificatesAndCorrections(record.lotId));
    return view;
  }

  /** The records of a lot that bear on others: its certificates and its corrections. */
  private async certificatesAndCorrections(lotId: string): Promise<ChainedRecord[]> {
    const rows = await this.txHost.tx.query<RecordRow[]>(
      `SELECT ${RECORD_COLUMNS} FROM provenance_record
        WHERE lot_id = $1 AND (kind = 'CERTIFICATION' OR corrects_record_id IS NOT NULL) ORDER BY position`,
      [lotId],
    );
    return rows.map(toContent);
  }

  /** Summaries of lots for buyers, input lots included; a few statements whatever the number of lots. */
  async summaries(lotIds: readonly string[]): Promise<Map<string, ProvenanceSummary>> {
    const { lots, chains } = await this.loadTrees(lotIds);
    const summaries = new Map<string, ProvenanceSummary>();
    const scoped = new Map(lotIds.filter((id) => lots.has(id)).map((id) => [id, anchoredRecords(chains, id)]));
    const allRecords = [...new Set([...scoped.values()].flat())];
    const views = new Map((await this.views(allRecords, allRecords, chains)).map((view) => [view.id, view]));
    for (const [lotId, records] of scoped) {
      const lotCount = new Set(records.map((record) => record.lotId)).size;
      summaries.set(
        lotId,
        summarise(
          lots.get(lotId)!,
          records.map((record) => views.get(record.id)!),
          Math.max(lotCount, 1),
        ),
      );
    }
    return summaries;
  }

  /** The lot's whole tree with every hash, for offline verification (scripts/verify-provenance.js). */
  async exportChain(lotId: string): Promise<ChainExport> {
    const { lots, chains } = await this.loadTree(lotId);
    return {
      format: CHAIN_EXPORT_FORMAT,
      lotId,
      exportedAt: new Date().toISOString(),
      lots: [...chains.values()].map((chain) => {
        const { id, code, name, custodyModel, creatorOrganisationId, custodianOrganisationId } = lots.get(chain.lotId)!;
        const { header: _header, ...sealed } = chain;
        return { id, code, name, custodyModel, creatorOrganisationId, custodianOrganisationId, ...sealed };
      }),
    };
  }

  /** The lot's provenance as a GS1 EPCIS 2.0 document: one event per record, input lots included. */
  async epcis(lotId: string): Promise<EpcisDocument> {
    const { lots, chains } = await this.loadTree(lotId);
    return epcisDocument(lots, anchoredRecords(chains, lotId));
  }

  /**
   * Views of `records`: `context` are the records whose certificates and corrections may apply (the
   * same lots); organisation certificates of the actors are looked up, attestations taken from the
   * loaded chains or read.
   */
  private async views(
    records: readonly ChainedRecord[],
    context: readonly ChainedRecord[],
    chains?: ReadonlyMap<string, LotChain>,
  ): Promise<ProvenanceRecord[]> {
    const lotIds = [...new Set(records.map((record) => record.lotId))];
    const [organisationCertificates, attestations] = await Promise.all([
      this.organisationCertificates([...new Set(records.map((record) => record.actorOrganisationId))]),
      chains ? lotIds.flatMap((id) => chains.get(id)?.attestations ?? []) : this.attestationsOf(lotIds),
    ]);
    const certificates = new Map(
      [...context.filter((record) => record.kind === 'CERTIFICATION'), ...organisationCertificates].map((c) => [c.id, c]),
    );
    return recordViews(records, {
      certificates: [...certificates.values()],
      attestations,
      correctedBy: corrections(context),
      today: new Date().toISOString().slice(0, 10),
    });
  }
}
