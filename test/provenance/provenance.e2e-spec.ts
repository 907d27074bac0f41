import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import {
  countStatements,
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestAccount,
  TestApp,
} from '@allmende/testing';

const EPCIS_SCHEMA = join(__dirname, '../../../shared/standards/epcis/EPCIS-JSON-Schema.json');
const VERIFY_SCRIPT = join(__dirname, '../../scripts/verify-provenance.js');

const CREATE_LOT = `mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id code custodyModel traceable } }`;
const APPEND = `mutation($lotId: ID!, $input: AppendRecordInput!) {
  appendProvenanceRecord(lotId: $lotId, input: $input) { id position kind hash previousHash actor { name } }
}`;
const VERIFY = `query($lotId: ID!) { verifyProvenance(lotId: $lotId) {
  valid lotsChecked recordsChecked breaks { lotId position reason message } } }`;
const SUMMARY = `query($lotId: ID!) { provenanceSummary(lotId: $lotId) {
  traceable stepCount lotCount transportKm attestedSteps certifiedSteps completeness
  origin { place { name } actor { name } }
  certificates { certifier status validTo scope }
  steps { id kind lotId actor { name } occurredAt place { name country latitude longitude }
    certificates { certificateId status } attestations { organisation { name } valid } transport { distanceKm mode } }
} }`;
const ATTEST = `mutation($recordId: ID!, $organisationId: ID!, $statement: String!) {
  attestProvenanceRecord(recordId: $recordId, organisationId: $organisationId, statement: $statement) { id valid organisation { name } }
}`;

const CHIAPAS = { name: 'Finca La Esperanza, Chiapas', country: 'MX', latitude: 15.17, longitude: -92.34 };
const VERACRUZ = { name: 'Port of Veracruz', country: 'MX', latitude: 19.2, longitude: -96.13 };
const HAMBURG = { name: 'Port of Hamburg', country: 'DE', latitude: 53.54, longitude: 9.98 };
const BERLIN = { name: 'Rösterei Kreuzberg, Berlin', country: 'DE', latitude: 52.5, longitude: 13.42 };

interface Verification {
  valid: boolean;
  lotsChecked: number;
  recordsChecked: number;
  breaks: { lotId: string; position: number | null; reason: string; message: string }[];
}

