import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';
import type { TransferStatus } from '../state/transfer-state';

/** A seller order's share of a payment, sent to the seller's connected account (one per order). */
@Entity('payment_transfer')
export class PaymentTransfer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /**
   * AWAITING_ACCOUNT until the seller has finished payout onboarding; REQUESTED once it may go
   * (committed before the provider is called); SENT when the provider's answer is recorded.
   */
  @Column({ type: 'text' })
  status: TransferStatus;

  /** What refunds after the transfer took back from the seller (transfer reversals). */
  @Column({ name: 'reversed_amount', type: 'bigint', transformer: bigintAsNumber, default: 0 })
  reversedAmount: number;

  @Column({ name: 'provider_transfer_id', type: 'text', nullable: true })
  providerTransferId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
