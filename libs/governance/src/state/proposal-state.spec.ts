import { IllegalTransitionError } from '@allmende/core';
import { proposalMachine } from './proposal-state';

const ALLOWED = [
  'DRAFT -> DELIBERATION',
  'DELIBERATION -> VOTING',
  'VOTING -> CLOSED',
  'CLOSED -> IMPLEMENTING',
  'IMPLEMENTING -> IMPLEMENTED',
];

describe('proposal state machine', () => {
  it.each(proposalMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => proposalMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });

  it('closes only open votes', () => {
    expect(proposalMachine.sourcesOf('CLOSED')).toEqual(['VOTING']);
  });
});
