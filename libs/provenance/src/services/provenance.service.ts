import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InvalidInputError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { ProductService } from '@allmende/catalog';
import { OrganisationService } from '@allmende/identity';
import type { AppendRecordInput, CreateLotInput } from '../api/dto/provenance.inputs';
import { ProvenanceError } from '../api/errors';
import { LotProduct } from '../entities/lot-product.entity';
import { ProvenanceAttestationRow } from '../entities/provenance-attestation.entity';
import { ProvenanceLot } from '../entities/provenance-lot.entity';
import { ProvenanceRecordRow } from '../entities/provenance-record.entity';
import {
  ChainedAttestation,
  ChainedRecord,
  hashTime,
  headerOf,
  InputAnchor,
  lotHeaderHash,
  RecordDetails,
  RecordKind,
  sealAttestation,
  sealRecord,
} from './chain';
import { ProvenanceQueryService } from './provenance-query.service';

/** Which input section each kind needs; any other section given is refused. */
const DETAILS_OF_KIND = {
  TRANSPORT: 'transport',
  CERTIFICATION: 'certification',
  TRANSFORMATION: 'inputLotIds',
  CUSTODY_TRANSFER: 'toOrganisationId',
} as const;
const DETAIL_SECTIONS = Object.values(DETAILS_OF_KIND);

/** How far ahead of our clock a step may be dated: the actor's clock may be off, but not by more. */
const ALLOWED_CLOCK_SKEW_MS = 24 * 3600 * 1000;

/** The kinds that start the goods' story; the first of them decides whether the lot is traceable. */
const STARTS: readonly RecordKind[] = ['ORIGIN', 'TRANSFORMATION'];

/** Writes of provenance: lots, their append-only records, and attestations. Every rule is checked before anything is written. */
@Injectable()
export class ProvenanceService {
  constructor(
    private readonly txHost: TxHost,
    private readonly query: ProvenanceQueryService,
    private readonly organisations: OrganisationService,
    private readonly products: ProductService,
  ) {}

  private get lots() {
    return this.txHost.tx.getRepository(ProvenanceLot);
  }

  @Transactional()
  async createLot(viewer: Viewer, input: CreateLotInput): Promise<ProvenanceLot> {
    await this.organisations.assertActsFor(viewer, input.organisationId);
    if (await this.lots.existsBy({ creatorOrganisationId: input.organisationId, code: input.code.trim() })) {
      throw new ProvenanceError('LOT_CODE_TAKEN', `You already have a lot ${input.code.trim()}`);
    }
    const productIds = [...new Set(input.productIds ?? [])];
    for (const productId of productIds) await this.assertSells(viewer, productId);
    const lot = await this.lots.save(
      this.lots.create({
        code: input.code.trim(),
        name: input.name.trim(),
        custodyModel: input.custodyModel,
        quantity: input.quantity ?? null,
        uom: input.uom ?? null,
        creatorOrganisationId: input.organisationId,
        custodianOrganisationId: input.organisationId,
      }),
    );
    if (productIds.length) {
      await this.txHost.tx.getRepository(LotProduct).insert(productIds.map((productId) => ({ lotId: lot.id, productId })));
    }
    return lot;
  }

  /** Ties a lot to a product its custodian sells, so buyers see the lot's provenance on the product. */
  @Transactional()
  async linkProduct(viewer: Viewer, lotId: string, productId: string): Promise<ProvenanceLot> {
    const lot = await this.query.getLot(lotId);
    await this.assertCustodian(viewer, lot);
    await this.assertSells(viewer, productId);
    await this.txHost.tx.getRepository(LotProduct).upsert({ lotId, productId }, ['lotId', 'productId']);
    await this.refreshProducts([productId]);
    return lot;
  }

