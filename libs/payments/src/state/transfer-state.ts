import { defineMachine } from '@allmende/core';

export const TRANSFER_STATUSES = ['AWAITING_ACCOUNT', 'REQUESTED', 'SENT', 'FAILED', 'REVERSED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/**
 * Every move a seller's transfer may make. It waits for the seller's payout account, is
 * REQUESTED (our intent committed, the provider called with `transfer:<orderId>`) and SENT once
 * the provider answers. A FAILED request may be requested again; a SENT transfer is REVERSED
 * when its whole share is refunded (a partial reversal keeps it SENT).
 */
export const transferMachine = defineMachine<TransferStatus, { status: TransferStatus }>({
  name: 'Transfer',
  states: TRANSFER_STATUSES,
  key: 'status',
  transitions: {
    AWAITING_ACCOUNT: ['REQUESTED', 'SENT'],
    REQUESTED: ['SENT', 'FAILED'],
    FAILED: ['REQUESTED'],
    SENT: ['REVERSED'],
    REVERSED: [],
  },
});
