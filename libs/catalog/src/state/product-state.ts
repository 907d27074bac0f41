import { IllegalTransitionError, stringEnum } from '@allmende/core';

export const PRODUCT_STATES = ['DRAFT', 'ACTIVE', 'SOLD_OUT', 'CLOSED'] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];
export const ProductStateEnum = stringEnum('ProductState', PRODUCT_STATES, 'Where a listing is in its life');

/** Every move a listing may make. SOLD_OUT comes back to ACTIVE when stock is added. */
const TRANSITIONS: Record<ProductState, readonly ProductState[]> = {
  DRAFT: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['SOLD_OUT', 'CLOSED'],
  SOLD_OUT: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

export function canTransition(from: ProductState, to: ProductState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ProductState, to: ProductState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError('Product', from, to);
}

/** Listings shoppers can find: active ones, and sold-out ones (shown as such). */
export const LISTED_STATES: readonly ProductState[] = ['ACTIVE', 'SOLD_OUT'];
