import { registerErrorCodes } from '@allmende/core';

export const PaymentsErrors = registerErrorCodes('payments', {
  STRIPE_NOT_CONFIGURED: { kind: 'GRAPHQL_ERROR', message: 'Card payments are not set up on this marketplace' },
  PAYMENT_PROVIDER_ERROR: { kind: 'REFUSAL', message: 'The payment provider could not be reached; try again' },
  PAYMENT_INVALID_AMOUNT: { kind: 'GRAPHQL_ERROR', message: 'A payment must be above zero' },
  PAYMENT_NOT_OFFLINE: { kind: 'REFUSAL', message: 'Only a test-mode payment can be confirmed this way' },
  PAYMENT_NOT_SUCCEEDED: { kind: 'REFUSAL', message: 'The payment has not succeeded' },
  PAYMENT_AMOUNT_MISMATCH: { kind: 'REFUSAL', message: 'The payment does not match the checkout’s total' },
  REFUND_INVALID_AMOUNT: { kind: 'GRAPHQL_ERROR', message: 'A refund must be above zero' },
  REFUND_EXCEEDS_PAYMENT: { kind: 'REFUSAL', message: 'The refund is more than is left of the payment' },
  REFUND_FAILED: { kind: 'REFUSAL', message: 'The payment provider refused the refund' },
  REFUND_REFERENCE_REUSED: { kind: 'GRAPHQL_ERROR', message: 'A different refund with this reference exists already' },
  TRANSFER_INVALID_AMOUNT: { kind: 'GRAPHQL_ERROR', message: 'A transfer must be above zero' },
  TRANSFER_EXCEEDS_PAYMENT: { kind: 'REFUSAL', message: 'The transfers would be more than the payment' },
  WEBHOOK_BODY_MISSING: { kind: 'GRAPHQL_ERROR', message: 'The webhook has no body' },
  WEBHOOK_SIGNATURE_INVALID: { kind: 'GRAPHQL_ERROR', message: 'The webhook signature is not valid' },
  WEBHOOK_EVENT_MALFORMED: { kind: 'GRAPHQL_ERROR', message: 'The webhook event is not one Stripe sends' },
  WEBHOOK_RETRY_LATER: { kind: 'GRAPHQL_ERROR', message: 'The webhook could not be processed now; send it again' },
});
