import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { bigintAsNumber } from './column-types';

export const REFUND_REASONS = ['RETURNED', 'NOT_IN_STOCK', 'NOT_PAID', 'CANCELLED', 'OTHER'] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];
export const RefundReasonEnum = stringEnum(
  'RefundReason',
  REFUND_REASONS,
  'Why money went back: goods returned, not in stock, not paid, the buyer cancelled, or another reason (with a note)',
);

export const SELLER_RATINGS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
export type SellerRatingValue = (typeof SELLER_RATINGS)[number];
export const SellerRatingValueEnum = stringEnum('SellerRatingValue', SELLER_RATINGS, 'A buyer’s rating of a seller');

/** Money given back on an order, with how it was split over the order's parts (to the cent). */
@Entity('order_refund')
export class OrderRefund {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'text' })
  reason: RefundReason;

  @Column({ type: 'text', default: '' })
  note: string;

  /** Part key -> minor units (see order-money.ts). */
  @Column({ type: 'jsonb' })
  parts: Record<string, number>;

  @Column({ name: 'provider_refund_id', type: 'text', nullable: true })
  providerRefundId: string | null;

  /** REQUESTED while its saga runs (the amount is held on the order), then DONE, or FAILED when the provider refused. */
  @Column({ type: 'text', default: 'REQUESTED' })
  status: 'REQUESTED' | 'DONE' | 'FAILED';

  /** The caller's key: a repeat with it returns this refund. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A buyer's rating of the seller of one delivered order. */
@Entity('seller_rating')
export class SellerRating {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ name: 'buyer_id', type: 'uuid' })
  buyerId: string;

  @Column({ type: 'text' })
  rating: SellerRatingValue;

  @Column({ type: 'text', default: '' })
  comment: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
