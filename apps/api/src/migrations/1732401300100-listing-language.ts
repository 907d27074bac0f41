import { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a listing is written in (both stemmers still index every listing, whatever its language). */
export class ListingLanguage1732401300100 implements MigrationInterface {
  name = 'ListingLanguage1732401300100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product ADD COLUMN language text NOT NULL DEFAULT 'EN' CHECK (language IN ('DE', 'EN'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product DROP COLUMN language`);
  }
}