describe('provenance: hash-chained lots, verification, attestations, exports', () => {
  let app: TestApp;
  let grower: TestAccount;
  let roaster: TestAccount;
  let certifier: TestAccount;
  let growerOrg: string;
  let roasterOrg: string;
  let certifierOrg: string;
  let day = 0;
  /** Strictly increasing event times, a day apart. */
  const nextTime = () => new Date(Date.UTC(2025, 0, 1) + ++day * 86_400_000).toISOString();

  const createLot = async (owner: TestAccount, organisationId: string, extra: Record<string, unknown> = {}) =>
    (
      await owner.gql.ok<{ createProvenanceLot: { id: string; traceable: boolean } }>(CREATE_LOT, {
        input: { organisationId, code: `LOT-${++day}`, name: 'Green coffee', custodyModel: 'IDENTITY_PRESERVED', ...extra },
      })
    ).createProvenanceLot.id;
  const append = async (owner: TestAccount, lotId: string, input: Record<string, unknown>) =>
    (
      await owner.gql.ok<{ appendProvenanceRecord: { id: string; position: number; hash: string } }>(APPEND, {
        lotId,
        input: { occurredAt: nextTime(), place: CHIAPAS, description: '', ...input },
      })
    ).appendProvenanceRecord;
  const verify = async (lotId: string) =>
    (await app.gql.ok<{ verifyProvenance: Verification }>(VERIFY, { lotId })).verifyProvenance;
  const summary = async (lotId: string) =>
    (await app.gql.ok<{ provenanceSummary: Record<string, unknown> & { steps: Record<string, unknown>[] } }>(SUMMARY, { lotId }))
      .provenanceSummary;
  const recordCount = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM provenance_record`))[0].n) +
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM provenance_attestation`))[0].n);

  /** Tampers like an attacker with database access: the append-only guard dropped, then restored. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await app.dataSource.query(`DROP TRIGGER provenance_record_append_only ON provenance_record`);
    try {
      await app.dataSource.query(sql, params);
    } finally {
      await app.dataSource.query(`CREATE TRIGGER provenance_record_append_only BEFORE UPDATE OR DELETE ON provenance_record
        FOR EACH ROW EXECUTE FUNCTION provenance_refuse_change()`);
    }
  }

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    grower = await registerAccount(app.gql, 'María Grower');
    roaster = await registerAccount(app.gql, 'Rita Roaster');
    certifier = await registerAccount(app.gql, 'Carl Certifier');
    growerOrg = await createSellerOrganisation(grower, 'Café Chiapas Cooperativa');
    roasterOrg = await createSellerOrganisation(roaster, 'Rösterei Kreuzberg eG');
    certifierOrg = await createSellerOrganisation(certifier, 'FLOCERT', 'COMPANY');
  });

  it('verifies a chain of 50 records, and finds a changed byte at the position it was changed', async () => {
    const lotId = await createLot(grower, growerOrg);
    const records = [await append(grower, lotId, { kind: 'ORIGIN', description: 'Harvest of 2025' })];
    for (let i = 1; i < 50; i++) records.push(await append(grower, lotId, { kind: 'INSPECTION', description: `Check ${i}` }));
    expect(records.map((r) => r.position)).toEqual([...Array(50).keys()]);
    expect(records[17].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verify(lotId)).toEqual({ valid: true, lotsChecked: 1, recordsChecked: 50, breaks: [] });

    const at = (position: number) => [lotId, position];
    // Each change alone is found at its position; the row is then put back byte for byte.
    const changes: [column: string, change: string, position: number][] = [
      ['description', `'Check 17!'`, 17],
      ['occurred_at', `occurred_at + interval '1 microsecond'`, 3],
      ['latitude', 'latitude + 0.000001', 0],
      ['details', `'{"inputs": []}'`, 49],
      ['actor_organisation_id', '(SELECT o.id FROM organisation o WHERE o.id <> actor_organisation_id LIMIT 1)', 30],
    ];
    for (const [column, change, position] of changes) {
      const where = 'WHERE lot_id = $1 AND position = $2';
      const [{ original }] = await app.dataSource.query(
        `SELECT ${column}::text AS original FROM provenance_record ${where}`,
        at(position),
      );
      await tamper(`UPDATE provenance_record SET ${column} = ${change} ${where}`, at(position));
      expect([column, (await verify(lotId)).breaks]).toEqual([
        column,
        [expect.objectContaining({ lotId, position, reason: 'HASH_MISMATCH' })],
      ]);
      await tamper(`UPDATE provenance_record SET ${column} = $3 ${where}`, [...at(position), original]);
      expect((await verify(lotId)).valid).toBe(true);
    }

    // A forged hash is caught twice: the record no longer matches it, and the next one no longer points at it.
    await tamper(`UPDATE provenance_record SET hash = repeat('0', 64) WHERE lot_id = $1 AND position = $2`, at(20));
    expect((await verify(lotId)).breaks.map((b) => [b.position, b.reason])).toEqual([
      [20, 'HASH_MISMATCH'],
      [21, 'PREVIOUS_HASH_MISMATCH'],
    ]);
    // Deleting the last record leaves the lot's head pointing at nothing.
    await tamper(`DELETE FROM provenance_record WHERE lot_id = $1 AND position = $2`, at(49));
    expect((await verify(lotId)).breaks.map((b) => [b.position, b.reason])).toContainEqual([null, 'HEAD_MISMATCH']);
  });

  it('refuses UPDATE and DELETE of records and attestations in the database itself', async () => {
    const lotId = await createLot(grower, growerOrg);
    const origin = await append(grower, lotId, { kind: 'ORIGIN' });
    await roaster.gql.ok(ATTEST, { recordId: origin.id, organisationId: roasterOrg, statement: 'Visited the farm' });
    for (const sql of [
      `UPDATE provenance_record SET description = 'forged'`,
      `DELETE FROM provenance_record`,
      `UPDATE provenance_attestation SET statement = 'forged'`,
      `DELETE FROM provenance_attestation`,
    ]) {
      await expect(app.dataSource.query(sql)).rejects.toThrow(/append-only/);
    }
    expect((await verify(lotId)).valid).toBe(true);
  });

  it('lets only the custodian append, and a custody transfer moves that right', async () => {
    const lotId = await createLot(grower, growerOrg);
    await append(grower, lotId, { kind: 'ORIGIN' });
    const before = await recordCount();
    const input = { kind: 'INSPECTION', occurredAt: nextTime(), place: CHIAPAS };
    expect(await roaster.gql.errorCode(APPEND, { lotId, input })).toBe('NOT_CUSTODIAN');
    expect(await app.gql.errorCode(APPEND, { lotId, input })).toBe('UNAUTHENTICATED');
    expect(await recordCount()).toBe(before);

    await append(grower, lotId, { kind: 'CUSTODY_TRANSFER', place: HAMBURG, toOrganisationId: roasterOrg });
    expect(await grower.gql.errorCode(APPEND, { lotId, input: { ...input, occurredAt: nextTime() } })).toBe('NOT_CUSTODIAN');
    const inspected = await append(roaster, lotId, { kind: 'INSPECTION', place: HAMBURG });
    expect(inspected.position).toBe(2);
  });

  it('never forks a chain when appends race', async () => {
    const lotId = await createLot(grower, growerOrg);
    await append(grower, lotId, { kind: 'ORIGIN' });
    const occurredAt = nextTime();
    const results = await Promise.all(
      [...Array(8).keys()].map(() =>
        grower.gql.ok<{ appendProvenanceRecord: { position: number } }>(APPEND, {
          lotId,
          input: { kind: 'INSPECTION', occurredAt, place: CHIAPAS },
        }),
      ),
    );
    expect(results.map((r) => r.appendProvenanceRecord.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await verify(lotId)).toMatchObject({ valid: true, recordsChecked: 9 });
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const lotId = await createLot(grower, growerOrg);
    await append(grower, lotId, { kind: 'ORIGIN' });
    const before = await recordCount();
    const later = nextTime();
    const cases: [Record<string, unknown>, string][] = [
      [
        { lotId: '6f1c1b2e-0000-4000-8000-000000000000', input: { kind: 'ORIGIN', occurredAt: later, place: CHIAPAS } },
        'NOT_FOUND',
      ],
      [{ lotId, input: { kind: 'INSPECTION', occurredAt: '2024-01-01T00:00:00Z', place: CHIAPAS } }, 'RECORD_OUT_OF_ORDER'],
      [{ lotId, input: { kind: 'CERTIFICATION', occurredAt: later, place: CHIAPAS } }, 'CERTIFIER_MISSING'],
      [
        {
          lotId,
          input: {
            kind: 'CERTIFICATION',
            occurredAt: later,
            place: CHIAPAS,
            certification: {
              certifier: ' ',
              certificateId: 'FLO-1',
              standard: 'Fairtrade',
              scope: 'LOT',
              validFrom: '2025-01-01',
              validTo: '2027-12-31',
            },
          },
        },
        'CERTIFIER_MISSING',
      ],
      [{ lotId, input: { kind: 'TRANSPORT', occurredAt: later, place: HAMBURG } }, 'BAD_USER_INPUT'],
      [
        { lotId, input: { kind: 'ORIGIN', occurredAt: later, place: CHIAPAS, toOrganisationId: roasterOrg } },
        'DETAILS_DO_NOT_MATCH_KIND',
      ],
      [
        { lotId, input: { kind: 'TRANSFORMATION', occurredAt: later, place: CHIAPAS, inputLotIds: [lotId] } },
        'INPUT_LOTS_MISSING',
      ],
      [{ lotId, input: { kind: 'ORIGIN', occurredAt: later, place: { ...CHIAPAS, latitude: 123 } } }, 'BAD_USER_INPUT'],
      [{ lotId: 'not-an-id', input: { kind: 'ORIGIN', occurredAt: later, place: CHIAPAS } }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases)
      expect([variables, await grower.gql.errorCode(APPEND, variables)]).toEqual([variables, code]);
    expect(await recordCount()).toBe(before);
    expect(await verify(lotId)).toMatchObject({ valid: true, recordsChecked: 1 });
  });

  it('reports an expired certificate as expired, at today and at the date of each step', async () => {
    const lotId = await createLot(grower, growerOrg);
    const certificate = (validFrom: string, validTo: string, certificateId: string) => ({
      certifier: 'FLOCERT',
      certifierOrganisationId: certifierOrg,
      certificateId,
      standard: 'Fairtrade',
      scope: 'LOT',
      validFrom,
      validTo,
    });
    await append(grower, lotId, {
      kind: 'CERTIFICATION',
      occurredAt: '2025-01-01T00:00:00Z',
      certification: certificate('2024-01-01', '2025-06-30', 'FLO-OLD'),
    });
    await append(grower, lotId, { kind: 'ORIGIN', occurredAt: '2025-03-01T00:00:00Z' });
    await append(grower, lotId, { kind: 'PROCESSING', occurredAt: '2025-09-01T00:00:00Z', description: 'Wet mill' });

    const result = await summary(lotId);
    expect(result.certificates).toEqual([{ certifier: 'FLOCERT', status: 'EXPIRED', validTo: '2025-06-30', scope: 'LOT' }]);
    const byKind = Object.fromEntries(result.steps.map((step) => [step.kind, step.certificates]));
    expect(byKind.ORIGIN).toEqual([{ certificateId: 'FLO-OLD', status: 'VALID' }]);
    expect(byKind.PROCESSING).toEqual([{ certificateId: 'FLO-OLD', status: 'EXPIRED' }]);
    expect(result.certifiedSteps).toBe(1);
  });

  it('carries a chain across two co-ops through a transformation, with attestations, an organisation certificate and a score', async () => {
    // The grower's lot: origin, wet mill, Fairtrade certificate, shipped to Hamburg and handed to the roaster.
    const green = await createLot(grower, growerOrg, { quantity: 1200, uom: 'KGM' });
    const origin = await append(grower, green, { kind: 'ORIGIN', place: CHIAPAS, description: 'Harvest' });
    await append(grower, green, { kind: 'PROCESSING', place: CHIAPAS, description: 'Washed and dried at the wet mill' });
    const certification = await append(grower, green, {
      kind: 'CERTIFICATION',
      certification: {
        certifier: 'FLOCERT',
        certifierOrganisationId: certifierOrg,
        certificateId: 'FLO-ID 1234',
        standard: 'Fairtrade',
        scope: 'LOT',
        validFrom: '2024-01-01',
        validTo: '2099-12-31',
      },
    });
    await append(grower, green, { kind: 'TRANSPORT', place: HAMBURG, transport: { from: VERACRUZ, mode: 'SEA' } });
    const transfer = await append(grower, green, { kind: 'CUSTODY_TRANSFER', place: HAMBURG, toOrganisationId: roasterOrg });

    // The roaster's own lot, made from the grower's, under the roaster's WFTO membership.
    const roasted = await createLot(roaster, roasterOrg, { name: 'Roasted coffee' });
    await append(roaster, roasted, {
      kind: 'CERTIFICATION',
      place: BERLIN,
      certification: {
        certifier: 'WFTO',
        certificateId: 'WFTO-889',
        standard: 'WFTO Guaranteed Fair Trade',
        scope: 'ORGANISATION',
        validFrom: '2024-01-01',
        validTo: '2099-12-31',
      },
    });
    expect(
      await roaster.gql.errorCode(APPEND, {
        lotId: roasted,
        input: {
          kind: 'TRANSFORMATION',
          occurredAt: nextTime(),
          place: BERLIN,
          inputLotIds: [await createLot(grower, growerOrg)],
        },
      }),
    ).toBe('INPUT_NOT_IN_CUSTODY');
    await append(roaster, roasted, { kind: 'TRANSFORMATION', place: BERLIN, inputLotIds: [green], description: 'Roasted' });

    // Attestations: the roaster confirms the origin and the transfer; the certifier its certificate; no self-attestation.
    await roaster.gql.ok(ATTEST, { recordId: origin.id, organisationId: roasterOrg, statement: 'Visited the farm' });
    await roaster.gql.ok(ATTEST, { recordId: transfer.id, organisationId: roasterOrg, statement: 'Received 1200 kg' });
    await certifier.gql.ok(ATTEST, {
      recordId: certification.id,
      organisationId: certifierOrg,
      statement: 'Certificate genuine',
    });
    expect(await grower.gql.errorCode(ATTEST, { recordId: origin.id, organisationId: growerOrg, statement: '' })).toBe(
      'SELF_ATTESTATION',
    );
    expect(await roaster.gql.errorCode(ATTEST, { recordId: origin.id, organisationId: roasterOrg, statement: '' })).toBe(
      'ALREADY_ATTESTED',
    );
    expect(await grower.gql.errorCode(ATTEST, { recordId: origin.id, organisationId: roasterOrg, statement: '' })).toBe(
      'FORBIDDEN',
    );

    const result = await summary(roasted);
    expect(result).toMatchObject({ traceable: true, lotCount: 2, stepCount: 7, attestedSteps: 2 });
    expect(new Set(result.steps.map((step) => (step.actor as { name: string }).name))).toEqual(
      new Set(['Café Chiapas Cooperativa', 'Rösterei Kreuzberg eG']),
    );
    expect(result.origin).toEqual({ place: { name: CHIAPAS.name }, actor: { name: 'Café Chiapas Cooperativa' } });
    expect(result.transportKm).toBeGreaterThan(9000);
    // The WFTO certificate covers the roaster's step, the Fairtrade one the grower's lot.
    const transformation = result.steps.find((step) => step.kind === 'TRANSFORMATION')!;
    expect(transformation.certificates).toEqual([{ certificateId: 'WFTO-889', status: 'VALID' }]);
    expect(result.certifiedSteps).toBe(5);
    // 20 for the origin, and 80 * (2 attested + 5 certified) / (2 * 5 steps).
    expect(result.completeness).toBe(20 + Math.round((80 * 7) / 10));

    expect(await verify(roasted)).toEqual({ valid: true, lotsChecked: 2, recordsChecked: 7, breaks: [] });
    // Tampering with the grower's lot shows up when the roaster's lot is verified.
    await tamper(`UPDATE provenance_record SET place_name = 'Somewhere else' WHERE id = $1`, [origin.id]);
    const broken = await verify(roasted);
    expect(broken.breaks).toEqual([expect.objectContaining({ lotId: green, position: 0, reason: 'HASH_MISMATCH' })]);
  });

  it('exports an EPCIS 2.0 document that validates against the official schema', async () => {
    const green = await createLot(grower, growerOrg, { quantity: 600, uom: 'KGM' });
    await append(grower, green, {
      kind: 'ORIGIN',
      evidence: { documentHash: 'a'.repeat(64), url: 'https://example.org/harvest.pdf' },
    });
    await append(grower, green, {
      kind: 'CERTIFICATION',
      certification: {
        certifier: 'FLOCERT',
        certificateId: 'FLO 1',
        standard: 'Fairtrade',
        scope: 'PRODUCT',
        validFrom: '2024-01-01',
        validTo: '2099-01-01',
      },
    });
    await append(grower, green, { kind: 'TRANSPORT', place: HAMBURG, transport: { from: VERACRUZ, mode: 'SEA' } });
    await append(grower, green, { kind: 'CUSTODY_TRANSFER', place: HAMBURG, toOrganisationId: roasterOrg });
    const roasted = await createLot(roaster, roasterOrg);
    await append(roaster, roasted, {
      kind: 'TRANSFORMATION',
      place: { name: 'Unmapped roastery', country: 'DE' },
      inputLotIds: [green],
    });

    const { provenanceEpcis: document } = await app.gql.ok<{ provenanceEpcis: { epcisBody: { eventList: { type: string }[] } } }>(
      `query($lotId: ID!) { provenanceEpcis(lotId: $lotId) }`,
      { lotId: roasted },
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(EPCIS_SCHEMA, 'utf8')));
    expect([validate(document), validate.errors]).toEqual([true, null]);
    expect(document.epcisBody.eventList.map((event) => event.type)).toEqual([
      'ObjectEvent',
      'ObjectEvent',
      'ObjectEvent',
      'TransactionEvent',
      'TransformationEvent',
    ]);
    // The schema has teeth: a broken document fails it.
    expect(validate({ ...document, epcisBody: { eventList: [{ type: 'ObjectEvent', action: 'SHOUT' }] } })).toBe(false);

    const http = await request(app.server.app.getHttpServer()).get(`/provenance/lots/${roasted}/epcis.json`);
    expect([http.status, validate(http.body)]).toEqual([200, true]);
    expect((await request(app.server.app.getHttpServer()).get(`/provenance/lots/${certifierOrg}/epcis.json`)).status).toBe(404);
  });

  it('exports a chain that the offline script verifies, and that fails it once changed', async () => {
    const green = await createLot(grower, growerOrg);
    const origin = await append(grower, green, { kind: 'ORIGIN' });
    await roaster.gql.ok(ATTEST, { recordId: origin.id, organisationId: roasterOrg, statement: 'Seen' });
    await append(grower, green, { kind: 'CUSTODY_TRANSFER', place: HAMBURG, toOrganisationId: roasterOrg });
    const roasted = await createLot(roaster, roasterOrg);
    await append(roaster, roasted, { kind: 'TRANSFORMATION', place: BERLIN, inputLotIds: [green] });

    const response = await request(app.server.app.getHttpServer()).get(`/provenance/lots/${roasted}/chain.json`);
    expect(response.status).toBe(200);
    const directory = mkdtempSync(join(tmpdir(), 'provenance-'));
    const file = join(directory, 'chain.json');
    writeFileSync(file, JSON.stringify(response.body));
    expect(execFileSync(process.execPath, [VERIFY_SCRIPT, file], { encoding: 'utf8' })).toMatch(/valid: 2 lots, 3 records/);

    const exported = response.body as { lots: { id: string; records: { description: string }[] }[] };
    exported.lots.find((lot) => lot.id === green)!.records[0].description = 'Changed offline';
    writeFileSync(file, JSON.stringify(exported));
    let output = '';
    try {
      execFileSync(process.execPath, [VERIFY_SCRIPT, file], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    expect(output).toContain(`${green} position 0: HASH_MISMATCH`);
  });

  it('shows a product as traceable (and finds it by the facet) only through a lot that is not mass-balance', async () => {
    const categories = await createCategories(app.dataSource, { coffee: 'Coffee' });
    const single = await createActiveProduct(grower, growerOrg, {
      title: 'Single-origin coffee',
      categoryId: categories.coffee,
      priceCents: 1200,
    });
    const blend = await createActiveProduct(grower, growerOrg, {
      title: 'Blended coffee',
      categoryId: categories.coffee,
      priceCents: 900,
    });
    const traced = await createLot(grower, growerOrg, { productIds: [single] });
    const mixed = await createLot(grower, growerOrg, { custodyModel: 'MASS_BALANCE' });
    await grower.gql.ok(
      `mutation($lotId: ID!, $productId: ID!) { linkLotToProduct(lotId: $lotId, productId: $productId) { id } }`,
      {
        lotId: mixed,
        productId: blend,
      },
    );
    expect(
      await roaster.gql.errorCode(
        `mutation($lotId: ID!, $productId: ID!) { linkLotToProduct(lotId: $lotId, productId: $productId) { id } }`,
        {
          lotId: mixed,
          productId: blend,
        },
      ),
    ).toBe('NOT_CUSTODIAN');
    await append(grower, traced, { kind: 'ORIGIN' });
    await append(grower, mixed, { kind: 'ORIGIN' });
    await append(grower, traced, { kind: 'TRANSPORT', place: HAMBURG, transport: { from: VERACRUZ, mode: 'SEA' } });

    const products = await app.gql.ok<{
      single: { traceable: boolean; provenance: { traceable: boolean; stepCount: number; transportKm: number } };
      blend: { traceable: boolean; provenance: { traceable: boolean } };
    }>(
      `query($single: ID!, $blend: ID!) {
        single: product(id: $single) { traceable provenance { traceable stepCount transportKm } }
        blend: product(id: $blend) { traceable provenance { traceable } }
      }`,
      { single, blend },
    );
    expect(products.single).toEqual({
      traceable: true,
      provenance: { traceable: true, stepCount: 2, transportKm: expect.any(Number) },
    });
    expect(products.single.provenance.transportKm).toBeGreaterThan(9000);
    expect(products.blend).toEqual({ traceable: false, provenance: { traceable: false } });

    const search = await app.gql.ok<{
      searchProducts: {
        totalCount: number;
        edges: { node: { title: string } }[];
        facets: { traceable: { value: string; count: number }[] };
      };
    }>(
      `query($filter: ProductFilterInput) { searchProducts(query: "coffee", filter: $filter, first: 10) {
        totalCount edges { node { title } } facets { traceable { value count } } } }`,
      { filter: { traceable: true } },
    );
    expect(search.searchProducts.edges.map((edge) => edge.node.title)).toEqual(['Single-origin coffee']);
    const all = await app.gql.ok<{ searchProducts: { facets: { traceable: { value: string; count: number }[] } } }>(
      `{ searchProducts(query: "coffee", first: 10) { facets { traceable { value count } } } }`,
    );
    expect(all.searchProducts.facets.traceable).toEqual([
      { value: 'false', count: 1 },
      { value: 'true', count: 1 },
    ]);
  });

  it('reads the provenance of a page of products in a constant number of statements', async () => {
    const categories = await createCategories(app.dataSource, { coffee: 'Coffee' });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const productId = await createActiveProduct(grower, growerOrg, {
        title: `Coffee ${i}`,
        categoryId: categories.coffee,
        priceCents: 1000 + i,
      });
      const lotId = await createLot(grower, growerOrg, { productIds: [productId] });
      await append(grower, lotId, { kind: 'ORIGIN' });
      ids.push(productId);
    }
    const page = (first: number) =>
      countStatements(app.dataSource, () =>
        app.gql.ok(
          `query($first: Int!) { listedProducts(first: $first) { edges { node { id provenance { stepCount completeness
          steps { actor { name } certificates { status } attestations { organisation { name } } } } } } } }`,
          { first },
        ),
      );
    expect(await page(6)).toBe(await page(2));
  });
});
