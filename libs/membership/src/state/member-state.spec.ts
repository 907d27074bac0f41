import { IllegalTransitionError } from '@allmende/core';
import { memberMachine } from './member-state';

const ALLOWED = [
  'APPLIED -> ACTIVE',
  'APPLIED -> CANCELLED',
  'ACTIVE -> SUSPENDED',
  'ACTIVE -> LEAVING',
  'SUSPENDED -> ACTIVE',
  'SUSPENDED -> LEAVING',
  'LEAVING -> LEFT',
];

describe('membership state machine', () => {
  it.each(memberMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => memberMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });
});
