import fc from 'fast-check';
import { ChainedRecord, contentHash, LotChain, RecordKind, sealRecord, verifyChain, verifyTree } from './chain';

const ORG = '00000000-0000-4000-8000-000000000001';

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
});
