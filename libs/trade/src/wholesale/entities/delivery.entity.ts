import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('WholesaleDelivery', { description: 'A delivery of (part of) a purchase order, with its delivery note' })
@Entity('wholesale_delivery')
export class Delivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'purchase_order_id', type: 'uuid' })
  purchaseOrderId: string;

  @Field(() => Int, { description: '1 for the first delivery of the order, and so on' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field({ description: 'The delivery note: what was handed over, how, to whom' })
  @Column()
  note: string;

  @Field(() => ID, { nullable: true, description: 'The lot now held by the buyer (split off when only part was delivered)' })
  @Column({ name: 'lot_id', type: 'uuid', nullable: true })
  lotId: string | null;

  @Field(() => ID, { nullable: true, description: 'The CUSTODY_TRANSFER record in the lot’s provenance' })
  @Column({ name: 'custody_record_id', type: 'uuid', nullable: true })
  custodyRecordId: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Field()
  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;
}
