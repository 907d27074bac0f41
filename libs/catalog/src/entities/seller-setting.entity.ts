import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A seller's shop settings; the seller is a person (account id) or an organisation (its id). */
@Entity('seller_setting')
export class SellerSetting {
  @PrimaryColumn({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  /** Listings stay visible but cannot be bought. */
  @Column({ name: 'vacation_mode', default: false })
  vacationMode: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
