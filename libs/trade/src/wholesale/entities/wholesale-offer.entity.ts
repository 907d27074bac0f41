import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { bigintAsNumber } from '../../entities/column-types';

/** Incoterms 2020: the seven for any mode of transport, then the four for sea and inland waterway. */
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];
export const IncotermEnum = stringEnum('Incoterm', INCOTERMS, 'An Incoterms 2020 delivery term, e.g. FCA (free carrier) or DAP');

export const OFFER_STATES = ['OPEN', 'WITHDRAWN', 'EXPIRED'] as const;
export type OfferState = (typeof OFFER_STATES)[number];
export const OfferStateEnum = stringEnum(
  'WholesaleOfferState',
  OFFER_STATES,
  'OPEN until withdrawn by its seller or past its validity',
);

export const INVOICING_MODES = ['PER_DELIVERY', 'AT_END'] as const;
export type InvoicingMode = (typeof INVOICING_MODES)[number];
export const InvoicingModeEnum = stringEnum(
  'InvoicingMode',
  INVOICING_MODES,
  'PER_DELIVERY: one invoice for each delivery; AT_END: one invoice once everything is delivered',
);

@ObjectType('WholesaleOfferTier', { description: 'From this quantity on, this unit price applies to the whole quantity' })
@Entity('wholesale_offer_tier')
export class WholesaleOfferTier {
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @Field(() => Int)
  @PrimaryColumn({ name: 'min_quantity', type: 'int' })
  minQuantity: number;

  /** Minor units of the offer's currency per unit. */
  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintAsNumber })
  unitPrice: number;
}

@ObjectType({ description: 'A co-operative’s wholesale offer of a lot or a product, seen only by verified co-operatives' })
@Entity('wholesale_offer')
export class WholesaleOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'seller_organisation_id', type: 'uuid' })
  sellerOrganisationId: string;

  @Field(() => ID, { nullable: true, description: 'The provenance lot sold; deliveries pass its custody on' })
  @Column({ name: 'lot_id', type: 'uuid', nullable: true })
  lotId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column()
  description: string;

  @Field({ description: 'UN/CEFACT unit code the quantities count, e.g. KGM' })
  @Column()
  unit: string;

  @Field(() => Int)
  @Column({ name: 'total_quantity', type: 'int' })
  totalQuantity: number;

  @Field(() => Int, { description: 'What is not yet reserved by purchase orders' })
  @Column({ name: 'available_quantity', type: 'int' })
  availableQuantity: number;

  @Field(() => Int)
  @Column({ name: 'minimum_quantity', type: 'int' })
  minimumQuantity: number;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => Int, { description: 'VAT rate in basis points (700 = 7 %)' })
  @Column({ name: 'vat_rate_bp', type: 'int' })
  vatRateBp: number;

  @Field(() => IncotermEnum)
  @Column({ type: 'text' })
  incoterm: Incoterm;

  @Field({ description: 'The named place of the Incoterm, e.g. "Port of Veracruz"' })
  @Column({ name: 'incoterm_place' })
  incotermPlace: string;

  @Field(() => Int)
  @Column({ name: 'lead_time_days', type: 'int' })
  leadTimeDays: number;

  @Field(() => Int, { description: 'Invoices are due this many days after they are issued' })
  @Column({ name: 'payment_net_days', type: 'int' })
  paymentNetDays: number;

  @Field(() => Int, { description: 'Early-payment discount (skonto) in basis points; 0 for none' })
  @Column({ name: 'skonto_bp', type: 'int' })
  skontoBp: number;

  @Field(() => Int, { description: 'Days after issue within which the skonto applies' })
  @Column({ name: 'skonto_days', type: 'int' })
  skontoDays: number;

  @Field(() => InvoicingModeEnum)
  @Column({ type: 'text' })
  invoicing: InvoicingMode;

  @Field()
  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Field()
  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Field(() => OfferStateEnum)
  @Column({ type: 'text' })
  state: OfferState;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
