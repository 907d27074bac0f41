import { defineMachine, DomainError, stringEnum } from '@allmende/core';

export const PRODUCT_STATES = ['DRAFT', 'ACTIVE', 'SOLD_OUT', 'CLOSED'] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];
export const ProductStateEnum = stringEnum('ProductState', PRODUCT_STATES, 'Where a listing is in its life');

/** Fields a listing needs before it can go live. */
const REQUIRED_FOR_SALE = ['title', 'description', 'categoryId'] as const;

interface Listing {
  state: ProductState;
  stock: number;
  title: string;
  description: string;
  categoryId: string | null;
}

/** Going live asks the seller's profile, which the catalog service looks up. */
export interface ProductMoveContext {
  missingLegalDetails(): Promise<{ name: string; missing: readonly string[] }>;
}

/**
 * Every move a listing may make. SOLD_OUT comes back to ACTIVE when stock is added. Going live
 * by hand (from DRAFT) needs a complete listing with stock whose seller gave its legal details.
 */
export const productMachine = defineMachine<ProductState, Listing, ProductMoveContext>({
  name: 'Product',
  states: PRODUCT_STATES,
  transitions: {
    DRAFT: ['ACTIVE', 'CLOSED'],
    ACTIVE: ['SOLD_OUT', 'CLOSED'],
    SOLD_OUT: ['ACTIVE', 'CLOSED'],
    CLOSED: [],
  },
  guards: {
    ACTIVE: async (listing, _move, context) => {
      const missing = REQUIRED_FOR_SALE.filter((field) => !listing[field]);
      if (missing.length) {
        throw new DomainError('LISTING_INCOMPLETE', `Complete the listing before it goes live: ${missing.join(', ')}`, {
          missing,
        });
      }
      if (listing.stock === 0) throw new DomainError('OUT_OF_STOCK', 'Add stock before the listing goes live');
      const seller = await context.missingLegalDetails();
      if (seller.missing.length) {
        throw new DomainError(
          'LEGAL_DETAILS_MISSING',
          `${seller.name} must give its legal details before its listings go live: ${seller.missing.join(', ')}`,
          { missing: seller.missing },
        );
      }
    },
  },
});

/** Listings shoppers can find: active ones, and sold-out ones (shown as such). */
export const LISTED_STATES: readonly ProductState[] = ['ACTIVE', 'SOLD_OUT'];

/** Stock moves sell a listing out and bring it back, and nothing else. */
export const SELLS_OUT_FROM = productMachine.sourcesOf('SOLD_OUT', ['ACTIVE']);
export const RESTOCKS_FROM = productMachine.sourcesOf('ACTIVE', ['SOLD_OUT']);

/** The state a change of stock alone leaves a listing in: running out sells it out, new stock brings it back. */
export function stateForStock(state: ProductState, stock: number): ProductState {
  if (stock === 0 && SELLS_OUT_FROM.includes(state)) return 'SOLD_OUT';
  if (stock > 0 && RESTOCKS_FROM.includes(state)) return 'ACTIVE';
  return state;
}
