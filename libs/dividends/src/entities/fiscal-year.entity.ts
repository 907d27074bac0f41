import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';
import type { FiscalYearState } from '../state/fiscal-year-state';

/** A fiscal year: the period [startsAt, endsAt) whose surplus is allocated once it is closed. */
@Entity('fiscal_year')
export class FiscalYear {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  /** Exclusive: the first moment of the next year. */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text', default: 'OPEN' })
  state: FiscalYearState;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A cost the board entered for a fiscal year, with its ledger posting (append-only). */
@Entity('fiscal_cost')
export class FiscalCost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fiscal_year_id', type: 'uuid' })
  fiscalYearId: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'document_reference', type: 'text' })
  documentReference: string;

  @Column({ name: 'ledger_transaction_id', type: 'uuid' })
  ledgerTransactionId: string;

  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Hours a worker member worked on a day, entered by staff; append-only, in hundredths of an hour. */
@Entity('worker_hours')
export class WorkerHours {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** YYYY-MM-DD */
  @Column({ name: 'worked_on', type: 'date' })
  workedOn: string;

  @Column({ type: 'int' })
  centihours: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'entered_by', type: 'uuid' })
  enteredBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
