import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One entry of a buyer's address book. */
@ObjectType({ description: 'A delivery address in your address book' })
@Entity('address')
export class Address {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field({ description: 'Who receives the parcel' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Street and number' })
  @Column({ type: 'text' })
  street: string;

  @Field()
  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Field()
  @Column({ type: 'text' })
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field({ description: 'Offered first at checkout' })
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
