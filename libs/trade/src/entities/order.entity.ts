import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SellerKind } from '@allmende/catalog';
import type { PostalAddress } from '@allmende/identity';
import type { OrderState } from '../state/order-state';
import type { ShippingMethod } from '../services/shipping-cost';
import { bigintAsNumber } from './column-types';

/** One seller's part of a checkout, with a snapshot of the seller's terms at the time of purchase. */
@Entity('trade_order')
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false, transformer: bigintAsNumber })
  number: number;

  @Column({ name: 'checkout_id', type: 'uuid' })
  checkoutId: string;

  /** Null while a guest's order is unclaimed. */
  @Column({ name: 'buyer_id', type: 'uuid', nullable: true })
  buyerId: string | null;

  /** Who receives the order, as given at checkout. */
  @Column({ name: 'buyer_name', type: 'text', nullable: true })
  buyerName: string | null;

  /** Where it goes, as it was at checkout; null for pickup. */
  @Column({ name: 'delivery_address', type: 'jsonb', nullable: true })
  deliveryAddress: PostalAddress | null;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ name: 'seller_kind', type: 'text' })
  sellerKind: SellerKind;

  @Column({ name: 'seller_name', type: 'text' })
  sellerName: string;

  @Column({ name: 'seller_terms', type: 'text', nullable: true })
  sellerTerms: string | null;

  @Column({ name: 'seller_withdrawal_policy', type: 'text', nullable: true })
  sellerWithdrawalPolicy: string | null;

  @Column({ name: 'seller_imprint', type: 'text', nullable: true })
  sellerImprint: string | null;

  @Column({ type: 'text' })
  state: OrderState;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'items_amount', type: 'bigint', transformer: bigintAsNumber })
  itemsAmount: number;

  @Column({ name: 'shipping_method', type: 'text' })
  shippingMethod: ShippingMethod;

  @Column({ name: 'shipping_amount', type: 'bigint', transformer: bigintAsNumber })
  shippingAmount: number;

  @Column({ name: 'total_amount', type: 'bigint', transformer: bigintAsNumber })
  totalAmount: number;

  @Column({ name: 'refunded_amount', type: 'bigint', default: 0, transformer: bigintAsNumber })
  refundedAmount: number;

  @Column({ type: 'text', nullable: true })
  carrier: string | null;

  @Column({ name: 'tracking_code', type: 'text', nullable: true })
  trackingCode: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** What was bought, frozen: later edits to the product never change it. */
@Entity('order_line')
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintAsNumber })
  unitPrice: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  gross: number;

  @Column({ name: 'vat_rate_bp', type: 'int' })
  vatRateBp: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  vat: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  donation: number;

  @Column({ name: 'donation_organisation_id', type: 'uuid', nullable: true })
  donationOrganisationId: string | null;

  @Column({ name: 'platform_fee', type: 'bigint', transformer: bigintAsNumber })
  platformFee: number;

  @Column({ name: 'fair_fund', type: 'bigint', transformer: bigintAsNumber })
  fairFund: number;

  @Column({ name: 'producer_share', type: 'bigint', transformer: bigintAsNumber })
  producerShare: number;

  @Column({ type: 'boolean' })
  fair: boolean;
}
