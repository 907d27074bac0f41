import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Product } from './product.entity';

@ObjectType({ description: 'One picture of a product gallery, in gallery order' })
@Entity('product_image')
export class ProductImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field()
  @Column()
  url: string;

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
