import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Product } from './product.entity';

@ObjectType({ description: 'One picture of a product gallery, in gallery order' })
@Entity('product_image')
export class ProductImage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  /** An http(s) link, or for an uploaded photo its largest stored size under /media. */
  @Field()
  @Column()
  url: string;

  /** Uploaded photos: the media key its sizes are stored under (`<key>-<width>.webp`); null for a linked picture. */
  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey: string | null;

  @Column({ type: 'int', array: true, nullable: true })
  widths: number[] | null;

  @Field(() => Int, { nullable: true, description: 'Pixels of the uploaded original' })
  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  height: number | null;

  @Field()
  @Column({ default: '' })
  alt: string;

  @Field()
  @Column({ type: 'int' })
  position: number;

  @ManyToOne('Product', 'images', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;
}
