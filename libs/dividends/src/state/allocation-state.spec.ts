import { allocationMachine } from './allocation-state';
import { fiscalYearMachine } from './fiscal-year-state';

describe('the dividend machines', () => {
  it('allow exactly the moves of their tables', () => {
    const allowed = allocationMachine
      .everyPair()
      .filter((pair) => pair.allowed)
      .map((pair) => `${pair.from}->${pair.to}`);
    expect(allowed).toEqual(['DRAFT->PROPOSED', 'PROPOSED->APPROVED', 'PROPOSED->REJECTED', 'APPROVED->PAID']);
    expect(() => allocationMachine.assert('DRAFT', 'PAID')).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
    expect(() => allocationMachine.assert('REJECTED', 'APPROVED')).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    );
    expect(allocationMachine.sourcesOf('PAID')).toEqual(['APPROVED']);
    expect(fiscalYearMachine.isFinal('CLOSED')).toBe(true);
    expect(fiscalYearMachine.can('CLOSED', 'OPEN')).toBe(false);
  });
});
