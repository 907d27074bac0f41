import fc from 'fast-check';
import { assertCheckoutTransition, CHECKOUT_STATES, canTransitionCheckout } from './checkout-state';
import { assertOrderTransition, canTransitionOrder, ORDER_STATES, OrderState } from './order-state';

describe('order state machine', () => {
  it('follows the happy path PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED -> COMPLETED', () => {
    const path: OrderState[] = ['PENDING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED'];
    for (let i = 1; i < path.length; i++) expect(canTransitionOrder(path[i - 1], path[i])).toBe(true);
  });

  it('lets an order be cancelled only until it ships, and refunded only once paid', () => {
    expect(canTransitionOrder('PENDING_PAYMENT', 'CANCELLED')).toBe(true);
    expect(canTransitionOrder('PAID', 'CANCELLED')).toBe(true);
    expect(canTransitionOrder('SHIPPED', 'CANCELLED')).toBe(false);
    expect(canTransitionOrder('PENDING_PAYMENT', 'REFUNDED')).toBe(false);
    expect(canTransitionOrder('COMPLETED', 'REFUNDED')).toBe(true);
  });

  it('refuses shipping an unpaid order with a typed error', () => {
    expect(() => assertOrderTransition('PENDING_PAYMENT', 'SHIPPED')).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        details: { machine: 'Order', from: 'PENDING_PAYMENT', to: 'SHIPPED' },
      }),
    );
  });

  it('has terminal states that go nowhere, and never skips back to an earlier state', () => {
    const rank = (s: OrderState) => ORDER_STATES.indexOf(s);
    fc.assert(
      fc.property(fc.constantFrom(...ORDER_STATES), fc.constantFrom(...ORDER_STATES), (from, to) => {
        if (from === 'CANCELLED' || from === 'REFUNDED') expect(canTransitionOrder(from, to)).toBe(false);
        if (canTransitionOrder(from, to)) expect(rank(to)).toBeGreaterThan(rank(from));
        else expect(() => assertOrderTransition(from, to)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
      }),
    );
  });

  it('lets a checkout leave PENDING_PAYMENT once and only once', () => {
    for (const to of CHECKOUT_STATES) {
      expect(canTransitionCheckout('PAID', to)).toBe(false);
      expect(canTransitionCheckout('EXPIRED', to)).toBe(false);
    }
    expect(() => assertCheckoutTransition('EXPIRED', 'PAID')).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
  });
});
