import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsISO8601,
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
import { PageArgs } from '@allmende/core';
import { DEAL_SIDES, DealSide, DealSideEnum } from '../../entities/negotiation.entity';
import {
  Incoterm,
  IncotermEnum,
  INCOTERMS,
  INVOICING_MODES,
  InvoicingMode,
  InvoicingModeEnum,
} from '../../entities/wholesale-offer.entity';
import { NEGOTIATION_STATES, NegotiationState, NegotiationStateEnum } from '../../state/negotiation-state';
import { INVOICE_STATES, InvoiceState, InvoiceStateEnum } from '../../state/invoice-state';
import { PURCHASE_ORDER_STATES, PurchaseOrderState, PurchaseOrderStateEnum } from '../../state/purchase-order-state';

/** Wholesale quantities are whole units of the offer's unit (offer grams to sell part-kilograms). */
export const MAX_WHOLESALE_QUANTITY = 100_000_000;
/** 1,000,000.00 a unit in a two-decimal currency: far above any real wholesale price, far below overflow. */
export const MAX_UNIT_PRICE = 100_000_000;
const NOT_BLANK = /\S/;

@InputType('WholesaleOfferTierInput')
export class OfferTierInput {
  @Field(() => Int, { description: 'From this quantity on' })
  @IsInt()
  @Min(1)
  @Max(MAX_WHOLESALE_QUANTITY)
  minQuantity: number;

  @Field(() => SafeIntResolver, { description: 'Minor units per unit, for the whole quantity' })
  @IsInt()
  @Min(1)
  @Max(MAX_UNIT_PRICE)
  unitPrice: number;
}

@InputType()
export class PublishOfferInput {
  @Field(() => ID, { description: 'The verified co-op that sells' })
  @IsUUID('all')
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'A provenance lot your co-op holds' })
  @IsOptional()
  @IsUUID('all')
  lotId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A product your co-op sells' })
  @IsOptional()
  @IsUUID('all')
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The category, for the statistics (taken from the product when not given)' })
  @IsOptional()
  @IsUUID('all')
  categoryId?: string | null;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description: string = '';

  @Field({ description: 'UN/CEFACT unit code, e.g. KGM (kilogram), H87 (piece)' })
  @Matches(/^[A-Z0-9]{2,3}$/, { message: 'must be a UN/CEFACT unit code such as KGM' })
  unit: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_WHOLESALE_QUANTITY)
  totalQuantity: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_WHOLESALE_QUANTITY)
  minimumQuantity: number;

  @Field(() => [OfferTierInput], { description: 'The first starts at the minimum quantity' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OfferTierInput)
  tiers: OfferTierInput[];

  @Field()
  @IsISO4217CurrencyCode()
  currency: string;

  @Field(() => Int, { description: 'VAT rate in basis points (700 = 7 %)' })
  @IsInt()
  @Min(0)
  @Max(10000)
  vatRateBp: number;

  @Field(() => IncotermEnum)
  @IsIn(INCOTERMS)
  incoterm: Incoterm;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(200)
  incotermPlace: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays: number;

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(0)
  @Max(365)
  paymentNetDays: number = 30;

  @Field(() => Int, { defaultValue: 0, description: 'Skonto in basis points (200 = 2 %)' })
  @IsInt()
  @Min(0)
  @Max(5000)
  skontoBp: number = 0;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(365)
  skontoDays: number = 0;

  @Field(() => InvoicingModeEnum, { defaultValue: 'PER_DELIVERY' })
  @IsIn(INVOICING_MODES)
  invoicing: InvoicingMode = 'PER_DELIVERY';

  @Field(() => Date, { nullable: true, description: 'From now when not given' })
  @IsOptional()
  @IsDate()
  validFrom?: Date | null;

  @Field()
  @IsDate()
  validUntil: Date;
}

@InputType('WholesaleOfferFilter')
export class OfferFilterInput {
  @Field(() => String, { nullable: true, description: 'Words in the title or description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  categoryId?: string | null;

  @Field(() => IncotermEnum, { nullable: true })
  @IsOptional()
  @IsIn(INCOTERMS)
  incoterm?: Incoterm | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO4217CurrencyCode()
  currency?: string | null;

  @Field(() => ID, { nullable: true, description: 'One seller’s offers, including closed ones' })
  @IsOptional()
  @IsUUID('all')
  sellerOrganisationId?: string | null;
}

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilterInput, { defaultValue: {} })
  @ValidateNested()
  @Type(() => OfferFilterInput)
  filter: OfferFilterInput = {};
}

@InputType()
export class ProposalInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_WHOLESALE_QUANTITY)
  quantity: number;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Minor units per unit; the offer’s tier price for the quantity when not given',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_UNIT_PRICE)
  unitPrice?: number | null;

  @Field({ description: 'The wished delivery date, YYYY-MM-DD' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  deliveryDate: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  message: string = '';

  @Field(() => Date, {
    nullable: true,
    description: 'How long the proposal stands; 14 days (at most the offer’s validity) when not given',
  })
  @IsOptional()
  @IsDate()
  validUntil?: Date | null;
}

@InputType()
export class RequestQuoteInput extends ProposalInput {
  @Field(() => ID)
  @IsUUID('all')
  offerId: string;

  @Field(() => ID, { description: 'The verified co-op that buys' })
  @IsUUID('all')
  organisationId: string;
}

@ArgsType()
export class NegotiationsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all')
  organisationId: string;

  @Field(() => NegotiationStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(NEGOTIATION_STATES)
  state?: NegotiationState | null;
}

@ArgsType()
export class PurchaseOrdersArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all')
  organisationId: string;

  @Field(() => DealSideEnum, { nullable: true, description: 'Only those the co-op buys or only those it sells' })
  @IsOptional()
  @IsIn(DEAL_SIDES)
  side?: DealSide | null;

  @Field(() => PurchaseOrderStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(PURCHASE_ORDER_STATES)
  state?: PurchaseOrderState | null;
}

@ArgsType()
export class NegotiationMessageArgs {
  @Field(() => ID)
  @IsUUID('all')
  negotiationId: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  message: string = '';
}

@InputType()
export class RecordDeliveryInput {
  @Field(() => Int, { description: 'Units delivered now; at most what is still open on the order' })
  @IsInt()
  @Min(1)
  @Max(MAX_WHOLESALE_QUANTITY)
  quantity: number;

  @Field({ description: 'The delivery note: what was handed over, how, to whom' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(4000)
  note: string;
}

@InputType()
export class MarkInvoicePaidInput {
  @Field(() => SafeIntResolver, { description: 'Minor units received; at most what is due (less skonto in its period)' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @Field({ description: 'The day the money arrived, YYYY-MM-DD' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  paidOn: string;

  @Field({ defaultValue: '', description: 'The bank transfer’s reference' })
  @IsString()
  @MaxLength(200)
  reference: string = '';
}

@ArgsType()
export class InvoicesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all')
  organisationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  purchaseOrderId?: string | null;

  @Field(() => InvoiceStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(INVOICE_STATES)
  state?: InvoiceState | null;
}

@ArgsType()
export class PayInvoiceOnlineArgs {
  @Field(() => ID)
  @IsUUID('all')
  invoiceId: string;

  @Field({ description: 'Made by the client once per payment attempt; the same key resumes the same payment' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may hold letters, digits and . _ : -' })
  idempotencyKey: string;
}
