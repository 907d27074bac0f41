import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from './bigint-transformer';
import { LedgerTransaction } from './ledger-transaction.entity';

/** One side of a movement on one account: positive amounts are debits, negative ones credits. */
@Entity('ledger_entry')
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId: string;

  @ManyToOne(() => LedgerTransaction, (transaction) => transaction.entries)
  @JoinColumn({ name: 'transaction_id' })
  transaction?: LedgerTransaction;

  /** Named by owner and purpose: `seller:<id>:payable`, `platform:fees`, `provider:clearing` ... */
  @Column({ type: 'text' })
  account: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Minor units, signed: + debit, − credit; never zero. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;
}
