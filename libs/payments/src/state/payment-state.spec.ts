import { IllegalTransitionError } from '@allmende/core';
import { paymentMachine } from './payment-state';

const ALLOWED = [
  'PENDING -> PROCESSING',
  'PENDING -> SUCCEEDED',
  'PENDING -> FAILED',
  'PENDING -> CANCELED',
  'PROCESSING -> SUCCEEDED',
  'PROCESSING -> FAILED',
  'PROCESSING -> CANCELED',
  'FAILED -> PROCESSING',
  'FAILED -> SUCCEEDED',
  'FAILED -> CANCELED',
];

describe('payment state machine', () => {
  it.each(paymentMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => paymentMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });

  it('keeps SUCCEEDED and CANCELED final, so a late event changes nothing', () => {
    expect(paymentMachine.isFinal('SUCCEEDED')).toBe(true);
    expect(paymentMachine.isFinal('CANCELED')).toBe(true);
    expect(paymentMachine.isFinal('FAILED')).toBe(false);
  });

  it('moves the status of a payment', async () => {
    const payment = { status: 'PENDING' as const };
    await paymentMachine.transition(payment, 'SUCCEEDED');
    expect(payment.status).toBe('SUCCEEDED');
  });
});
