import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';

export const SHARE_MOVEMENTS = ['PURCHASE', 'REDEMPTION', 'TRANSFER_IN', 'TRANSFER_OUT'] as const;
export type ShareMovement = (typeof SHARE_MOVEMENTS)[number];

/**
 * One line of the share register: append-only (a trigger refuses UPDATE and DELETE). Shares
 * are signed: + for a purchase or a transfer in, − for a redemption or a transfer out, so a
 * member's holding on a day is the sum of its lines recorded before it.
 */
@Entity('share_register_entry')
export class ShareRegisterEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  movement: ShareMovement;

  @Column({ type: 'int' })
  shares: number;

  @Column({ name: 'share_price', type: 'bigint', transformer: bigintAsNumber })
  sharePrice: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** What caused it: the share purchase, the redemption or the transfer id. */
  @Column({ type: 'text' })
  reference: string;

  /** The other side of a transfer. */
  @Column({ name: 'counterparty_member_id', type: 'uuid', nullable: true })
  counterpartyMemberId: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
