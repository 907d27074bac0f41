import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { bigintAsNumber } from '../../entities/column-types';
import { InvoiceState, InvoiceStateEnum } from '../state/invoice-state';

/**
 * EN 16931 VAT categories used here: S standard rate; AE reverse charge (cross-border EU between
 * VAT-registered co-ops: the buyer accounts for the VAT); G export outside the EU; O outside the
 * scope of EU VAT (a seller outside the EU).
 */
export const VAT_CATEGORIES = ['S', 'AE', 'G', 'O'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];
export const VatCategoryEnum = stringEnum(
  'VatCategory',
  VAT_CATEGORIES,
  'EN 16931 VAT category: S standard, AE reverse charge, G export outside the EU, O outside the scope of EU VAT',
);

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'ONLINE'] as const;
export type InvoicePaymentMethod = (typeof PAYMENT_METHODS)[number];
export const InvoicePaymentMethodEnum = stringEnum('InvoicePaymentMethod', PAYMENT_METHODS, 'How an invoice was paid');

/** The party details printed on an invoice, as they stood when it was issued. */
export interface InvoiceParty {
  name: string;
  legalName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  vatId: string | null;
  payoutAccount: string | null;
}

@ObjectType('WholesaleInvoice', { description: 'An invoice between co-ops, numbered without gaps per seller' })
@Entity('wholesale_invoice')
export class Invoice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'seller_organisation_id', type: 'uuid' })
  sellerOrganisationId: string;

  @Field(() => Int, { description: 'The seller’s invoice number: 1, 2, 3 … without gaps' })
  @Column({ type: 'int' })
  number: number;

  @Field(() => ID)
  @Column({ name: 'purchase_order_id', type: 'uuid' })
  purchaseOrderId: string;

  @Field(() => ID)
  @Column({ name: 'buyer_organisation_id', type: 'uuid' })
  buyerOrganisationId: string;

  @Field(() => InvoiceStateEnum)
  @Column({ type: 'text' })
  state: InvoiceState;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'net_amount', type: 'bigint', transformer: bigintAsNumber })
  netAmount: number;

  @Field(() => Int)
  @Column({ name: 'vat_rate_bp', type: 'int' })
  vatRateBp: number;

  @Field(() => VatCategoryEnum)
  @Column({ name: 'vat_category', type: 'text' })
  vatCategory: VatCategory;

  @Column({ name: 'vat_amount', type: 'bigint', transformer: bigintAsNumber })
  vatAmount: number;

  @Column({ name: 'gross_amount', type: 'bigint', transformer: bigintAsNumber })
  grossAmount: number;

  @Column({ name: 'paid_amount', type: 'bigint', transformer: bigintAsNumber })
  paidAmount: number;

  @Field(() => Int)
  @Column({ name: 'skonto_bp', type: 'int' })
  skontoBp: number;

  @Field({ description: 'Paid by this day (YYYY-MM-DD), the skonto may be taken off' })
  @Column({ name: 'skonto_until', type: 'date' })
  skontoUntil: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field()
  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Field(() => Int, { description: 'How many payment reminders were sent' })
  @Column({ type: 'int' })
  reminders: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_reminded_at', type: 'timestamptz', nullable: true })
  lastRemindedAt: Date | null;

  @Column({ name: 'seller_snapshot', type: 'jsonb' })
  seller: InvoiceParty;

  @Column({ name: 'buyer_snapshot', type: 'jsonb' })
  buyer: InvoiceParty;
}

@ObjectType('WholesaleInvoiceLine')
@Entity('wholesale_invoice_line')
export class InvoiceLine {
  @PrimaryColumn({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  position: number;

  @Field(() => ID)
  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @Field()
  @Column()
  description: string;

  @Field()
  @Column()
  unit: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintAsNumber })
  unitPrice: number;

  @Column({ name: 'net_amount', type: 'bigint', transformer: bigintAsNumber })
  netAmount: number;
}

@ObjectType('WholesaleInvoicePayment')
@Entity('wholesale_invoice_payment')
export class InvoicePayment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @Field(() => InvoicePaymentMethodEnum)
  @Column({ type: 'text' })
  method: InvoicePaymentMethod;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ name: 'skonto_amount', type: 'bigint', transformer: bigintAsNumber })
  skontoAmount: number;

  @Field()
  @Column()
  reference: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Field()
  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
