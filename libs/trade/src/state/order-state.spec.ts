import { IllegalTransitionError } from '@allmende/core';
import { orderMachine } from './order-state';

const ALLOWED = [
  'PENDING_PAYMENT -> PAID',
  'PENDING_PAYMENT -> CANCELLED',
  'PAID -> SHIPPED',
  'PAID -> CANCELLED',
  'PAID -> REFUNDED',
  'SHIPPED -> DELIVERED',
  'SHIPPED -> REFUNDED',
  'DELIVERED -> COMPLETED',
  'DELIVERED -> REFUNDED',
  'COMPLETED -> REFUNDED',
];

describe('order state machine', () => {
  it.each(orderMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => orderMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });

  it('refunds only what was paid, and the timers move only shipped and delivered orders', () => {
    expect(orderMachine.sourcesOf('REFUNDED')).toEqual(['PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED']);
    expect(orderMachine.sourcesOf('DELIVERED')).toEqual(['SHIPPED']);
    expect(orderMachine.sourcesOf('COMPLETED')).toEqual(['DELIVERED']);
  });

  it('refuses shipping an unpaid order with a typed error naming the move', () => {
    expect(() => orderMachine.assert('PENDING_PAYMENT', 'SHIPPED')).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        details: { machine: 'Order', from: 'PENDING_PAYMENT', to: 'SHIPPED' },
      }),
    );
  });
});
