import { diffLines } from './text-diff';

describe('diffLines', () => {
  it('shows kept, removed and added lines in order', () => {
    expect(diffLines('fee 3 %\ncap 15 EUR\nfund 1 %', 'fee 2.5 %\ncap 15 EUR\nfund 1 %\nreview in a year')).toEqual([
      { op: 'REMOVED', text: 'fee 3 %' },
      { op: 'ADDED', text: 'fee 2.5 %' },
      { op: 'SAME', text: 'cap 15 EUR' },
      { op: 'SAME', text: 'fund 1 %' },
      { op: 'ADDED', text: 'review in a year' },
    ]);
  });
});
