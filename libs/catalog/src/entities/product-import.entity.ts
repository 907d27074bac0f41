import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { SellerKind, SellerKindEnum } from './product.entity';

export const PRODUCT_IMPORT_STATUSES = ['RUNNING', 'DONE', 'FAILED'] as const;
export type ProductImportStatus = (typeof PRODUCT_IMPORT_STATUSES)[number];
export const ProductImportStatusEnum = stringEnum(
  'ProductImportStatus',
  PRODUCT_IMPORT_STATUSES,
  'RUNNING while rows are read; DONE when every row was handled; FAILED when the import stopped early',
);

@ObjectType({ description: 'A CSV row that was not imported, and why' })
export class ImportRowError {
  @Field(() => Int, { description: 'The line in the file, 1-based; the header is line 1' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The CSV column at fault, when one is' })
  column: string | null;

  @Field()
  reason: string;
}

@ObjectType({ description: 'A CSV upload of products: its progress and every row it could not import' })
@Entity('product_import')
export class ProductImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @Field(() => SellerKindEnum)
  @Column({ name: 'seller_kind', type: 'text' })
  sellerKind: SellerKind;

  @Field(() => ID, { description: 'The account that uploaded the file' })
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Field(() => ProductImportStatusEnum)
  @Column({ type: 'text', default: 'RUNNING' })
  status: ProductImportStatus;

  @Field(() => Int, { nullable: true, description: 'Known once the whole file has been read' })
  @Column({ name: 'rows_total', type: 'int', nullable: true })
  rowsTotal: number | null;

  @Field(() => Int)
  @Column({ name: 'rows_processed', type: 'int', default: 0 })
  rowsProcessed: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  created: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  updated: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  unchanged: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  failed: number;

  @Field(() => [ImportRowError])
  @Column({ type: 'jsonb', default: () => `'[]'` })
  errors: ImportRowError[];

  @Field({ description: 'Whether valid rows were to go on sale at once (else every new listing is a draft)' })
  @Column({ type: 'boolean', default: false })
  publish: boolean;

  @Field(() => Int, { description: 'Rows imported whose listing is a draft now' })
  @Column({ type: 'int', default: 0 })
  drafts: number;

  @Field(() => Int, { description: 'Rows imported whose listing is on sale now (active or sold out)' })
  @Column({ name: 'on_sale', type: 'int', default: 0 })
  onSale: number;

  @Field(() => [ImportRowError], {
    description: 'With publish: rows that were imported but stayed drafts, and why they could not go on sale',
  })
  @Column({ name: 'kept_as_drafts', type: 'jsonb', default: () => `'[]'` })
  keptAsDrafts: ImportRowError[];

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** The uploaded file, kept while the import runs so a retried job reads it again; dropped when it ends. */
  @Column({ type: 'bytea', nullable: true, select: false })
  file: Buffer | null;

  /** The job run that owns the import now; a run taken as lost (and retried) stops writing. */
  @Column({ type: 'uuid', nullable: true, select: false })
  runner: string | null;
}
