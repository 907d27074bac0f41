import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createSellerOrganisation, createTestApp, registerAccount, TestAccount, TestApp } from '@allmende/testing';

const VERIFY_SCRIPT = join(__dirname, '../../scripts/verify-provenance.js');
/** A chain exported before record content version 2 (no lot header bound): it must verify for ever. */
const SEALED_V1 = join(__dirname, '../provenance/fixtures/chain-sealed-v1.json');

const CREATE_LOT = `mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }`;
const APPEND = `mutation($lotId: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $lotId, input: $input) { id position } }`;
const VERIFY = `query($lotId: ID!) { verifyProvenance(lotId: $lotId) { valid recordsChecked breaks { position reason } } }`;
const RECORDS = `query($lotId: ID!) { provenanceLot(id: $lotId) { records { totalCount edges { node { occurredAt description } } } } }`;
const PLACE = { name: 'Finca La Esperanza', country: 'MX', latitude: 15.17, longitude: -92.34 };

interface ExportedRecord {
  id: string;
  position: number;
  kind: string;
  actorOrganisationId: string;
  recordedBy: string;
  occurredAt: string;
  recordedAt: string;
  place: { name: string; country: string; latitude: number | null; longitude: number | null };
  description: string;
  details: object;
  previousHash: string | null;
  hash: string;
}

interface ExportedAttestation {
  id: string;
  recordId: string;
  recordHash: string;
  organisationId: string;
  attestedBy: string;
  attestedAt: string;
  statement: string;
  hash: string;
}

interface ChainExportFile {
  format: string;
  lotId: string;
  lots: {
    id: string;
    code: string;
    name: string;
    custodyModel: string;
    custodianOrganisationId: string;
    headHash: string;
    recordCount: number;
    records: ExportedRecord[];
    attestations: ExportedAttestation[];
  }[];
}

