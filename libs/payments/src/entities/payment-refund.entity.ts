import { Money } from '@allmende/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';

export type PaymentRefundStatus = 'REQUESTED' | 'SUCCEEDED' | 'FAILED';

/**
 * Money given back to the buyer from a payment; unique by the caller's reference. REQUESTED
 * is committed before the provider is called (Idempotency-Key `refund:<reference>`).
 */
@Entity('payment_refund')
export class PaymentRefund {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', default: 'REQUESTED' })
  status: PaymentRefundStatus;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'provider_refund_id', type: 'text', nullable: true })
  providerRefundId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  get total(): Money {
    return { amount: this.amount, currency: this.currency };
  }
}
