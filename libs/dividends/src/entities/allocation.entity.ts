import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';
import type { MemberClass } from '@allmende/policy';
import type { AllocationState } from '../state/allocation-state';

export const PAYOUT_METHODS = ['MONEY', 'SHARES'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

/** A member's payout choice (before the run) and bank details. */
@Entity('dividend_payout_choice')
export class PayoutChoice {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  method: PayoutMethod;

  /** Electronic format, no spaces; validated with ibantools. */
  @Column({ type: 'text', nullable: true })
  iban: string | null;

  @Column({ name: 'account_holder', type: 'text', nullable: true })
  accountHolder: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One allocation run of a fiscal year: its figures, rules and state. */
@Entity('dividend_allocation')
export class Allocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fiscal_year_id', type: 'uuid' })
  fiscalYearId: string;

  @Column({ type: 'text', default: 'DRAFT' })
  state: AllocationState;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  revenue: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  costs: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  surplus: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  reserve: number;

  @Column({ name: 'investor_pool', type: 'bigint', transformer: bigintAsNumber })
  investorPool: number;

  @Column({ name: 'investor_cap', type: 'bigint', transformer: bigintAsNumber })
  investorCap: number;

  @Column({ name: 'patronage_pool', type: 'bigint', transformer: bigintAsNumber })
  patronagePool: number;

  /** The patronage pool of each patron class. */
  @Column({ name: 'class_pools', type: 'jsonb' })
  classPools: Record<string, number>;

  /** The policy values the run used. */
  @Column({ type: 'jsonb' })
  parameters: Record<string, unknown>;

  /** SHA-256 of the figures and every line, in member order: equal inputs give an equal digest. */
  @Column({ type: 'text' })
  digest: string;

  @Column({ type: 'int', default: 1 })
  runs: number;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'sepa_executed_at', type: 'timestamptz', nullable: true })
  sepaExecutedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member's part of a run, with everything its statement explains. */
@Entity('dividend_allocation_line')
export class AllocationLine {
  @PrimaryColumn({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'member_class', type: 'text' })
  memberClass: MemberClass;

  @Column({ type: 'text' })
  tier: 'INVESTOR' | 'PATRONAGE';

  /** Patronage (net purchases or sales in minor units, hundredths of hours) or share-days. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  weight: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  purchases: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  refunds: number;

  @Column({ name: 'capital_days', type: 'bigint', transformer: bigintAsNumber })
  capitalDays: number;

  @Column({ name: 'class_pool', type: 'bigint', transformer: bigintAsNumber })
  classPool: number;

  @Column({ name: 'class_weight', type: 'bigint', transformer: bigintAsNumber })
  classWeight: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  base: number;

  @Column({ type: 'numeric' })
  remainder: string;

  @Column({ type: 'int' })
  rounding: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ name: 'payout_method', type: 'text' })
  payoutMethod: PayoutMethod;
}

export const PAYOUT_CHANNELS = ['SHARES', 'STRIPE', 'SEPA', 'HELD'] as const;
export type PayoutChannel = (typeof PAYOUT_CHANNELS)[number];

/** What went to a member by one channel. */
@Entity('dividend_payout')
export class Payout {
  @PrimaryColumn({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'text' })
  channel: PayoutChannel;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'int', default: 0 })
  shares: number;

  @Column({ name: 'share_price', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  sharePrice: number | null;

  @Column({ type: 'text', nullable: true })
  iban: string | null;

  @Column({ name: 'account_holder', type: 'text', nullable: true })
  accountHolder: string | null;

  @Column({ name: 'provider_account_id', type: 'text', nullable: true })
  providerAccountId: string | null;

  @Column({ name: 'provider_transfer_id', type: 'text', nullable: true })
  providerTransferId: string | null;

  @Column({ type: 'text' })
  state: 'PENDING' | 'DONE';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
