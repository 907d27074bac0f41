import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MoneyInput, NotBlank } from '@allmende/core';
import {
  FRIENDLY_PERCENTS,
  LISTING_LANGUAGES,
  ListingLanguage,
  ListingLanguageEnum,
  MEASURE_UNITS,
  MeasureUnit,
  MeasureUnitEnum,
  PRODUCT_CONDITIONS,
  ProductCondition,
  ProductConditionEnum,
} from '../../entities/product.entity';

@InputType()
export class ProductImageInput {
  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  url: string;

  @Field({ defaultValue: '', description: 'Describes the picture for people who cannot see it' })
  @IsString()
  @MaxLength(300)
  alt: string;
}

/** The fair-trust questionnaire: a seller without a fair seal answers every question. */
@InputType()
export class FairQuestionnaireInput {
  @Field({ description: 'How are the producers paid, and how does that compare with local living wages?' })
  @IsString()
  @MinLength(20, { message: 'needs an answer of at least 20 characters' })
  wages: string;

  @Field({ description: 'What are the working conditions (hours, safety, no child or forced labour)?' })
  @IsString()
  @MinLength(20, { message: 'needs an answer of at least 20 characters' })
  workingConditions: string;

  @Field({ description: 'How long and on what terms do you work with the producers?' })
  @IsString()
  @MinLength(20, { message: 'needs an answer of at least 20 characters' })
  tradingRelationship: string;

  @Field({ description: 'How is the environment taken care of in production?' })
  @IsString()
  @MinLength(20, { message: 'needs an answer of at least 20 characters' })
  environment: string;
}

@InputType({ description: 'Everything a listing says; on update, fields left out stay as they are' })
export class ProductFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'The seller’s own article number; CSV imports match on it' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  // An empty SKU is no SKU: it must not take the one unique "" a seller could have.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && !value.trim() ? null : value))
  sku?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a category id' })
  categoryId?: string;

  @Field(() => MoneyInput, { nullable: true, description: 'Gross price (VAT included)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  price?: MoneyInput;

  @Field(() => Int, { nullable: true, description: 'Basis points: 1900 is 19 %' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  vatRateBp?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'cannot be negative' })
  @Max(1_000_000)
  stock?: number;

  @Field(() => ProductConditionEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_CONDITIONS)
  condition?: ProductCondition;

  @Field(() => ListingLanguageEnum, { nullable: true, description: 'The language you write the listing in; EN when left out' })
  @IsOptional()
  @IsIn(LISTING_LANGUAGES)
  language?: ListingLanguage;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  fair?: boolean;

  @Field(() => String, { nullable: true, description: 'E.g. Fairtrade, WFTO, Naturland Fair' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  fairSeal?: string | null;

  @Field(() => FairQuestionnaireInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FairQuestionnaireInput)
  fairQuestionnaire?: FairQuestionnaireInput | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ecological?: boolean;

  @Field(() => String, { nullable: true, description: 'E.g. EU organic, Demeter, Bioland' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ecologicalSeal?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  smallAndPrecious?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  originRegion?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be a two-letter ISO country code such as PE' })
  originCountry?: string | null;

  @Field(() => Number, { nullable: true, description: 'Package content for the unit price, e.g. 0.25 (with unit KG)' })
  @IsOptional()
  @IsPositive()
  // numeric(12, 3): a smaller amount would be stored as 0, a larger one does not fit
  @Min(0.001)
  @Max(999_999_999)
  unitQuantity?: number | null;

  @Field(() => MeasureUnitEnum, { nullable: true })
  @IsOptional()
  @IsIn(MEASURE_UNITS)
  unit?: MeasureUnit | null;

  @Field(() => Int, { nullable: true, description: 'Percent of the net price donated: 0, 1, 3, 5, 10, 25, 50, 75 or 100' })
  @IsOptional()
  @IsIn(FRIENDLY_PERCENTS, { message: 'must be one of 0, 1, 3, 5, 10, 25, 50, 75, 100' })
  friendlyPercent?: number;

  @Field(() => ID, { nullable: true, description: 'The verified NGO that receives the friendly percent' })
  @IsOptional()
  @IsUUID('all')
  donationOrganisationId?: string | null;

  @Field(() => [ProductImageInput], { nullable: true, description: 'The whole gallery, in order; replaces the old one' })
  @IsOptional()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ProductImageInput)
  images?: ProductImageInput[];
}

@InputType()
export class CreateProductInput extends ProductFieldsInput {
  @Field(() => ID, { nullable: true, description: 'List for this organisation; leave out to sell as a private person' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}
