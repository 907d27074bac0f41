import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The allocation run writes 100,000 lines in one statement; the foreign key to their allocation cost
 * a trigger call per line (about a second at that size). Lines are written and deleted only by the run,
 * in its allocation's transaction, so the key is dropped; the primary key (allocation, member) stays.
 */
export class DividendLinesWithoutFk1764700100000 implements MigrationInterface {
  name = 'DividendLinesWithoutFk1764700100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dividend_allocation_line DROP CONSTRAINT dividend_allocation_line_allocation_id_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE dividend_allocation_line ADD CONSTRAINT dividend_allocation_line_allocation_id_fkey
        FOREIGN KEY (allocation_id) REFERENCES dividend_allocation (id) ON DELETE CASCADE`);
  }
}
