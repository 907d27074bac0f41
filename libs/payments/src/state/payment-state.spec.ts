import { assertTransition, canTransition, PAYMENT_STATUSES } from './payment-state';

describe('payment state machine', () => {
  it('lets a pending payment succeed, fail or be cancelled, and a failed one be retried', () => {
    expect(canTransition('PENDING', 'SUCCEEDED')).toBe(true);
    expect(canTransition('PROCESSING', 'FAILED')).toBe(true);
    expect(canTransition('FAILED', 'SUCCEEDED')).toBe(true);
  });

  it('keeps SUCCEEDED and CANCELED final', () => {
    for (const to of PAYMENT_STATUSES) {
      expect(canTransition('SUCCEEDED', to)).toBe(false);
      expect(canTransition('CANCELED', to)).toBe(false);
    }
    expect(() => assertTransition('SUCCEEDED', 'FAILED')).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
  });
});
