import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canonicalForm,
  ChainedRecord,
  contentHash,
  hashTime,
  LotChain,
  LotHeader,
  lotHeaderHash,
  RecordKind,
  sealRecord,
  verifyChain,
  verifyTree,
} from './chain';

const ORG = '00000000-0000-4000-8000-000000000001';
const HEADER_SHA256 = '9bf7d3aaa45a96dd746ab6d46419b74c81289480f1c6c3ef184f0376c49e8a82';

/** A valid chain of `length` records for `lotId`, each linked to the one before. */
function makeChain(lotId: string, length: number, inputs: ChainedRecord['details']['inputs'] = undefined): LotChain {
  const records: ChainedRecord[] = [];
  for (let position = 0; position < length; position++) {
    const kind: RecordKind = position === 0 ? (inputs ? 'TRANSFORMATION' : 'ORIGIN') : 'INSPECTION';
    records.push(
      sealRecord({
        id: `${lotId}-${position}`,
        lotId,
        position,
        kind,
        actorOrganisationId: ORG,
        occurredAt: new Date(Date.UTC(2025, 0, 1) + position * 60_000).toISOString().replace('Z', '000Z'),
        place: { name: 'Finca', country: 'MX', latitude: 15.17, longitude: -92.34 },
        description: `Step ${position}`,
        evidence: null,
        details: position === 0 && inputs ? { inputs } : {},
        correctsRecordId: null,
        recordedBy: ORG,
        recordedAt: '2025-01-01T00:00:00.000000Z',
        previousHash: records.at(-1)?.hash ?? null,
      }),
    );
  }
  return { lotId, headHash: records.at(-1)?.hash ?? null, recordCount: length, records, attestations: [] };
}

