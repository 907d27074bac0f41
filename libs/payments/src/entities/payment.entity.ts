import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Money } from '@allmende/core';
import { bigintAsNumber } from '@allmende/ledger';
import type { PaymentStatus } from '../state/payment-state';

export type PaymentProviderName = 'STRIPE' | 'OFFLINE';

/** The buyer's one payment for a whole checkout (a Stripe PaymentIntent, or an offline test payment). */
@Entity('payment')
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'checkout_id', type: 'uuid' })
  checkoutId: string;

  @Column({ type: 'text' })
  provider: PaymentProviderName;

  @Column({ name: 'provider_payment_id', type: 'text', nullable: true })
  providerPaymentId: string | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: 'PENDING' })
  status: PaymentStatus;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  /** When the provider created the last event applied to this payment: older events are stale. */
  @Column({ name: 'last_event_at', type: 'timestamptz', nullable: true })
  lastEventAt: Date | null;

  @Column({ name: 'succeeded_at', type: 'timestamptz', nullable: true })
  succeededAt: Date | null;

  /** When it first failed or was cancelled: the outcome handler hears of a failure once. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  get total(): Money {
    return { amount: this.amount, currency: this.currency };
  }
}
