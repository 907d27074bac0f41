import { MigrationInterface, QueryRunner } from 'typeorm';

/** A guest's mail goes out in the language the guest shopped in: kept on the cart, then on the checkout. */
export class GuestMailLanguage1732401040000 implements MigrationInterface {
  name = 'GuestMailLanguage1732401040000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE cart ADD COLUMN contact_locale text CHECK (contact_locale IN ('en', 'de'))`);
    await db.query(`ALTER TABLE checkout ADD COLUMN guest_locale text CHECK (guest_locale IN ('en', 'de'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE checkout DROP COLUMN guest_locale`);
    await db.query(`ALTER TABLE cart DROP COLUMN contact_locale`);
  }
}
