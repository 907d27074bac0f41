import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CheckoutState } from '../state/checkout-state';
import { bigintAsNumber } from './column-types';

/** One checkout of a cart: its seller orders, their stock reservations, and the one payment for the total. */
@Entity('checkout')
export class Checkout {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The buyer's account; null for a guest until they claim it by registering with the guest e-mail address. */
  @Column({ name: 'buyer_id', type: 'uuid', nullable: true })
  buyerId: string | null;

  @Column({ name: 'guest_email', type: 'text', nullable: true })
  guestEmail: string | null;

  /** The language the guest shopped in: their order mails are written in it. */
  @Column({ name: 'guest_locale', type: 'text', nullable: true })
  guestLocale: string | null;

  /** Lets a guest see and pay their checkout; dropped once an account claims it. */
  @Column({ name: 'access_token', type: 'text', nullable: true })
  accessToken: string | null;

  @Column({ name: 'cart_id', type: 'uuid', nullable: true })
  cartId: string | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'text' })
  state: CheckoutState;

  @Column({ name: 'total_amount', type: 'bigint', transformer: bigintAsNumber })
  totalAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ name: 'client_secret', type: 'text', nullable: true })
  clientSecret: string | null;

  @Column({ name: 'test_mode', type: 'boolean', nullable: true })
  testMode: boolean | null;

  @Column({ name: 'payment_error', type: 'text', nullable: true })
  paymentError: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
