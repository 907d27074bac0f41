import { registerErrorCodes } from '@allmende/core';

export const TradeErrors = registerErrorCodes('trade', {
  OWN_PRODUCT: { kind: 'REFUSAL', message: 'You cannot buy your own listing' },
  PRODUCT_NOT_AVAILABLE: { kind: 'REFUSAL', message: 'This listing is no longer on sale' },
  SELLER_ON_VACATION: { kind: 'REFUSAL', message: 'The seller is on vacation' },
  QUANTITY_LIMIT: { kind: 'REFUSAL', message: 'That is more than one cart may hold' },
  NOT_IN_CART: { kind: 'REFUSAL', message: 'This is not in your cart' },
  CART_EMPTY: { kind: 'REFUSAL', message: 'Your cart is empty' },
  SHIPPING_UNAVAILABLE: { kind: 'REFUSAL', message: 'The seller cannot deliver these items together' },
  SHIPPING_METHOD_UNAVAILABLE: { kind: 'REFUSAL', message: 'The seller does not offer this way of delivery' },
  CHECKOUT_NOT_PAYABLE: { kind: 'REFUSAL', message: 'This checkout can no longer be paid' },
  NOT_SHIPPABLE: { kind: 'REFUSAL', message: 'The seller does not send this to the delivery country' },
  DELIVERY_ADDRESS_MISSING: { kind: 'REFUSAL', message: 'Give the delivery address before paying' },
  CONTACT_EMAIL_MISSING: { kind: 'REFUSAL', message: 'Give the e-mail address for the order confirmation' },
  CHECKOUT_NOT_CLAIMABLE: { kind: 'REFUSAL', message: 'There is no guest order to claim with this link' },
  CLAIM_EMAIL_MISMATCH: { kind: 'REFUSAL', message: 'Log in with the e-mail address of the guest order to claim it' },
  NOT_PAID: { kind: 'REFUSAL', message: 'This order has not been paid' },
  REFUND_EXCEEDS_ORDER: { kind: 'REFUSAL', message: 'The refund is more than is left of the order' },
  ORDER_NOT_DELIVERED: { kind: 'REFUSAL', message: 'You can rate the seller once the order has been delivered' },
  ALREADY_RATED: { kind: 'REFUSAL', message: 'You have already rated this order' },
});
