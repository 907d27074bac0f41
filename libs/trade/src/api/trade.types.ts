import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, ErrorCodeEnum, MoneyType, stringEnum } from '@allmende/core';
import { Product, SellerKind, SellerKindEnum } from '@allmende/catalog';
import { SHIPPING_OPTION_KINDS, ShippingOptionKind } from '../entities/shipping.entity';
import { RefundReason, RefundReasonEnum, SellerRatingValue, SellerRatingValueEnum } from '../entities/order-refund.entity';
import { CheckoutState, CheckoutStateEnum } from '../state/checkout-state';
import { OrderState, OrderStateEnum } from '../state/order-state';
import { SHIPPING_METHODS, ShippingMethod } from '../services/shipping-cost';

export const ShippingMethodEnum = stringEnum('ShippingMethod', SHIPPING_METHODS, 'Delivery by parcel, or pickup from the seller');
export const ShippingOptionKindEnum = stringEnum('ShippingOptionKind', SHIPPING_OPTION_KINDS, 'A product’s own way to the buyer');
const PARCEL_GROUP_KINDS = ['OWN', 'COMBINED', 'INCLUDED', 'PICKUP', 'FREE'] as const;
export const ParcelGroupKindEnum = stringEnum(
  'ParcelGroupKind',
  PARCEL_GROUP_KINDS,
  'OWN: the product’s own parcels; COMBINED: the seller’s combined parcels; INCLUDED: in the price; PICKUP; FREE: above the free-shipping threshold',
);

@ObjectType('DeliveryAddress', { description: 'A postal address as it was given at checkout' })
export class DeliveryAddressType {
  @Field()
  name: string;

  @Field()
  street: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType('ShippingOption')
export class ShippingOptionType {
  @Field(() => ShippingOptionKindEnum)
  kind: ShippingOptionKind;

  @Field(() => MoneyType, { description: 'Per parcel (PARCEL) or for the pickup (PICKUP)' })
  price: MoneyType;

  @Field(() => Int, { nullable: true })
  itemsPerParcel: number | null;

  @Field({
    description: 'The zone a parcel price is for: DOMESTIC, EU, WORLD, a country code, or ANY (wherever no other applies)',
  })
  zone: string;
}

@ObjectType('ShippingZoneRate', { description: 'What a seller charges for parcels to one zone' })
export class ShippingZoneRateType {
  @Field({ description: 'DOMESTIC (the seller’s own country), EU, WORLD, or a two-letter country code' })
  zone: string;

  @Field(() => MoneyType, { nullable: true, description: 'Per item, for products without parcels of their own' })
  itemPrice: MoneyType | null;

  @Field(() => MoneyType, { nullable: true, description: 'One price for a parcel of up to combinedItemsPerParcel items' })
  combinedParcelPrice: MoneyType | null;

  @Field(() => Int, { nullable: true })
  combinedItemsPerParcel: number | null;

  @Field(() => MoneyType, { nullable: true, description: 'Delivery is free from this amount of the seller’s items on' })
  freeShippingThreshold: MoneyType | null;
}

@ObjectType('ShippingProfile', {
  description: 'Where a seller ships from and its rates by zone; a zone without a rate is not delivered to',
})
export class ShippingProfileType {
  @Field(() => ID)
  sellerId: string;

  @Field({ description: 'ISO country the parcels leave from' })
  originCountry: string;

  @Field()
  currency: string;

  @Field(() => [ShippingZoneRateType])
  rates: ShippingZoneRateType[];
}

@ObjectType('ParcelGroup')
export class ParcelGroupType {
  @Field(() => ParcelGroupKindEnum)
  kind: (typeof PARCEL_GROUP_KINDS)[number];

  @Field(() => [ID])
  productIds: string[];

  @Field(() => Int)
  parcels: number;

  @Field(() => MoneyType)
  amount: MoneyType;
}

@ObjectType('ShippingQuote', { description: 'The cheapest valid way to send one seller’s items' })
export class ShippingQuoteType {
  @Field(() => ShippingMethodEnum)
  method: ShippingMethod;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => [ParcelGroupType])
  groups: ParcelGroupType[];
}

