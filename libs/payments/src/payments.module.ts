import { DynamicModule, Logger, Module } from '@nestjs/common';
import { refusingCallsInTransactions, TxHost } from '@allmende/core';
import { LedgerModule } from '@allmende/ledger';
import { PaymentsResolver, PayoutAccountResolver } from './api/payments.resolver';
import { StripeWebhookController } from './api/stripe-webhook.controller';
import { PaymentsOptions } from './payments.options';
import { OfflinePaymentProvider } from './provider/offline-payment.provider';
import { PAYMENT_PROVIDER, PaymentProvider } from './provider/payment-provider';
import { StripePaymentProvider } from './provider/stripe-payment.provider';
import { PaymentsService } from './services/payments.service';
import { PayoutAccountService } from './services/payout-accounts.service';
import { ReconciliationService } from './services/reconciliation.service';
import { RefundService } from './services/refunds.service';
import { TransferService } from './services/transfers.service';
import { StripeWebhookService } from './services/stripe-webhook.service';

/**
 * Payments through the PaymentProvider port: Stripe with keys, else the offline adapter (test
 * mode). Needs IdentityModule and JobsModule in the app. Publishes PaymentSucceeded, PaymentFailed
 * and PaymentDisputed; any library reacts by subscribing (`@OnEvent`).
 */
@Module({})
export class PaymentsModule {
  static forRoot(options: PaymentsOptions): DynamicModule {
    return {
      module: PaymentsModule,
      global: true,
      imports: [LedgerModule],
      controllers: [StripeWebhookController],
      providers: [
        {
          provide: PAYMENT_PROVIDER,
          inject: [TxHost],
          useFactory: (txHost: TxHost): PaymentProvider => {
            let provider: PaymentProvider;
            if (options.stripe) {
              provider = new StripePaymentProvider(options.stripe);
            } else {
              new Logger('Payments').warn('No STRIPE_SECRET_KEY: payments run in offline TEST MODE; no real money moves');
              provider = new OfflinePaymentProvider();
            }
            return options.refuseCallsInTransactions ? refusingCallsInTransactions(provider, provider.name, txHost) : provider;
          },
        },
        PaymentsService,
        PayoutAccountService,
        TransferService,
        RefundService,
        ReconciliationService,
        StripeWebhookService,
        PaymentsResolver,
        PayoutAccountResolver,
      ],
      exports: [PaymentsService, PayoutAccountService, TransferService, RefundService, ReconciliationService, PAYMENT_PROVIDER],
    };
  }
}