  /**
   * Appends a record to the lot's chain. The lot row is locked first, so concurrent appends queue
   * up behind each other and each one links to the head the previous one left.
   */
  @Transactional()
  async append(viewer: Viewer, lotId: string, input: AppendRecordInput): Promise<ChainedRecord> {
    const occurredAt = hashTime(input.occurredAt);
    if (input.occurredAt.getTime() > Date.now() + ALLOWED_CLOCK_SKEW_MS) {
      throw new ProvenanceError('RECORD_IN_FUTURE', 'A step cannot be dated more than a day ahead; give the time it happened', {
        fields: { occurredAt: ['must not be more than a day in the future'] },
      });
    }
    const lot = await this.lots.findOne({ where: { id: lotId }, lock: { mode: 'pessimistic_write' } });
    if (!lot) throw new NotFoundError('Lot', lotId);
    await this.assertCustodian(viewer, lot);
    const previous = lot.recordCount ? await this.query.recordAt(lot.id, lot.recordCount - 1) : null;
    if (input.correctsRecordId) await this.assertCorrectable(lot, input.correctsRecordId);
    // A correction restates an earlier event, so only new facts must keep time order.
    if (previous && !input.correctsRecordId && input.occurredAt.getTime() < Date.parse(previous.occurredAt)) {
      throw new ProvenanceError(
        'RECORD_OUT_OF_ORDER',
        `This step happened before the chain's last one (${previous.occurredAt}); give a later time or correct that record`,
        { previousOccurredAt: previous.occurredAt },
      );
    }
    const details = await this.details(lot, input);
    const startsProvenance = STARTS.includes(input.kind) && !(await this.query.hasStart(lot.id));

    const record = sealRecord({
      id: randomUUID(),
      lotId,
      position: lot.recordCount,
      kind: input.kind,
      actorOrganisationId: lot.custodianOrganisationId,
      occurredAt,
      place: {
        name: input.place.name.trim(),
        country: input.place.country.toUpperCase(),
        latitude: input.place.latitude ?? null,
        longitude: input.place.longitude ?? null,
      },
      description: input.description.trim(),
      evidence: input.evidence?.documentHash || input.evidence?.url ? this.evidence(input.evidence) : null,
      details,
      correctsRecordId: input.correctsRecordId ?? null,
      recordedBy: viewer.accountId,
      recordedAt: hashTime(new Date(), 'recordedAt'),
      previousHash: previous?.hash ?? null,
      lotHeaderHash: previous ? null : lotHeaderHash(headerOf(lot)),
    });
    await this.txHost.tx.getRepository(ProvenanceRecordRow).insert({
      id: record.id,
      lotId,
      position: record.position,
      kind: record.kind,
      actorOrganisationId: record.actorOrganisationId,
      occurredAt: input.occurredAt,
      placeName: record.place.name,
      placeCountry: record.place.country,
      latitude: record.place.latitude,
      longitude: record.place.longitude,
      description: record.description,
      evidenceHash: record.evidence?.documentHash ?? null,
      evidenceUrl: record.evidence?.url ?? null,
      details: record.details,
      correctsRecordId: record.correctsRecordId,
      recordedBy: record.recordedBy,
      recordedAt: new Date(record.recordedAt),
      previousHash: record.previousHash,
      contentVersion: record.v,
      lotHeaderHash: record.lotHeaderHash ?? null,
      hash: record.hash,
    });

    const wasTraceable = lot.traceable;
    if (startsProvenance) lot.traceable = await this.startsTraceably(lot, record);
    await this.lots.update(lot.id, {
      recordCount: record.position + 1,
      headHash: record.hash,
      custodianOrganisationId: details.custodyTransfer?.toOrganisationId ?? lot.custodianOrganisationId,
      traceable: lot.traceable,
    });
    if (lot.traceable !== wasTraceable) await this.refreshProducts(await this.productsOf(lot.id));
    return record;
  }

  /**
   * Splits `quantity` off a lot into a new lot of the same custodian, for a sale of part of it:
   * the new lot's chain starts with a transformation anchored at the parent's head (so it reaches
   * back through the parent's chain), and the parent keeps the rest, so the quantities still add
   * up to what the parent held (mass balance).
   */
  @Transactional()
  async splitLot(
    viewer: Viewer,
    lotId: string,
    split: { code: string; quantity: number; occurredAt: Date; place: AppendRecordInput['place']; description: string },
  ): Promise<ProvenanceLot> {
    const parent = await this.lots.findOne({ where: { id: lotId }, lock: { mode: 'pessimistic_write' } });
    if (!parent) throw new NotFoundError('Lot', lotId);
    await this.assertCustodian(viewer, parent);
    if (parent.quantity === null || !(split.quantity > 0 && split.quantity < parent.quantity)) {
      throw new ProvenanceError('SPLIT_EXCEEDS_LOT', `Lot ${parent.code} cannot give ${split.quantity} of what it holds`, {
        quantity: parent.quantity,
      });
    }
    if (await this.lots.existsBy({ creatorOrganisationId: parent.custodianOrganisationId, code: split.code })) {
      throw new ProvenanceError('LOT_CODE_TAKEN', `You already have a lot ${split.code}`);
    }
    const part = await this.lots.save(
      this.lots.create({
        code: split.code,
        name: parent.name,
        custodyModel: parent.custodyModel,
        quantity: split.quantity,
        uom: parent.uom,
        creatorOrganisationId: parent.custodianOrganisationId,
        custodianOrganisationId: parent.custodianOrganisationId,
      }),
    );
    await this.lots.update(parent.id, { quantity: parent.quantity - split.quantity });
    await this.append(viewer, part.id, {
      kind: 'TRANSFORMATION',
      inputLotIds: [parent.id],
      occurredAt: split.occurredAt,
      place: split.place,
      description: split.description,
    });
    return this.query.getLot(part.id);
  }