describe('provenance chain', () => {
  it('hashes the canonical JSON, whatever the key order', () => {
    expect(contentHash({ b: 1, a: [true, null, 'x'] })).toBe(contentHash({ a: [true, null, 'x'], b: 1 }));
    expect(contentHash({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });

  it('verifies an intact chain', () => {
    expect(verifyChain(makeChain('lot', 20))).toEqual([]);
  });

  it('finds any changed field of any record at that record’s position', () => {
    const chain = makeChain('lot', 12);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom('description', 'occurredAt', 'actorOrganisationId', 'recordedBy', 'kind'),
        fc.string({ minLength: 1 }),
        (position, field, suffix) => {
          const records = chain.records.map((record) => ({ ...record }));
          (records[position] as unknown as Record<string, string>)[field] += suffix;
          expect(verifyChain({ ...chain, records })).toEqual([expect.objectContaining({ position, reason: 'HASH_MISMATCH' })]);
        },
      ),
    );
  });

  it('finds a missing record, a cut tail and a moved input anchor', () => {
    const chain = makeChain('lot', 5);
    const gap = verifyChain({ ...chain, records: chain.records.filter((r) => r.position !== 2) });
    expect(gap.map((b) => [b.position, b.reason])).toEqual([
      [2, 'POSITION_GAP'],
      [3, 'PREVIOUS_HASH_MISMATCH'],
      [3, 'POSITION_GAP'],
      [null, 'HEAD_MISMATCH'],
    ]);
    expect(verifyChain({ ...chain, records: chain.records.slice(0, 4) }).map((b) => b.reason)).toEqual(['HEAD_MISMATCH']);

    const input = makeChain('input', 3);
    const output = makeChain('output', 2, [{ lotId: 'input', position: 2, hash: input.headHash! }]);
    expect(
      verifyTree(
        new Map([
          ['input', input],
          ['output', output],
        ]),
      ),
    ).toEqual([]);
    const rewritten = makeChain('input', 3);
    rewritten.records[2] = { ...rewritten.records[2], hash: 'f'.repeat(64) };
    expect(
      verifyTree(
        new Map([
          ['input', rewritten],
          ['output', output],
        ]),
      ).map((b) => [b.lotId, b.reason]),
    ).toEqual([
      ['input', 'HASH_MISMATCH'],
      ['input', 'HEAD_MISMATCH'],
      ['output', 'INPUT_ANCHOR_MISMATCH'],
    ]);
    expect(verifyTree(new Map([['output', output]])).map((b) => b.reason)).toEqual(['INPUT_LOT_MISSING']);
  });

  describe('what is hashed is what is stored', () => {
    it('refuses text no column keeps as given, and numbers JSON cannot carry', () => {
      expect(() => canonicalForm({ description: 'bad \ud800 char' })).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          details: { fields: { description: [expect.stringContaining('surrogate')] } },
        }),
      );
      expect(() => canonicalForm({ place: { name: 'a\u0000b' } })).toThrow(
        expect.objectContaining({ details: { fields: { 'place.name': [expect.stringContaining('NUL')] } } }),
      );
      expect(() => canonicalForm({ latitude: Number.NaN })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
      // A surrogate pair is a character like any other.
      expect(canonicalForm({ a: '\ud83c\udf31' })).toBe('{"a":"🌱"}');
    });

    it('gives a time only in the one form the database gives back, four-digit years only', () => {
      expect(hashTime(new Date('2025-01-02T03:04:05.678Z'))).toBe('2025-01-02T03:04:05.678000Z');
      for (const bad of ['+020000-01-01T00:00:00Z', '1899-12-31T23:59:59.999Z', 'not a date']) {
        expect(() => hashTime(new Date(bad))).toThrow(
          expect.objectContaining({ details: { fields: { occurredAt: [expect.any(String)] } } }),
        );
      }
      expect(() => hashTime(new Date(1e15), 'recordedAt')).toThrow(
        expect.objectContaining({ details: { fields: { recordedAt: [expect.any(String)] } } }),
      );
    });
  });

  describe('the lot header', () => {
    const header: LotHeader = {
      lotId: 'lot',
      code: 'CHI-1',
      name: 'Green coffee',
      custodyModel: 'IDENTITY_PRESERVED',
      creatorOrganisationId: ORG,
    };

    function sealedWithHeader(): LotChain {
      const chain = makeChain('lot', 3);
      const [first, ...rest] = chain.records;
      const { hash: _hash, v: _v, ...content } = first;
      const resealed = [sealRecord({ ...content, lotHeaderHash: lotHeaderHash(header) })];
      for (const record of rest) {
        const { hash: _h, v: _w, ...later } = record;
        resealed.push(sealRecord({ ...later, previousHash: resealed.at(-1)!.hash }));
      }
      return { ...chain, header, records: resealed, headHash: resealed.at(-1)!.hash };
    }

    it('is sealed by the first record, so a changed custody model, code, name or creator breaks the chain at 0', () => {
      expect(verifyChain(sealedWithHeader())).toEqual([]);
      const changes: Partial<LotHeader>[] = [
        { custodyModel: 'MASS_BALANCE' },
        { code: 'CHI-2' },
        { name: 'Green coffee ' },
        { creatorOrganisationId: 'other' },
      ];
      for (const change of changes) {
        const chain = { ...sealedWithHeader(), header: { ...header, ...change } };
        expect(verifyChain(chain)).toEqual([expect.objectContaining({ position: 0, reason: 'LOT_HEADER_MISMATCH' })]);
      }
    });

    it('hashes the header as {v: 1, lotId, code, name, custodyModel, creatorOrganisationId}', () => {
      // Worked out with: printf '%s' '{"code":"CHI-1","creatorOrganisationId":"00000000-0000-4000-8000-000000000001","custodyModel":"IDENTITY_PRESERVED","lotId":"lot","name":"Green coffee","v":1}' | sha256sum
      expect(lotHeaderHash(header)).toBe(HEADER_SHA256);
    });

    it('leaves a chain sealed before headers were bound (content version 1) valid', () => {
      const fixture = JSON.parse(
        readFileSync(join(__dirname, '../../../../test/provenance/fixtures/chain-sealed-v1.json'), 'utf8'),
      ) as {
        lots: (LotChain & { id: string; code: string; name: string; custodyModel: LotHeader['custodyModel'] })[];
      };
      const chains = new Map(
        fixture.lots.map((lot) => [
          lot.id,
          {
            ...lot,
            header: {
              lotId: lot.id,
              code: lot.code,
              name: lot.name,
              custodyModel: lot.custodyModel,
              creatorOrganisationId: 'unknown',
            },
          },
        ]),
      );
      expect([...chains.values()].flatMap((chain) => chain.records.map((record) => record.v))).toEqual([1, 1, 1, 1]);
      expect(verifyTree(chains)).toEqual([]);
    });
  });
});
