import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CSV imports may put valid rows on sale at once (`publish`), and report how many rows ended as
 * drafts and how many on sale, with why each row that was to go on sale stayed a draft.
 */
export class ImportPublish1732401410000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_import
      ADD COLUMN publish boolean NOT NULL DEFAULT false,
      ADD COLUMN drafts int NOT NULL DEFAULT 0,
      ADD COLUMN on_sale int NOT NULL DEFAULT 0,
      ADD COLUMN kept_as_drafts jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_import
      DROP COLUMN publish, DROP COLUMN drafts, DROP COLUMN on_sale, DROP COLUMN kept_as_drafts`);
  }
}