  /** Another organisation signs off a record, over the record's hash as it stands. */
  @Transactional()
  async attest(viewer: Viewer, recordId: string, organisationId: string, statement: string): Promise<ChainedAttestation> {
    const record = await this.query.recordById(recordId);
    if (!record) throw new NotFoundError('Provenance record', recordId);
    await this.organisations.assertActsFor(viewer, organisationId);
    if (record.actorOrganisationId === organisationId) {
      throw new ProvenanceError('SELF_ATTESTATION', 'An organisation cannot attest its own record; another one must');
    }
    const attestations = this.txHost.tx.getRepository(ProvenanceAttestationRow);
    if (await attestations.existsBy({ recordId, organisationId })) {
      throw new ProvenanceError('ALREADY_ATTESTED', 'This organisation has already attested this record');
    }
    const attestation = sealAttestation({
      id: randomUUID(),
      recordId,
      recordHash: record.hash,
      organisationId,
      attestedBy: viewer.accountId,
      attestedAt: hashTime(new Date(), 'attestedAt'),
      statement: statement.trim(),
    });
    await attestations.insert({ ...attestation, attestedAt: new Date(attestation.attestedAt) });
    return attestation;
  }

  private evidence(evidence: NonNullable<AppendRecordInput['evidence']>) {
    return { documentHash: evidence.documentHash ?? null, url: evidence.url ?? null };
  }

  /** The kind's own details, checked; an input section that belongs to another kind is refused. */
  private async details(lot: ProvenanceLot, input: AppendRecordInput): Promise<RecordDetails> {
    const own = DETAILS_OF_KIND[input.kind as keyof typeof DETAILS_OF_KIND];
    const foreign = DETAIL_SECTIONS.filter((section) => section !== own && input[section] != null);
    if (foreign.length) {
      throw new ProvenanceError('DETAILS_DO_NOT_MATCH_KIND', `A ${input.kind} record takes no ${foreign.join(', ')}`, {
        fields: Object.fromEntries(foreign.map((section) => [section, [`does not go with ${input.kind}`]])),
      });
    }
    switch (input.kind) {
      case 'TRANSPORT':
        if (!input.transport) {
          throw new InvalidInputError('A transport needs where the goods left from and how', { transport: ['is required'] });
        }
        return {
          transport: {
            from: {
              name: input.transport.from.name.trim(),
              country: input.transport.from.country.toUpperCase(),
              latitude: input.transport.from.latitude ?? null,
              longitude: input.transport.from.longitude ?? null,
            },
            mode: input.transport.mode,
          },
        };
      case 'CERTIFICATION':
        return { certification: await this.certification(lot, input.certification) };
      case 'TRANSFORMATION':
        return { inputs: await this.inputs(lot, input.inputLotIds) };
      case 'CUSTODY_TRANSFER': {
        if (!input.toOrganisationId) {
          throw new ProvenanceError('RECIPIENT_MISSING', 'A custody transfer needs the organisation that takes the goods');
        }
        if (input.toOrganisationId === lot.custodianOrganisationId) {
          throw new ProvenanceError('ALREADY_CUSTODIAN', 'That organisation already holds this lot');
        }
        await this.organisations.get(input.toOrganisationId);
        return { custodyTransfer: { fromOrganisationId: lot.custodianOrganisationId, toOrganisationId: input.toOrganisationId } };
      }
      default:
        return {};
    }
  }

