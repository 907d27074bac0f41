import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '../../entities/column-types';
import { PurchaseOrderState, PurchaseOrderStateEnum } from '../state/purchase-order-state';

@ObjectType('WholesalePurchaseOrder', { description: 'An accepted proposal: its quantity is reserved from the offer' })
@Entity('wholesale_purchase_order')
export class PurchaseOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'negotiation_id', type: 'uuid' })
  negotiationId: string;

  @Field(() => ID)
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @Field(() => ID)
  @Column({ name: 'buyer_organisation_id', type: 'uuid' })
  buyerOrganisationId: string;

  @Field(() => ID)
  @Column({ name: 'seller_organisation_id', type: 'uuid' })
  sellerOrganisationId: string;

  @Field(() => PurchaseOrderStateEnum)
  @Column({ type: 'text' })
  state: PurchaseOrderState;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Int)
  @Column({ name: 'delivered_quantity', type: 'int' })
  deliveredQuantity: number;

  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintAsNumber })
  unitPrice: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => Int)
  @Column({ name: 'vat_rate_bp', type: 'int' })
  vatRateBp: number;

  @Field()
  @Column({ name: 'delivery_date', type: 'date' })
  deliveryDate: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
