import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A lot sold as a product (a product may be sold from several lots, a lot as several products). */
@Entity('provenance_lot_product')
export class LotProduct {
  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
