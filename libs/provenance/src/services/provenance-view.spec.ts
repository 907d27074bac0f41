import { ChainedRecord, LotChain } from './chain';
import { anchoredRecords, certificateStatus, distanceKm } from './provenance-view';

const record = (lotId: string, position: number, inputs?: { lotId: string; position: number; hash: string }[]) =>
  ({ id: `${lotId}-${position}`, lotId, position, details: inputs ? { inputs } : {} }) as unknown as ChainedRecord;
const chain = (lotId: string, records: ChainedRecord[]): LotChain => ({
  lotId,
  headHash: null,
  recordCount: records.length,
  records,
  attestations: [],
});

describe('provenance views', () => {
  it('checks a certificate at a date, both ends inclusive', () => {
    const certificate = { validFrom: '2025-01-01', validTo: '2025-12-31' };
    expect(['2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01'].map((day) => certificateStatus(certificate, day))).toEqual([
      'NOT_YET_VALID',
      'VALID',
      'VALID',
      'EXPIRED',
    ]);
  });

  it('measures great-circle distance, and none without coordinates', () => {
    const veracruz = { name: 'Veracruz', country: 'MX', latitude: 19.2, longitude: -96.13 };
    const hamburg = { name: 'Hamburg', country: 'DE', latitude: 53.54, longitude: 9.98 };
    expect(distanceKm(veracruz, hamburg)).toBeGreaterThan(9300);
    expect(distanceKm(veracruz, hamburg)).toBeLessThan(9500);
    expect(distanceKm(veracruz, { ...hamburg, latitude: null, longitude: null })).toBeNull();
  });

  it('takes an input lot’s records only up to the record it was transformed at', () => {
    const chains = new Map([
      ['green', chain('green', [record('green', 0), record('green', 1), record('green', 2)])],
      ['roasted', chain('roasted', [record('roasted', 0, [{ lotId: 'green', position: 1, hash: '' }]), record('roasted', 1)])],
    ]);
    expect(anchoredRecords(chains, 'roasted').map((r) => r.id)).toEqual(['roasted-0', 'roasted-1', 'green-0', 'green-1']);
  });
});
