import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PaymentProviderName } from './payment.entity';

/** A seller's account at the payment provider (a Stripe Connect connected account) that transfers go to. */
@ObjectType({ description: "A seller's payout account at the payment provider" })
@Entity('payout_account')
export class PayoutAccount {
  @PrimaryColumn({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ type: 'text' })
  provider: PaymentProviderName;

  @Column({ name: 'provider_account_id', type: 'text' })
  providerAccountId: string;

  @Field({ description: 'The seller has given the provider every detail it asked for' })
  @Column({ name: 'details_submitted', type: 'boolean', default: false })
  detailsSubmitted: boolean;

  @Field()
  @Column({ name: 'charges_enabled', type: 'boolean', default: false })
  chargesEnabled: boolean;

  @Field({ description: 'Transfers and payouts can reach the seller' })
  @Column({ name: 'payouts_enabled', type: 'boolean', default: false })
  payoutsEnabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
