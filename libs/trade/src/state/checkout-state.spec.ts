import { IllegalTransitionError } from '@allmende/core';
import { checkoutMachine } from './checkout-state';

const ALLOWED = ['PENDING_PAYMENT -> PAID', 'PENDING_PAYMENT -> EXPIRED', 'PENDING_PAYMENT -> CANCELLED'];

describe('checkout state machine', () => {
  it.each(checkoutMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => checkoutMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });

  it('leaves PENDING_PAYMENT once and only once', () => {
    expect(checkoutMachine.states.filter((state) => checkoutMachine.isFinal(state))).toEqual(['PAID', 'EXPIRED', 'CANCELLED']);
  });
});
