import { DynamicModule, Logger, Module } from '@nestjs/common';
import { LedgerModule } from '@allmende/ledger';
import { PaymentsResolver } from './api/payments.resolver';
import { StripeWebhookController } from './api/stripe-webhook.controller';
import { PaymentsOptions } from './payments.options';
import { OfflinePaymentProvider } from './provider/offline-payment.provider';
import { PAYMENT_PROVIDER, PaymentProvider } from './provider/payment-provider';
import { StripePaymentProvider } from './provider/stripe-payment.provider';
import { PaymentsService } from './services/payments.service';
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
          useFactory: (): PaymentProvider => {
            if (options.stripe) return new StripePaymentProvider(options.stripe);
            new Logger('Payments').warn('No STRIPE_SECRET_KEY: payments run in offline TEST MODE; no real money moves');
            return new OfflinePaymentProvider();
          },
        },
        PaymentsService,
        StripeWebhookService,
        PaymentsResolver,
      ],
      exports: [PaymentsService, PAYMENT_PROVIDER],
    };
  }
}
