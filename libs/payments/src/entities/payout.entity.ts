import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '@allmende/ledger';

/** A payout from the seller's provider balance to their bank (Stripe's `payout.paid` / `payout.failed`). */
@ObjectType('Payout', { description: "A payout from the seller's payment provider balance to their bank" })
@Entity('payout')
export class Payout {
  @Field(() => ID)
  @PrimaryColumn({ name: 'provider_payout_id', type: 'text' })
  providerPayoutId: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field({ description: 'PAID or FAILED' })
  @Column({ type: 'text' })
  status: 'PAID' | 'FAILED';

  @Field(() => String, { nullable: true, description: 'Why the bank refused it, to fix the bank details' })
  @Column({ name: 'failure_message', type: 'text', nullable: true })
  failureMessage: string | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
