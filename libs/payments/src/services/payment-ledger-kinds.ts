/** The ledger kinds payments compares with the provider; capture and refund are posted by trade under these kinds. */
export const PAYMENT_LEDGER_KINDS = {
  /** reference: the checkout id; provider:clearing +total. Posted by trade. */
  CAPTURE: 'capture',
  /** reference: the order id; provider:clearing −amount. Posted here. */
  TRANSFER: 'transfer',
  /** reference: the refund reference; provider:clearing +amount taken back from the seller. Posted here. */
  TRANSFER_REVERSAL: 'transfer_reversal',
  /** reference: the reference given to `refund`; provider:clearing −amount. Posted by trade. */
  REFUND: 'refund',
  /** reference: the provider's dispute id; provider:clearing −amount. Posted here. */
  CHARGEBACK: 'chargeback',
  /** reference: the provider's dispute id; provider:clearing +amount when a dispute is won. Posted here. */
  CHARGEBACK_REVERSAL: 'chargeback_reversal',
} as const;
