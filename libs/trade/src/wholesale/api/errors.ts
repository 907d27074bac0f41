import { DomainError } from '@allmende/core';

/** Every refusal of wholesale trade, by its stable code (besides NOT_FOUND, FORBIDDEN, BAD_USER_INPUT and ILLEGAL_TRANSITION). */
export const WHOLESALE_ERROR_CODES = [
  'QUANTITY_BELOW_MINIMUM',
  'QUANTITY_ABOVE_AVAILABLE',
  'PRICE_ABOVE_TIER',
  'OFFER_EXPIRED',
  'OFFER_NOT_OPEN',
  'OWN_OFFER',
  'OWN_PROPOSAL',
  'NOT_YOUR_TURN',
  'PROPOSAL_EXPIRED',
  'DELIVERY_DATE_PAST',
  'LOT_NOT_IN_CUSTODY',
  'LOT_QUANTITY_EXCEEDED',
  'TIERS_INVALID',
  'DELIVERY_EXCEEDS_ORDER',
  'PAYMENT_EXCEEDS_DUE',
  'INVOICE_NOT_OPEN',
  'NOTHING_TO_INVOICE',
] as const;
export type WholesaleErrorCode = (typeof WHOLESALE_ERROR_CODES)[number];

/** A wholesale rule refused the request; checked before anything is written. */
export class WholesaleError extends DomainError {
  constructor(code: WholesaleErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
