import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';

export type SharePurchaseStatus = 'PENDING' | 'PAID' | 'CANCELLED';

/** Shares ordered and paid through the payment port; its id is the payment's reference (the payment's checkout id). */
@Entity('share_purchase')
export class SharePurchase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'int' })
  shares: number;

  /** Nominal value of one share when ordered. */
  @Column({ name: 'share_price', type: 'bigint', transformer: bigintAsNumber })
  sharePrice: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status: SharePurchaseStatus;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
