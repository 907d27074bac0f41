import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '../../entities/column-types';
import type { OnlinePaymentState } from '../state/online-payment-state';

/**
 * The buyer's intent to pay an invoice through the payment port, committed before the provider
 * is called. Its id is the payment's reference (`checkoutId` in payments), so the provider's
 * idempotency key is built from it; the same idempotency key from the buyer returns the same row.
 */
@Entity('wholesale_invoice_online_payment')
export class InvoiceOnlinePayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  /** What is paid: the amount due on `paidOn` (skonto taken when that day is in its period). */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ type: 'text' })
  state: OnlinePaymentState;

  /** payments' row, once the provider was asked. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  /** The invoice payment it settled. */
  @Column({ name: 'invoice_payment_id', type: 'uuid', nullable: true })
  invoicePaymentId: string | null;

  @Column({ name: 'started_by', type: 'uuid' })
  startedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
