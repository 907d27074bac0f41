import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { ProductState, ProductStateEnum } from '../state/product-state';
import { ProductImage } from './product-image.entity';

export const PRODUCT_CONDITIONS = ['NEW', 'USED'] as const;
export type ProductCondition = (typeof PRODUCT_CONDITIONS)[number];
export const ProductConditionEnum = stringEnum('ProductCondition', PRODUCT_CONDITIONS, 'New or used goods');

export const MEASURE_UNITS = ['KG', 'G', 'L', 'ML', 'M', 'CM', 'PIECE'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];
export const MeasureUnitEnum = stringEnum('MeasureUnit', MEASURE_UNITS, 'The unit a package content is given in');

export const LISTING_LANGUAGES = ['DE', 'EN'] as const;
export type ListingLanguage = (typeof LISTING_LANGUAGES)[number];
export const ListingLanguageEnum = stringEnum('ListingLanguage', LISTING_LANGUAGES, 'The language a listing is written in');

export const SELLER_KINDS = ['PERSON', 'ORGANISATION'] as const;
export type SellerKind = (typeof SELLER_KINDS)[number];
export const SellerKindEnum = stringEnum('SellerKind', SELLER_KINDS, 'A private person or an organisation');

export const FRIENDLY_PERCENTS = [0, 1, 3, 5, 10, 25, 50, 75, 100] as const;

const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@ObjectType({ description: 'A listing: what is sold, by whom, at what price, and how fair it is' })
@Entity('product')
export class Product {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** An account id (PERSON) or an organisation id (ORGANISATION). */
  @Field(() => ID)
  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Field(() => SellerKindEnum)
  @Column({ name: 'seller_kind', type: 'text' })
  sellerKind: SellerKind;

  @Field(() => String, { nullable: true, description: 'The seller’s own article number' })
  @Column({ type: 'text', nullable: true })
  sku: string | null;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ default: '' })
  description: string;

  @Field(() => ListingLanguageEnum, { description: 'The language the seller wrote the listing in' })
  @Column({ type: 'text', default: 'EN' })
  language: ListingLanguage;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @Column({ name: 'price_amount', type: 'bigint', transformer: bigintAsNumber })
  priceAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => Int, { description: 'VAT rate in basis points: 1900 is 19 %' })
  @Column({ name: 'vat_rate_bp', type: 'int' })
  vatRateBp: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  stock: number;

  @Field(() => ProductConditionEnum)
  @Column({ type: 'text', default: 'NEW' })
  condition: ProductCondition;

  @Field()
  @Column({ default: false })
  fair: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'fair_seal', type: 'text', nullable: true })
  fairSeal: string | null;

  @Column({ name: 'fair_questionnaire', type: 'jsonb', nullable: true })
  fairQuestionnaire: Record<string, string> | null;

  @Field()
  @Column({ default: false })
  ecological: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ecological_seal', type: 'text', nullable: true })
  ecologicalSeal: string | null;

  @Field({ description: 'Handmade or made on a small scale' })
  @Column({ name: 'small_and_precious', default: false })
  smallAndPrecious: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'origin_region', type: 'text', nullable: true })
  originRegion: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Column({ name: 'origin_country', type: 'char', length: 2, nullable: true })
  originCountry: string | null;

  @Field(() => Number, { nullable: true, description: 'Package content, e.g. 0.25 with unit KG' })
  @Column({ name: 'unit_quantity', type: 'numeric', precision: 12, scale: 3, nullable: true, transformer: bigintAsNumber })
  unitQuantity: number | null;

  @Field(() => MeasureUnitEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  unit: MeasureUnit | null;

  @Field(() => Int, { description: 'Percent of the net price donated to an NGO' })
  @Column({ name: 'friendly_percent', type: 'smallint', default: 0 })
  friendlyPercent: number;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'donation_organisation_id', type: 'uuid', nullable: true })
  donationOrganisationId: string | null;

  /** Kept by the provenance context (a physically traceable lot is tied to it); listings never write it. */
  @Field({ description: 'Physically traceable to its origin through a provenance chain' })
  @Column({ default: false, insert: false, update: false })
  traceable: boolean;

  @Field(() => ProductStateEnum)
  @Column({ type: 'text', default: 'DRAFT' })
  state: ProductState;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @OneToMany(() => ProductImage, (image) => image.product)
  images?: ProductImage[];
}
