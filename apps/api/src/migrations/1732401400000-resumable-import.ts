import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CSV import as a resumable job: the run that owns an import (a job run id), so a run that
 * was taken as lost and retried elsewhere stops writing; the file itself is kept (`file`, from
 * money-sagas) until the import is over.
 */
export class ResumableImport1732401400000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_import ADD COLUMN runner uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product_import DROP COLUMN runner`);
  }
}
