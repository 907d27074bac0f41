import { DynamicModule, Module } from '@nestjs/common';
import { CatalogModule } from '@allmende/catalog';
import { LedgerModule } from '@allmende/ledger';
import { PolicyModule } from '@allmende/policy';
import { CartResolver } from './api/cart.resolver';
import { CheckoutResolver, OrderResolver } from './api/order.resolver';
import { SellerRatingsResolver } from './api/seller-ratings.resolver';
import { ProductShippingResolver, ShippingProfileResolver } from './api/shipping.resolver';
import { CartService } from './services/cart.service';
import { CheckoutService } from './services/checkout.service';
import { OrderMails } from './services/order-mails';
import { OrderService } from './services/order.service';
import { OrderRefundService } from './services/order-refunds.service';
import { SellerRatingService } from './services/seller-ratings.service';
import { TradePaymentSubscriber } from './services/payment-outcome.subscriber';
import { ShippingService } from './services/shipping.service';
import { TradeTimersService } from './services/trade-timers.service';
import { TRADE_OPTIONS, TradeOptions } from './trade.options';
import { WholesaleModule } from './wholesale/wholesale.module';

/** B2C trade: carts, shipping, checkout, orders; and co-op-to-co-op wholesale. Needs IdentityModule and PaymentsModule.forRoot (global) in the app. */
@Module({})
export class TradeModule {
  static forRoot(options: TradeOptions): DynamicModule {
    return {
      module: TradeModule,
      imports: [PolicyModule, CatalogModule, LedgerModule, WholesaleModule],
      providers: [
        { provide: TRADE_OPTIONS, useValue: options },
        ShippingService,
        CartService,
        CheckoutService,
        OrderService,
        OrderRefundService,
        SellerRatingService,
        OrderMails,
        TradeTimersService,
        TradePaymentSubscriber,
        CartResolver,
        CheckoutResolver,
        OrderResolver,
        ProductShippingResolver,
        SellerRatingsResolver,
        ShippingProfileResolver,
      ],
      exports: [
        CartService,
        CheckoutService,
        OrderService,
        OrderRefundService,
        SellerRatingService,
        ShippingService,
        TradeTimersService,
      ],
    };
  }
}
