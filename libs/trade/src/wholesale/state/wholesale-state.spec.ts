import { IllegalTransitionError } from '@allmende/core';
import { invoiceMachine } from './invoice-state';
import { onlinePaymentMachine } from './online-payment-state';
import { negotiationMachine, OPEN_NEGOTIATION_STATES } from './negotiation-state';
import { purchaseOrderMachine } from './purchase-order-state';

const ENDINGS = ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'];
const cases = [
  {
    machine: negotiationMachine,
    allowed: [
      'REQUESTED -> OFFERED',
      ...ENDINGS.map((end) => `REQUESTED -> ${end}`),
      'OFFERED -> COUNTERED',
      ...ENDINGS.map((end) => `OFFERED -> ${end}`),
      'COUNTERED -> OFFERED',
      ...ENDINGS.map((end) => `COUNTERED -> ${end}`),
    ],
  },
  {
    machine: purchaseOrderMachine,
    allowed: [
      'CONFIRMED -> PARTLY_DELIVERED',
      'CONFIRMED -> DELIVERED',
      'CONFIRMED -> CANCELLED',
      'PARTLY_DELIVERED -> PARTLY_DELIVERED',
      'PARTLY_DELIVERED -> DELIVERED',
      'DELIVERED -> COMPLETED',
    ],
  },
  { machine: invoiceMachine, allowed: ['ISSUED -> OVERDUE', 'ISSUED -> PAID', 'OVERDUE -> PAID'] },
  {
    machine: onlinePaymentMachine,
    allowed: ['STARTED -> SUCCEEDED', 'STARTED -> FAILED', 'STARTED -> UNAPPLIED', 'FAILED -> SUCCEEDED', 'FAILED -> UNAPPLIED'],
  },
];

describe.each(cases)('$machine.name state machine', ({ machine, allowed }) => {
  it.each(machine.everyPair() as { from: string; to: string; allowed: boolean }[])('$from -> $to allowed: $allowed', (pair) => {
    expect(pair.allowed).toBe(allowed.includes(`${pair.from} -> ${pair.to}`));
    if (!pair.allowed)
      expect(() => (machine.assert as (a: string, b: string) => void)(pair.from, pair.to)).toThrow(IllegalTransitionError);
  });
});

it('expires only negotiations still running', () => {
  expect(OPEN_NEGOTIATION_STATES).toEqual(['REQUESTED', 'OFFERED', 'COUNTERED']);
});
