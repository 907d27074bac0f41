import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductImport1732400200000 implements MigrationInterface {
  name = 'ProductImport1732400200000';

  async up(db: QueryRunner): Promise<void> {
    // One row per CSV upload: its progress while it runs, and every bad row it found.
    await db.query(`
      CREATE TABLE product_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_id uuid NOT NULL,
        seller_kind text NOT NULL CHECK (seller_kind IN ('PERSON', 'ORGANISATION')),
        account_id uuid NOT NULL REFERENCES account (id),
        file_name text,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        rows_total int,
        rows_processed int NOT NULL DEFAULT 0,
        created int NOT NULL DEFAULT 0,
        updated int NOT NULL DEFAULT 0,
        unchanged int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(`CREATE INDEX product_import_seller_idx ON product_import (seller_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE product_import`);
  }
}
