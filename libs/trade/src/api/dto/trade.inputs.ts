import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsBoolean,
  IsEmail,
  IsISO4217CurrencyCode,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { MoneyInput, PageArgs } from '@allmende/core';
import { PostalAddressInput } from '@allmende/identity';
import {
  REFUND_REASONS,
  RefundReason,
  RefundReasonEnum,
  SELLER_RATINGS,
  SellerRatingValue,
  SellerRatingValueEnum,
} from '../../entities/order-refund.entity';
import { SHIPPING_OPTION_KINDS, ShippingOptionKind } from '../../entities/shipping.entity';
import { OrderState, ORDER_STATES, OrderStateEnum } from '../../state/order-state';
import { SHIPPING_METHODS, ShippingMethod } from '../../services/shipping-cost';
import { MAX_QUANTITY } from '../../services/cart.service';
import { ShippingMethodEnum, ShippingOptionKindEnum } from '../trade.types';

@ArgsType()
export class CartArgs {
  @Field(() => String, { nullable: true, description: 'A guest cart’s token (or send the X-Cart-Token header)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cartToken?: string | null;
}

@ArgsType()
export class CartItemArgs extends CartArgs {
  @Field(() => ID)
  @IsUUID('all')
  productId: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(0)
  @Max(MAX_QUANTITY)
  quantity: number = 1;
}

@ArgsType()
export class ChooseShippingArgs extends CartArgs {
  @Field(() => ID)
  @IsUUID('all')
  sellerId: string;

  @Field(() => ShippingMethodEnum)
  @IsIn(SHIPPING_METHODS)
  method: ShippingMethod;
}

@ArgsType()
export class CheckoutAccessArgs {
  @Field(() => String, { nullable: true, description: 'A guest’s access token from Checkout.accessToken' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  accessToken?: string | null;
}

@ArgsType()
export class CheckoutArgs extends CartArgs {
  @Field({ description: 'Made by the client once per checkout attempt; the same key returns the same checkout' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may hold letters, digits and . _ : -' })
  idempotencyKey: string;
}

@ArgsType()
export class SellerOrdersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'An organisation you act for; leave out for your private sales' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => OrderStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORDER_STATES)
  state?: OrderState | null;
}

@ArgsType()
export class ShipOrderArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  carrier?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  trackingCode?: string | null;
}

@InputType()
export class RefundOrderInput {
  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => RefundReasonEnum)
  @IsIn(REFUND_REASONS)
  reason: RefundReason;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  note: string = '';

  @Field({ description: 'Yours, e.g. a UUID made with the form: a repeat with the same key refunds once' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may hold letters, digits and . _ : -' })
  idempotencyKey: string;
}

@ArgsType()
export class CancelOrderArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;

  @Field({ description: 'Yours, e.g. a UUID made with the form: a repeat with the same key cancels and refunds once' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may hold letters, digits and . _ : -' })
  idempotencyKey: string;
}

@ArgsType()
export class RateSellerArgs {
  @Field(() => SellerRatingValueEnum)
  @IsIn(SELLER_RATINGS)
  rating: SellerRatingValue;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  comment: string = '';
}

@InputType()
export class ShippingOptionInput {
  @Field(() => ShippingOptionKindEnum)
  @IsIn(SHIPPING_OPTION_KINDS)
  kind: ShippingOptionKind;

  @Field(() => SafeIntResolver, { description: 'Minor units of the product’s currency' })
  @IsInt()
  @Min(0)
  price: number;

  @Field(() => Int, { nullable: true, description: 'Required for PARCEL' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  itemsPerParcel?: number | null;

  @Field(() => String, { nullable: true, description: 'PARCEL only: DOMESTIC, EU, WORLD or a country code; left out: any zone' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  zone?: string | null;
}

@ArgsType()
export class SetProductShippingArgs {
  @Field(() => ID)
  @IsUUID('all')
  productId: string;

  @Field(() => [ShippingOptionInput], { description: 'The product’s own options; empty: it ships the seller’s way' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ShippingOptionInput)
  options: ShippingOptionInput[];

  @Field(() => [String], { defaultValue: [], description: 'Zones or countries this product is not sent to' })
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  notShippedTo: string[] = [];
}

@InputType()
export class ZoneRateInput {
  @Field({ description: 'DOMESTIC (your own country), EU, WORLD, or a two-letter country code' })
  @IsString()
  @MaxLength(8)
  zone: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Per item, for products without parcels of their own' })
  @IsOptional()
  @IsInt()
  @Min(0)
  itemPrice?: number | null;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  combinedParcelPrice?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  combinedItemsPerParcel?: number | null;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  freeShippingThreshold?: number | null;
}

@InputType()
export class ShippingProfileInput {
  @Field(() => ID, { nullable: true, description: 'An organisation you act for; leave out for your private sales' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field({ description: 'ISO country your parcels leave from' })
  @IsString()
  @MaxLength(2)
  originCountry: string;

  @Field({ defaultValue: 'EUR' })
  @IsISO4217CurrencyCode()
  currency: string = 'EUR';

  @Field(() => [ZoneRateInput], { description: 'Every zone you deliver to; a zone left out is not delivered to' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ZoneRateInput)
  rates: ZoneRateInput[];
}

@ArgsType()
export class SetDeliveryAddressArgs extends CartArgs {
  @Field(() => ID, { nullable: true, description: 'An address from your address book' })
  @IsOptional()
  @IsUUID('all')
  addressId?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: 'Or a new one' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostalAddressInput)
  address?: PostalAddressInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Also keep a new address in your address book' })
  @IsOptional()
  @IsBoolean()
  saveToAddressBook?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Guests: where the order confirmation goes' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Guests: the language of the order mails, en (default) or de' })
  @IsOptional()
  @IsIn(['en', 'de'], { message: 'must be en or de' })
  locale?: string | null;
}

@ArgsType()
export class SetCartDestinationArgs extends CartArgs {
  @Field({ description: 'ISO country code, e.g. DE' })
  @IsString()
  @MaxLength(2)
  country: string;
}

@ArgsType()
export class OrganisationArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;
}