@ObjectType('CartLine')
export class CartLineType {
  @Field(() => Product)
  product: Product;

  @Field(() => Int)
  quantity: number;

  @Field(() => MoneyType)
  lineTotal: MoneyType;

  @Field({ description: 'False when the product is not sent to the cart’s destination' })
  shipsToDestination: boolean;

  @Field(() => ErrorCodeEnum, {
    nullable: true,
    description:
      'Why the line cannot be bought now: INSUFFICIENT_STOCK, PRODUCT_NOT_AVAILABLE, SELLER_ON_VACATION or NOT_SHIPPABLE (not sent to the destination)',
  })
  problem: string | null;
}

@ObjectType('CartSellerGroup', { description: 'One seller’s part of the cart: it becomes one order' })
export class CartSellerGroupType {
  @Field(() => ID)
  sellerId: string;

  @Field(() => SellerKindEnum)
  sellerKind: SellerKind;

  @Field()
  sellerName: string;

  @Field(() => [CartLineType])
  lines: CartLineType[];

  @Field(() => MoneyType)
  itemsTotal: MoneyType;

  @Field(() => String, {
    nullable: true,
    description: 'The seller’s zone the destination falls in; null when the seller has no zones or does not deliver there',
  })
  deliveryZone: string | null;

  @Field(() => ShippingQuoteType, { nullable: true, description: 'Null when these items cannot be delivered together' })
  delivery: ShippingQuoteType | null;

  @Field(() => ShippingQuoteType, { nullable: true, description: 'Null unless every item may be picked up' })
  pickup: ShippingQuoteType | null;

  @Field(() => ShippingMethodEnum, { nullable: true })
  shippingMethod: ShippingMethod | null;

  @Field(() => MoneyType, { nullable: true })
  shipping: MoneyType | null;

  @Field(() => MoneyType)
  total: MoneyType;
}

@ObjectType('Cart')
export class CartType {
  @Field(() => ID, { nullable: true, description: 'Null for a guest who has added nothing yet' })
  id: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A guest cart’s token: send it back as cartToken (or the X-Cart-Token header)',
  })
  token: string | null;

  @Field(() => String, { nullable: true, description: 'Where the cart is to be delivered (ISO country); null: not said yet' })
  destinationCountry: string | null;

  @Field(() => DeliveryAddressType, { nullable: true, description: 'The delivery address chosen for checkout' })
  deliveryAddress: DeliveryAddressType | null;

  @Field(() => String, { nullable: true, description: 'A guest’s e-mail address for the confirmation' })
  contactEmail: string | null;

  @Field(() => [CartSellerGroupType])
  groups: CartSellerGroupType[];

  @Field(() => Int)
  itemCount: number;

  @Field(() => MoneyType, { nullable: true })
  itemsTotal: MoneyType | null;

  @Field(() => MoneyType, { nullable: true })
  shippingTotal: MoneyType | null;

  @Field(() => MoneyType, { nullable: true })
  total: MoneyType | null;
}

@ObjectType('OrderLine', { description: 'What was bought, frozen at checkout, and where its money goes' })
export class OrderLineType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  productId: string;

  @Field()
  title: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => MoneyType)
  unitPrice: MoneyType;

  @Field(() => MoneyType, { description: 'unitPrice × quantity, VAT included' })
  gross: MoneyType;

  @Field(() => Int)
  vatRateBp: number;

  @Field(() => MoneyType)
  vat: MoneyType;

  @Field(() => MoneyType)
  donation: MoneyType;

  @Field(() => MoneyType)
  platformFee: MoneyType;

  @Field(() => MoneyType)
  fairFund: MoneyType;

  @Field(() => MoneyType)
  producerShare: MoneyType;
}

@ObjectType('OrderFees', { description: 'The order’s money by destination; the parts add up to the order total' })
export class OrderFeesType {
  @Field(() => MoneyType)
  platformFee: MoneyType;

