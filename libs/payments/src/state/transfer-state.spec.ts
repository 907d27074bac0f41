import { IllegalTransitionError } from '@allmende/core';
import { transferMachine } from './transfer-state';

const ALLOWED = [
  'AWAITING_ACCOUNT -> REQUESTED',
  'AWAITING_ACCOUNT -> SENT',
  'REQUESTED -> SENT',
  'REQUESTED -> FAILED',
  'FAILED -> REQUESTED',
  'SENT -> REVERSED',
];

describe('transfer state machine', () => {
  it.each(transferMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => transferMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });

  it('retries a failed request but never sends a reversed transfer again', () => {
    expect(transferMachine.sourcesOf('REQUESTED')).toEqual(['AWAITING_ACCOUNT', 'FAILED']);
    expect(transferMachine.isFinal('REVERSED')).toBe(true);
  });
});
