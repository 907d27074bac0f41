import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PostalAddress } from '@allmende/identity';
import type { ShippingMethod } from '../services/shipping-cost';

/** A guest's cart (found by its token) or a logged-in buyer's (by account). */
@Entity('cart')
export class Cart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  token: string | null;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  /** ISO country the cart is to be delivered to, as the buyer chose it (null: not said yet). */
  @Column({ name: 'destination_country', type: 'char', length: 2, nullable: true })
  destinationCountry: string | null;

  /** The delivery address chosen at checkout (a copy, so editing the address book later changes nothing here). */
  @Column({ name: 'delivery_address', type: 'jsonb', nullable: true })
  deliveryAddress: PostalAddress | null;

  /** A guest's e-mail address for the order confirmation. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  /** The language the guest shopped in, for the order mails (en or de). */
  @Column({ name: 'contact_locale', type: 'text', nullable: true })
  contactLocale: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('cart_item')
export class CartItem {
  @PrimaryColumn({ name: 'cart_id', type: 'uuid' })
  cartId: string;

  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ type: 'int' })
  quantity: number;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}

/** The buyer's choice of delivery or pickup for one seller's part of the cart. */
@Entity('cart_shipping_choice')
export class CartShippingChoice {
  @PrimaryColumn({ name: 'cart_id', type: 'uuid' })
  cartId: string;

  @PrimaryColumn({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Column({ type: 'text' })
  method: ShippingMethod;
}
