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
export * from './services/order-refunds.service';
export * from './services/seller-ratings.service';
export * from './events/order-events';
export * from './services/trade-timers.service';
export * from './services/payment-outcome.subscriber';
export * from './api/trade.types';
export * from './wholesale/wholesale.module';
export * from './wholesale/entities/wholesale-offer.entity';
export * from './wholesale/entities/negotiation.entity';
export * from './wholesale/entities/purchase-order.entity';
export * from './wholesale/state/negotiation-state';
export * from './wholesale/state/purchase-order-state';
export * from './wholesale/services/offer.service';
export * from './wholesale/services/negotiation.service';
export * from './wholesale/services/purchase-order.service';
export * from './wholesale/services/delivery.service';
export * from './wholesale/services/invoice.service';
export * from './wholesale/services/wholesale-timers.service';
export * from './wholesale/services/trade-statistics.service';
export * from './wholesale/events/wholesale-events';
export * from './wholesale/entities/delivery.entity';
export * from './wholesale/entities/invoice.entity';
export * from './wholesale/state/invoice-state';
export { WholesaleErrors, WholesaleError, WholesaleErrorCode } from './wholesale/api/errors';

import { Cart, CartItem, CartShippingChoice } from './entities/cart.entity';
import { Checkout } from './entities/checkout.entity';
import { Order, OrderLine } from './entities/order.entity';
import { OrderRefund, SellerRating } from './entities/order-refund.entity';
import { ProductShippingExclusion, ProductShippingOption, ShippingProfile, ShippingZoneRate } from './entities/shipping.entity';
import { Negotiation, NegotiationMessage, Proposal } from './wholesale/entities/negotiation.entity';
import { PurchaseOrder } from './wholesale/entities/purchase-order.entity';
import { Delivery } from './wholesale/entities/delivery.entity';
import { Invoice, InvoiceLine, InvoicePayment } from './wholesale/entities/invoice.entity';
import { WholesaleOffer, WholesaleOfferTier } from './wholesale/entities/wholesale-offer.entity';

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
  WholesaleOffer,
  WholesaleOfferTier,
  Negotiation,
  Proposal,
  NegotiationMessage,
  PurchaseOrder,
  Delivery,
  Invoice,
  InvoiceLine,
  InvoicePayment,
];