/** Issue 11 item 1: ordinary input never makes an honest chain look tampered, and the lot's header is sealed. */
describe('provenance integrity under ordinary input', () => {
  let app: TestApp;
  let grower: TestAccount;
  let organisationId: string;
  let lotId: string;
  const recordCount = async () => Number((await app.dataSource.query(`SELECT count(*) AS n FROM provenance_record`))[0].n);
  const verify = async (id = lotId) =>
    (await app.gql.ok<{ verifyProvenance: { valid: boolean; recordsChecked: number; breaks: unknown[] } }>(VERIFY, { lotId: id }))
      .verifyProvenance;
  const append = (input: Record<string, unknown>) =>
    grower.gql.request(APPEND, {
      lotId,
      input: { kind: 'INSPECTION', occurredAt: '2025-03-01T12:00:00Z', place: PLACE, ...input },
    });
  const exportChain = async (id = lotId): Promise<ChainExportFile> =>
    (await request(app.server.app.getHttpServer()).get(`/provenance/lots/${id}/chain.json`)).body;
  const verifyOffline = (chain: unknown): { status: number; output: string } => {
    const file = join(mkdtempSync(join(tmpdir(), 'chain-')), 'chain.json');
    writeFileSync(file, JSON.stringify(chain));
    try {
      return { status: 0, output: execFileSync(process.execPath, [VERIFY_SCRIPT, file], { encoding: 'utf8' }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { status: failed.status, output: failed.stdout };
    }
  };

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    grower = await registerAccount(app.gql, 'María Grower');
    organisationId = await createSellerOrganisation(grower, 'Café Chiapas Cooperativa');
    lotId = (
      await grower.gql.ok<{ createProvenanceLot: { id: string } }>(CREATE_LOT, {
        input: { organisationId, code: 'CHI-1', name: 'Green coffee', custodyModel: 'IDENTITY_PRESERVED' },
      })
    ).createProvenanceLot.id;
  });

  it('(a) refuses a lone surrogate or a NUL in hashed text, and keeps any well-formed text verifiable', async () => {
    for (const description of ['bad \ud800 char', 'bad \udfff', 'nul \u0000 byte']) {
      const response = await append({ kind: 'ORIGIN', description });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { description: [expect.any(String)] },
      });
    }
    const placeResponse = await append({ kind: 'ORIGIN', place: { ...PLACE, name: 'Finca \ud83d' } });
    expect(placeResponse.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'place.name': [expect.any(String)] },
    });
    expect(await recordCount()).toBe(0);

    // Astral characters, combining marks (not normalised), right-to-left text and a BOM all round-trip.
    const honest = ['Ernte 🌱☕ 𝄞', 'Cafe\u0301 vs Café', 'قهوة عضوية', '\ufeffmit BOM', ' \t'];
    await append({ kind: 'ORIGIN', description: honest[0] });
    for (const description of honest.slice(1)) expect((await append({ description })).errors).toBeUndefined();
    expect(await verify()).toEqual({ valid: true, recordsChecked: honest.length, breaks: [] });
    expect(verifyOffline(await exportChain()).status).toBe(0);
  });

  it('(b) refuses times outside 1900..9999 and more than a day ahead, and the chain stays readable', async () => {
    await append({ kind: 'ORIGIN', occurredAt: '2025-01-01T00:00:00Z' });
    for (const occurredAt of ['+020000-01-01T00:00:00Z', 1e15, '1899-12-31T23:59:59Z', -1e13]) {
      const response = await append({ occurredAt });
      expect([occurredAt, response.errors?.[0].extensions]).toEqual([
        occurredAt,
        expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { occurredAt: [expect.any(String)] } }),
      ]);
    }
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const future = await append({ occurredAt: inTwoDays });
    expect(future.errors?.[0].extensions).toMatchObject({
      code: 'RECORD_IN_FUTURE',
      fields: { occurredAt: [expect.any(String)] },
    });
    expect(await recordCount()).toBe(1);
    // Within a day's clock skew is fine.
    expect((await append({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() })).errors).toBeUndefined();

    const records = await app.gql.ok<{ provenanceLot: { records: { totalCount: number } } }>(RECORDS, { lotId });
    expect(records.provenanceLot.records.totalCount).toBe(2);
    expect(await verify()).toMatchObject({ valid: true, recordsChecked: 2 });
  });

  it('(c) binds the lot’s header: a changed custody model in chain.json or in the database is found', async () => {
    await append({ kind: 'ORIGIN' });
    await append({});
    const chain = await exportChain();
    expect(chain.format).toBe('allmende-provenance-chain/2');
    expect(verifyOffline(chain)).toEqual({ status: 0, output: expect.stringContaining('valid') });

    chain.lots[0].custodyModel = 'MASS_BALANCE';
    const offline = verifyOffline(chain);
    expect(offline.status).toBe(1);
    expect(offline.output).toContain(`${lotId} position 0: LOT_HEADER_MISMATCH`);

    // The database refuses the change outright; forced past the trigger, verification names it.
    await expect(
      app.dataSource.query(`UPDATE provenance_lot SET custody_model = 'MASS_BALANCE' WHERE id = $1`, [lotId]),
    ).rejects.toThrow(/sealed into the chain/);
    await app.dataSource.query(`ALTER TABLE provenance_lot DISABLE TRIGGER provenance_lot_header_sealed`);
    try {
      await app.dataSource.query(`UPDATE provenance_lot SET custody_model = 'MASS_BALANCE' WHERE id = $1`, [lotId]);
    } finally {
      await app.dataSource.query(`ALTER TABLE provenance_lot ENABLE TRIGGER provenance_lot_header_sealed`);
    }
    expect(await verify()).toEqual({ valid: false, recordsChecked: 2, breaks: [{ position: 0, reason: 'LOT_HEADER_MISMATCH' }] });
  });

  it('a chain sealed before the header was bound (content version 1) still verifies, offline and from the database', async () => {
    const sealed = JSON.parse(readFileSync(SEALED_V1, 'utf8')) as ChainExportFile;
    expect(sealed.format).toBe('allmende-provenance-chain/1');
    expect(verifyOffline(sealed).status).toBe(0);

    // Loaded into the database as it was stored then, it verifies through the API too.
    const records = sealed.lots.flatMap((lot) => lot.records);
    const attestations = sealed.lots.flatMap((lot) => lot.attestations);
    const organisations = new Set([
      ...sealed.lots.map((lot) => lot.custodianOrganisationId),
      ...records.map((r) => r.actorOrganisationId),
      ...attestations.map((a) => a.organisationId),
    ]);
    const accounts = new Set([...records.map((r) => r.recordedBy), ...attestations.map((a) => a.attestedBy)]);
    for (const id of organisations)
      await app.dataSource.query(`INSERT INTO organisation (id, name, kind) VALUES ($1, 'Org', 'COOPERATIVE')`, [id]);
    for (const id of accounts) {
      await app.dataSource.query(`INSERT INTO account (id, email, password_hash, display_name) VALUES ($1, $2, 'x', 'Someone')`, [
        id,
        `${id}@example.org`,
      ]);
    }
    for (const lot of [...sealed.lots].reverse()) {
      await app.dataSource.query(
        `INSERT INTO provenance_lot (id, code, name, custody_model, creator_organisation_id, custodian_organisation_id, record_count, head_hash)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          lot.id,
          lot.code,
          lot.name,
          lot.custodyModel,
          lot.records[0].actorOrganisationId,
          lot.custodianOrganisationId,
          lot.recordCount,
          lot.headHash,
        ],
      );
      for (const r of lot.records) {
        await app.dataSource.query(
          `INSERT INTO provenance_record (id, lot_id, position, kind, actor_organisation_id, occurred_at, place_name, place_country,
              latitude, longitude, description, details, recorded_by, recorded_at, previous_hash, hash, content_version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1)`,
          [
            r.id,
            lot.id,
            r.position,
            r.kind,
            r.actorOrganisationId,
            r.occurredAt,
            r.place.name,
            r.place.country,
            r.place.latitude,
            r.place.longitude,
            r.description,
            r.details,
            r.recordedBy,
            r.recordedAt,
            r.previousHash,
            r.hash,
          ],
        );
      }
    }
    for (const a of attestations) {
      await app.dataSource.query(
        `INSERT INTO provenance_attestation (id, record_id, record_hash, organisation_id, attested_by, attested_at, statement, hash)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [a.id, a.recordId, a.recordHash, a.organisationId, a.attestedBy, a.attestedAt, a.statement, a.hash],
      );
    }
    expect(await verify(sealed.lotId)).toEqual({ valid: true, recordsChecked: 4, breaks: [] });
  });
});