  private async certification(lot: ProvenanceLot, input: AppendRecordInput['certification']) {
    if (!input?.certifier?.trim()) {
      throw new ProvenanceError('CERTIFIER_MISSING', 'A certification needs its certifier', {
        fields: { 'certification.certifier': ['is required'] },
      });
    }
    if (input.validTo < input.validFrom) {
      throw new ProvenanceError('CERTIFICATE_DATES_INVALID', 'A certificate cannot end before it starts', {
        fields: { 'certification.validTo': ['must not be before validFrom'] },
      });
    }
    const holder = input.scope === 'ORGANISATION' ? (input.holderOrganisationId ?? lot.custodianOrganisationId) : null;
    const named = [input.certifierOrganisationId, holder].filter((id): id is string => Boolean(id));
    for (const id of new Set(named)) await this.organisations.get(id);
    return {
      certifier: input.certifier.trim(),
      certifierOrganisationId: input.certifierOrganisationId ?? null,
      certificateId: input.certificateId.trim(),
      standard: input.standard.trim(),
      scope: input.scope,
      holderOrganisationId: holder,
      validFrom: input.validFrom,
      validTo: input.validTo,
    };
  }

  /** Input lots as they stand now (their heads), held by this lot's custodian, none of them this lot. */
  private async inputs(lot: ProvenanceLot, inputLotIds: string[] | undefined): Promise<InputAnchor[]> {
    const ids = [...new Set(inputLotIds ?? [])].filter((id) => id !== lot.id);
    if (!ids.length) throw new ProvenanceError('INPUT_LOTS_MISSING', 'A transformation needs the lots it was made from');
    const found = new Map((await this.query.findLots(ids)).map((input) => [input.id, input]));
    return ids.map((id) => {
      const input = found.get(id);
      if (!input) throw new NotFoundError('Lot', id);
      if (input.custodianOrganisationId !== lot.custodianOrganisationId) {
        throw new ProvenanceError('INPUT_NOT_IN_CUSTODY', `Lot ${input.code} is not held by this lot's custodian`, { lotId: id });
      }
      if (!input.headHash) throw new ProvenanceError('INPUT_LOT_EMPTY', `Lot ${input.code} has no records yet`, { lotId: id });
      return { lotId: id, position: input.recordCount - 1, hash: input.headHash };
    });
  }

  /**
   * Physically traceable: not mass-balance, and the goods' story starts at an origin, or at a
   * transformation of lots that were all traceable then.
   */
  private async startsTraceably(lot: ProvenanceLot, first: ChainedRecord): Promise<boolean> {
    if (lot.custodyModel === 'MASS_BALANCE') return false;
    if (first.kind === 'ORIGIN') return true;
    const inputs = await this.query.findLots((first.details.inputs ?? []).map((input) => input.lotId));
    return inputs.every((input) => input.traceable);
  }

  private async assertCorrectable(lot: ProvenanceLot, recordId: string): Promise<void> {
    const corrected = await this.query.recordById(recordId);
    if (corrected?.lotId !== lot.id) {
      throw new ProvenanceError('CORRECTED_RECORD_NOT_FOUND', `Lot ${lot.code} has no record ${recordId} to correct`);
    }
  }

  private async assertCustodian(viewer: Viewer, lot: ProvenanceLot): Promise<void> {
    if (!(await this.organisations.roleOf(viewer.accountId, lot.custodianOrganisationId))) {
      throw new ProvenanceError('NOT_CUSTODIAN', `Only the organisation holding lot ${lot.code} may add to its provenance`);
    }
  }

  /** The product must be sold by an organisation the viewer acts for. */
  private async assertSells(viewer: Viewer, productId: string): Promise<void> {
    const product = await this.products.get(productId);
    const role =
      product.sellerKind === 'ORGANISATION' ? await this.organisations.roleOf(viewer.accountId, product.sellerId) : null;
    if (!role) throw new ProvenanceError('NOT_YOUR_PRODUCT', 'You can tie a lot only to products your organisation sells');
  }

  private async productsOf(lotId: string): Promise<string[]> {
    const links = await this.txHost.tx.getRepository(LotProduct).findBy({ lotId });
    return links.map((link) => link.productId);
  }

  /** A product is traceable while any lot tied to it is. */
  private async refreshProducts(productIds: string[]): Promise<void> {
    if (!productIds.length) return;
    const rows = await this.txHost.tx.query<{ product_id: string; traceable: boolean }[]>(
      `SELECT lp.product_id, bool_or(l.traceable) AS traceable
        FROM provenance_lot_product lp JOIN provenance_lot l ON l.id = lp.lot_id
        WHERE lp.product_id = ANY($1) GROUP BY lp.product_id`,
      [productIds],
    );
    await this.products.setTraceable(
      rows.filter((row) => row.traceable).map((row) => row.product_id),
      true,
    );
    await this.products.setTraceable(
      rows.filter((row) => !row.traceable).map((row) => row.product_id),
      false,
    );
  }
}
