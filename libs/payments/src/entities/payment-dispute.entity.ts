import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';

/** A chargeback: the buyer's bank disputed the payment and the provider took the amount back. */
@Entity('payment_dispute')
export class PaymentDispute {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId: string;

  @Column({ name: 'provider_dispute_id', type: 'text' })
  providerDisputeId: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text' })
  reason: string;

  /** OPEN until the provider closes it: WON gives the money back, LOST keeps it taken. */
  @Column({ type: 'text', default: 'OPEN' })
  status: 'OPEN' | 'WON' | 'LOST';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
