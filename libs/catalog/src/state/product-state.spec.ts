import { IllegalTransitionError } from '@allmende/core';
import { ProductMoveContext, productMachine, stateForStock } from './product-state';

const ALLOWED = [
  'DRAFT -> ACTIVE',
  'DRAFT -> CLOSED',
  'ACTIVE -> SOLD_OUT',
  'ACTIVE -> CLOSED',
  'SOLD_OUT -> ACTIVE',
  'SOLD_OUT -> CLOSED',
];
const listing = { title: 'Kaffee', description: 'Bio', categoryId: 'c1', stock: 3 };
const sellerComplete: ProductMoveContext = { missingLegalDetails: async () => ({ name: 'Chiapas', missing: [] }) };

describe('product state machine', () => {
  it.each(productMachine.everyPair())('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(allowed).toBe(ALLOWED.includes(`${from} -> ${to}`));
    if (!allowed) expect(() => productMachine.assert(from, to)).toThrow(IllegalTransitionError);
  });

  it('goes live only complete, with stock, and with the seller’s legal details', async () => {
    const refusal = (subject: object, context = sellerComplete) =>
      productMachine.transition({ ...listing, state: 'DRAFT', ...subject }, 'ACTIVE', context);
    await expect(refusal({ description: '', categoryId: null })).rejects.toMatchObject({
      code: 'LISTING_INCOMPLETE',
      details: { missing: ['description', 'categoryId'] },
    });
    await expect(refusal({ stock: 0 })).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
    await expect(
      refusal({}, { missingLegalDetails: async () => ({ name: 'Chiapas', missing: ['vatId'] }) }),
    ).rejects.toMatchObject({ code: 'LEGAL_DETAILS_MISSING', details: { missing: ['vatId'] } });
    const subject = { ...listing, state: 'DRAFT' as const };
    await productMachine.transition(subject, 'ACTIVE', sellerComplete);
    expect(subject.state).toBe('ACTIVE');
  });

  it('lets stock alone sell a listing out and bring it back, and nothing else', () => {
    expect(stateForStock('ACTIVE', 0)).toBe('SOLD_OUT');
    expect(stateForStock('SOLD_OUT', 2)).toBe('ACTIVE');
    expect(stateForStock('ACTIVE', 2)).toBe('ACTIVE');
    expect(stateForStock('DRAFT', 0)).toBe('DRAFT');
    expect(stateForStock('DRAFT', 5)).toBe('DRAFT');
    expect(stateForStock('CLOSED', 5)).toBe('CLOSED');
  });
});
