import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { LedgerEntry } from './ledger-entry.entity';

/** One money movement: entries that sum to zero per currency. Unique by (kind, reference); never updated or deleted. */
@Entity('ledger_transaction')
export class LedgerTransaction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What happened, e.g. `capture`, `transfer`, `refund`, `chargeback`. */
  @Column({ type: 'text' })
  kind: string;

  /** Our id of the thing it happened to (checkout, order, refund reference): with kind, the idempotency key. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => LedgerEntry, (entry) => entry.transaction)
  entries?: LedgerEntry[];
}
