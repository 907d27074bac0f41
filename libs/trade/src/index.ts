export * from './trade.module';
export * from './api/errors';
export * from './trade.options';
export { SHIPPING_OPTION_KINDS } from './entities/shipping.entity';
export type {
  ProductShippingOption,
  ProductShippingExclusion,
  ShippingProfile,
  ShippingZoneRate,
  ShippingOptionKind,
} from './entities/shipping.entity';
export type { Cart, CartItem, CartShippingChoice } from './entities/cart.entity';
export type { Checkout } from './entities/checkout.entity';
export type { Order, OrderLine } from './entities/order.entity';
export { REFUND_REASONS, RefundReasonEnum, SELLER_RATINGS, SellerRatingValueEnum } from './entities/order-refund.entity';
export type { OrderRefund, SellerRating, RefundReason, SellerRatingValue } from './entities/order-refund.entity';
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
export {
  INCOTERMS,
  IncotermEnum,
  OFFER_STATES,
  OfferStateEnum,
  INVOICING_MODES,
  InvoicingModeEnum,
  WholesaleOfferTier,
  WholesaleOffer,
} from './wholesale/entities/wholesale-offer.entity';
export type { Incoterm, OfferState, InvoicingMode } from './wholesale/entities/wholesale-offer.entity';
export { DEAL_SIDES, DealSideEnum, Negotiation, Proposal, NegotiationMessage } from './wholesale/entities/negotiation.entity';
export type { DealSide } from './wholesale/entities/negotiation.entity';
export { PurchaseOrder } from './wholesale/entities/purchase-order.entity';
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
export { Delivery } from './wholesale/entities/delivery.entity';
export {
  VAT_CATEGORIES,
  VatCategoryEnum,
  PAYMENT_METHODS,
  InvoicePaymentMethodEnum,
  Invoice,
  InvoiceLine,
  InvoicePayment,
} from './wholesale/entities/invoice.entity';
export type { VatCategory, InvoicePaymentMethod, InvoiceParty } from './wholesale/entities/invoice.entity';
export * from './wholesale/state/invoice-state';
export * from './wholesale/state/online-payment-state';
export * from './wholesale/entities/online-payment.entity';
export * from './wholesale/services/invoice-payments.service';
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
import { InvoiceOnlinePayment } from './wholesale/entities/online-payment.entity';
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
  InvoiceOnlinePayment,
];
