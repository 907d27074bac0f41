import { DomainError, registerErrorCodes } from '@allmende/core';

/** Every refusal of wholesale trade, by its stable code (besides NOT_FOUND, FORBIDDEN, BAD_USER_INPUT and ILLEGAL_TRANSITION). */
export const WholesaleErrors = registerErrorCodes('wholesale', {
  QUANTITY_BELOW_MINIMUM: { kind: 'REFUSAL', message: 'The quantity is below the offer’s minimum order' },
  QUANTITY_ABOVE_AVAILABLE: { kind: 'REFUSAL', message: 'The quantity is more than the offer has left' },
  PRICE_ABOVE_TIER: { kind: 'REFUSAL', message: 'The price is above the offer’s tier price for this quantity' },
  OFFER_EXPIRED: { kind: 'REFUSAL', message: 'The offer is no longer valid' },
  OFFER_NOT_OPEN: { kind: 'REFUSAL', message: 'The offer is not open for orders' },
  OWN_OFFER: { kind: 'REFUSAL', message: 'You cannot ask for a quote on your own offer' },
  OWN_PROPOSAL: { kind: 'REFUSAL', message: 'You cannot accept or decline your own proposal' },
  NOT_YOUR_TURN: { kind: 'REFUSAL', message: 'This step is the other side’s to take' },
  PROPOSAL_EXPIRED: { kind: 'REFUSAL', message: 'The proposal is no longer valid' },
  DELIVERY_DATE_PAST: { kind: 'REFUSAL', message: 'The delivery date has passed' },
  LOT_NOT_IN_CUSTODY: { kind: 'REFUSAL', message: 'Your organisation does not hold this lot' },
  LOT_QUANTITY_EXCEEDED: { kind: 'REFUSAL', message: 'The lot holds less than the offer would sell' },
  TIERS_INVALID: { kind: 'REFUSAL', message: 'The price tiers must start at the minimum and fall as the quantity rises' },
  DELIVERY_EXCEEDS_ORDER: { kind: 'REFUSAL', message: 'The delivery is more than is left of the order' },
  PAYMENT_EXCEEDS_DUE: { kind: 'REFUSAL', message: 'The payment is more than the invoice still owes' },
  INVOICE_NOT_OPEN: { kind: 'REFUSAL', message: 'The invoice has been paid already' },
  NOTHING_TO_INVOICE: { kind: 'REFUSAL', message: 'Every delivery of this order has been invoiced' },
});
export type WholesaleErrorCode = keyof typeof WholesaleErrors;

/** A wholesale rule refused the request; checked before anything is written. */
export class WholesaleError extends DomainError {
  constructor(code: WholesaleErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
