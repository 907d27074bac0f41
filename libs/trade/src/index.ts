export * from './trade.module';
export * from './api/errors';
export * from './trade.options';
export * from './entities/shipping.entity';
export * from './entities/cart.entity';
export * from './entities/checkout.entity';
export * from './entities/order.entity';
export * from './entities/order-refund.entity';
export * from './state/order-state';
export * from './state/checkout-state';
export * from './services/shipping-cost';
export * from './services/shipping-zone';
export * from './services/order-money';
export * from './services/shipping.service';
export * from './services/cart.service';
export * from './services/checkout.service';
export * from './services/order.service';
export * from './services/trade-timers.service';
export * from './services/payment-outcome.subscriber';
export * from './api/trade.types';

import { Cart, CartItem, CartShippingChoice } from './entities/cart.entity';
import { Checkout } from './entities/checkout.entity';
import { Order, OrderLine } from './entities/order.entity';
import { OrderRefund, SellerRating } from './entities/order-refund.entity';
import { ProductShippingExclusion, ProductShippingOption, ShippingProfile, ShippingZoneRate } from './entities/shipping.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const TRADE_ENTITIES = [
  ProductShippingOption,
  ProductShippingExclusion,
  ShippingProfile,
  ShippingZoneRate,
  Cart,
  CartItem,
  CartShippingChoice,
  Checkout,
  Order,
  OrderLine,
  OrderRefund,
  SellerRating,
];
