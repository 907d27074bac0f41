import { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded product photos: stored under a media key in several widths; a linked picture keeps only its URL. */
export class ProductPhotos1732401010000 implements MigrationInterface {
  name = 'ProductPhotos1732401010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE product_image
        ADD COLUMN storage_key text,
        ADD COLUMN widths int[],
        ADD COLUMN width int,
        ADD COLUMN height int,
        DROP CONSTRAINT product_image_url_check,
        ADD CONSTRAINT product_image_url_check CHECK (url ~ '^https?://' OR (storage_key IS NOT NULL AND url LIKE '/media/%')),
        ADD CONSTRAINT product_image_stored_sizes CHECK ((storage_key IS NULL) = (widths IS NULL))`);
    await db.query(`CREATE INDEX product_image_storage_key_idx ON product_image (storage_key) WHERE storage_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM product_image WHERE storage_key IS NOT NULL`);
    await db.query(`
      ALTER TABLE product_image
        DROP CONSTRAINT product_image_stored_sizes,
        DROP CONSTRAINT product_image_url_check,
        ADD CONSTRAINT product_image_url_check CHECK (url ~ '^https?://'),
        DROP COLUMN storage_key, DROP COLUMN widths, DROP COLUMN width, DROP COLUMN height`);
  }
}
