import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, MoneyType, PageArgs, stringEnum } from '@allmende/core';
import {
  PRODUCT_CONDITIONS,
  ProductCondition,
  ProductConditionEnum,
  SellerKind,
  SellerKindEnum,
} from '../entities/product.entity';
import { Product } from '../entities/product.entity';
import { SEARCH_SORTS, SearchSort } from '../services/product-search';

export const SearchSortEnum = stringEnum('ProductSort', SEARCH_SORTS, 'How search results are ordered');

@InputType()
export class ProductFilterInput {
  @Field(() => [String], { nullable: true, description: 'Category slugs; a parent category includes its children' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categorySlugs?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  fair?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ecological?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  smallAndPrecious?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Physically traceable to its origin through a provenance chain' })
  @IsOptional()
  @IsBoolean()
  traceable?: boolean;

  @Field(() => ProductConditionEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_CONDITIONS)
  condition?: ProductCondition;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the countries of origin' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsISO31661Alpha2({ each: true })
  originCountries?: string[];

  @Field(() => Int, { nullable: true, description: 'Lowest gross price in minor units (inclusive)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  priceMin?: number;

  @Field(() => Int, { nullable: true, description: 'Highest gross price in minor units (exclusive)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  priceMax?: number;
}

@ArgsType()
export class SearchProductsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to find, in English or German; each also matches as a prefix' })
  @IsOptional()
  @IsString()
  query?: string;

  @Field(() => ProductFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductFilterInput)
  filter?: ProductFilterInput;

  @Field(() => SearchSortEnum, { nullable: true, description: 'Default: RELEVANCE with a query, NEWEST without' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;
}

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int, { description: 'How many results have this value' })
  count: number;
}

@ObjectType({ description: 'Counts of the results by each filterable property' })
export class ProductFacets {
  @Field(() => [FacetValue], { description: 'By category slug' })
  categories: FacetValue[];

  @Field(() => [FacetValue])
  fair: FacetValue[];

  @Field(() => [FacetValue])
  ecological: FacetValue[];

  @Field(() => [FacetValue])
  smallAndPrecious: FacetValue[];

  @Field(() => [FacetValue])
  condition: FacetValue[];

  @Field(() => [FacetValue])
  originCountries: FacetValue[];

  @Field(() => [FacetValue], { description: 'Physically traceable through a provenance chain ("true") or not' })
  traceable: FacetValue[];

  @Field(() => [FacetValue], { description: 'Price bands "from-to" in minor units; "10000-" is 100.00 and above' })
  priceBands: FacetValue[];
}

export const ProductConnection = ConnectionType(Product, 'Product');

@ObjectType()
export class ProductSearchResult extends ProductConnection {
  @Field(() => ProductFacets)
  facets: ProductFacets;
}

@ObjectType({ description: 'Where the price goes, computed from the current policy; the parts add up to the price' })
export class PriceBreakdownType {
  @Field(() => MoneyType)
  gross: MoneyType;

  @Field(() => MoneyType)
  vat: MoneyType;

  @Field(() => MoneyType, { description: 'The friendly percent, to the NGO' })
  donation: MoneyType;

  @Field(() => MoneyType)
  platformFee: MoneyType;

  @Field(() => MoneyType, { description: 'To the co-op’s fair fund' })
  fairFund: MoneyType;

  @Field(() => MoneyType, { description: 'What the producer keeps' })
  producerShare: MoneyType;
}

@ObjectType({ description: 'The price per base unit, as EU price-indication rules require of commercial sellers' })
export class UnitPrice {
  @Field(() => MoneyType)
  price: MoneyType;

  @Field({ description: 'kg, l, m or piece' })
  per: string;
}

@ObjectType({ description: 'A seller as buyers see it' })
export class Seller {
  @Field(() => ID)
  id: string;

  @Field(() => SellerKindEnum)
  kind: SellerKind;

  @Field()
  name: string;

  @Field()
  commercial: boolean;

  @Field()
  isNgo: boolean;

  @Field({ description: 'A verified co-operative or NGO' })
  verified: boolean;

  @Field({ description: 'Listings stay visible but cannot be bought' })
  vacationMode: boolean;

  @Field(() => [String], { description: 'Legal details still missing before its listings can go live' })
  missingLegalDetails: string[];
}

@ObjectType()
export class FairQuestionnaireAnswers {
  @Field()
  wages: string;

  @Field()
  workingConditions: string;

  @Field()
  tradingRelationship: string;

  @Field()
  environment: string;
}