  @Field(() => MoneyType)
  fairFund: MoneyType;

  @Field(() => MoneyType)
  donation: MoneyType;

  @Field(() => MoneyType, { description: 'Included in sellerPayout; the seller remits it' })
  vat: MoneyType;

  @Field(() => MoneyType, { description: 'What the seller is paid: producer share, VAT and shipping' })
  sellerPayout: MoneyType;

  @Field(() => MoneyType, { description: 'What the seller keeps once refunds took their share back' })
  payoutAfterRefunds: MoneyType;
}

@ObjectType('OrderSeller', { description: 'The seller as it was at the time of purchase, with its terms and withdrawal policy' })
export class OrderSellerType {
  @Field(() => ID)
  id: string;

  @Field(() => SellerKindEnum)
  kind: SellerKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  terms: string | null;

  @Field(() => String, { nullable: true })
  withdrawalPolicy: string | null;

  @Field(() => String, { nullable: true })
  imprint: string | null;
}

@ObjectType('OrderRefund')
export class OrderRefundType {
  @Field(() => ID)
  id: string;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => RefundReasonEnum)
  reason: RefundReason;

  @Field()
  note: string;

  @Field()
  createdAt: Date;
}

@ObjectType('PublishedRating', { description: 'A buyer’s rating as everyone sees it: no order, no buyer' })
export class PublishedRatingType {
  @Field(() => SellerRatingValueEnum)
  rating: SellerRatingValue;

  @Field()
  comment: string;

  @Field()
  createdAt: Date;
}

@ObjectType('SellerRating', { description: 'A rating with its order, as its buyer sees it' })
export class SellerRatingType extends PublishedRatingType {
  @Field(() => ID)
  orderId: string;

  @Field(() => ID)
  sellerId: string;
}

@ObjectType('SellerRatingSummary', {
  description: 'How buyers rated a seller over the last 12 months; neutral ratings do not count against the positive share',
})
export class SellerRatingSummaryType {
  @Field(() => Int)
  positive: number;

  @Field(() => Int)
  neutral: number;

  @Field(() => Int)
  negative: number;

  @Field(() => Float, { nullable: true, description: 'positive / (positive + negative); null without such ratings' })
  positiveShare: number | null;

  @Field(() => Int, { description: 'All ratings counted: positive, neutral and negative' })
  count: number;

  @Field(() => [PublishedRatingType], { description: 'The newest ratings with a comment, newest first (at most 3)' })
  latestComments: PublishedRatingType[];
}

@ObjectType('Order', { description: 'One seller’s part of a checkout' })
export class OrderType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'A short number to quote' })
  number: number;

  @Field(() => OrderStateEnum)
  state: OrderState;

  @Field(() => ID)
  checkoutId: string;

  @Field(() => ID, { nullable: true, description: 'The buyer’s account; null for a guest’s order not claimed yet' })
  buyerId: string | null;

  @Field(() => String, { nullable: true, description: 'Who receives the order' })
  buyerName: string | null;

  @Field(() => ShippingMethodEnum)
  shippingMethod: ShippingMethod;

  @Field(() => String, { nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true })
  trackingCode: string | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true })
  shippedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;
}

export const OrderConnection = ConnectionType(OrderType, 'Order');

@ObjectType('Checkout', { description: 'A cart checked out: one order per seller, one payment for the total' })
export class CheckoutType {
  @Field(() => ID)
  id: string;

  @Field(() => CheckoutStateEnum)
  state: CheckoutState;

  @Field(() => MoneyType)
  total: MoneyType;

  @Field({ description: 'Unpaid reservations are released at this time' })
  expiresAt: Date;

  @Field(() => ID, { nullable: true })
  paymentId: string | null;

  @Field(() => String, { nullable: true, description: 'For the Stripe Payment Element; null in test mode' })
  clientSecret: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when no real payment provider is configured' })
  testMode: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the last payment attempt failed' })
  paymentError: string | null;
}
