import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from './column-types';
import type { ShippingZone } from '../services/shipping-zone';

export const SHIPPING_OPTION_KINDS = ['PICKUP', 'PARCEL'] as const;
export type ShippingOptionKind = (typeof SHIPPING_OPTION_KINDS)[number];

/** One of a product's own ways to reach the buyer, priced in the product's currency. */
@Entity('product_shipping_option')
export class ProductShippingOption {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'text' })
  kind: ShippingOptionKind;

  /** Where a parcel price applies ('ANY': wherever the product has no price for the zone); always 'ANY' for pickup. */
  @PrimaryColumn({ type: 'text', default: 'ANY' })
  zone: ShippingZone | 'ANY';

  /** Per parcel for PARCEL; for the whole pickup for PICKUP. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  price: number;

  @Column({ name: 'items_per_parcel', type: 'int', nullable: true })
  itemsPerParcel: number | null;
}

/** A zone (or country) a product is not sent to. */
@Entity('product_shipping_exclusion')
export class ProductShippingExclusion {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'text' })
  zone: ShippingZone;
}

/** Where a seller's parcels leave from, and the currency of its rates. */
@Entity('shipping_profile')
export class ShippingProfile {
  @PrimaryColumn({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ name: 'origin_country', type: 'char', length: 2 })
  originCountry: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * What a seller charges in one zone: a price per item for products without parcels of their own,
 * combined parcels (one price for up to N items of any of its products) and a free-shipping
 * threshold. A zone without a rate is one the seller does not deliver to.
 */
@Entity('shipping_zone_rate')
export class ShippingZoneRate {
  @PrimaryColumn({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @PrimaryColumn({ type: 'text' })
  zone: ShippingZone;

  @Column({ name: 'item_price', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  itemPrice: number | null;

  @Column({ name: 'combined_parcel_price', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  combinedParcelPrice: number | null;

  @Column({ name: 'combined_items_per_parcel', type: 'int', nullable: true })
  combinedItemsPerParcel: number | null;

  @Column({ name: 'free_shipping_threshold', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  freeShippingThreshold: number | null;
}
