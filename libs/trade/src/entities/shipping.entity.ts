import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from './column-types';

export const SHIPPING_OPTION_KINDS = ['PICKUP', 'PARCEL'] as const;
export type ShippingOptionKind = (typeof SHIPPING_OPTION_KINDS)[number];

/** One of a product's own ways to reach the buyer, priced in the product's currency. */
@Entity('product_shipping_option')
export class ProductShippingOption {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'text' })
  kind: ShippingOptionKind;

  /** Per parcel for PARCEL; for the whole pickup for PICKUP. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  price: number;

  @Column({ name: 'items_per_parcel', type: 'int', nullable: true })
  itemsPerParcel: number | null;
}

/** A seller's combined shipping (one price for up to N items of any of its products) and free-shipping threshold. */
@Entity('seller_shipping')
export class SellerShipping {
  @PrimaryColumn({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ name: 'combined_parcel_price', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  combinedParcelPrice: number | null;

  @Column({ name: 'combined_items_per_parcel', type: 'int', nullable: true })
  combinedItemsPerParcel: number | null;

  @Column({ name: 'free_shipping_threshold', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  freeShippingThreshold: number | null;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
