export * from './payments.module';
export * from './api/errors';
export * from './payments.options';
export type { Payment, PaymentProviderName } from './entities/payment.entity';
export type { PaymentTransfer } from './entities/payment-transfer.entity';
export type { PaymentRefund, PaymentRefundStatus } from './entities/payment-refund.entity';
export type { PaymentDispute } from './entities/payment-dispute.entity';
export { PayoutAccount } from './entities/payout-account.entity';
export { Payout } from './entities/payout.entity';
export type { ProviderEvent, ProviderEventOutcome } from './entities/provider-event.entity';
export * from './state/payment-state';
export * from './state/transfer-state';
export * from './provider/payment-provider';
export * from './provider/offline-payment.provider';
export * from './provider/stripe-payment.provider';
export * from './events/payment-events';
export * from './services/payments.service';
export * from './services/payment-ledger-kinds';
export * from './services/payout-accounts.service';
export * from './services/transfers.service';
export * from './services/refunds.service';
export * from './services/reconciliation.service';
export * from './services/stripe-webhook.service';
export * from './api/payments.types';

import { Payment } from './entities/payment.entity';
import { PaymentDispute } from './entities/payment-dispute.entity';
import { PaymentRefund } from './entities/payment-refund.entity';
import { PaymentTransfer } from './entities/payment-transfer.entity';
import { PayoutAccount } from './entities/payout-account.entity';
import { Payout } from './entities/payout.entity';
import { ProviderEvent } from './entities/provider-event.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const PAYMENTS_ENTITIES = [Payment, PaymentTransfer, PaymentRefund, PaymentDispute, PayoutAccount, Payout, ProviderEvent];
