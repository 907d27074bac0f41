import { MigrationInterface, QueryRunner } from 'typeorm';

const ZONE_CHECK = `zone IN ('DOMESTIC', 'EU', 'WORLD') OR zone ~ '^[A-Z]{2}$'`;

export class AddressBookAndShippingZones1732400900000 implements MigrationInterface {
  name = 'AddressBookAndShippingZones1732400900000';

  async up(db: QueryRunner): Promise<void> {
    // A buyer's address book; at most one default per account.
    await db.query(`
      CREATE TABLE address (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        street text NOT NULL CHECK (length(street) BETWEEN 1 AND 200),
        postal_code text NOT NULL CHECK (length(postal_code) BETWEEN 1 AND 20),
        city text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
        country char(2) NOT NULL,
        phone text CHECK (length(phone) <= 30),
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX address_account_idx ON address (account_id, created_at)`);
    await db.query(`CREATE UNIQUE INDEX address_one_default_key ON address (account_id) WHERE is_default`);

    // Shipping by destination: a seller's profile (where parcels leave from) and its rates per zone.
    await db.query(`
      CREATE TABLE shipping_profile (
        seller_id uuid PRIMARY KEY,
        origin_country char(2) NOT NULL,
        currency char(3) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE shipping_zone_rate (
        seller_id uuid NOT NULL REFERENCES shipping_profile (seller_id) ON DELETE CASCADE,
        zone text NOT NULL CHECK (${ZONE_CHECK}),
        item_price bigint CHECK (item_price >= 0),
        combined_parcel_price bigint CHECK (combined_parcel_price >= 0),
        combined_items_per_parcel int CHECK (combined_items_per_parcel >= 1),
        free_shipping_threshold bigint CHECK (free_shipping_threshold >= 0),
        PRIMARY KEY (seller_id, zone),
        CHECK ((combined_parcel_price IS NULL) = (combined_items_per_parcel IS NULL))
      )`);
    // The old one-size settings become the same rates for every zone, so no cart changes price.
    await db.query(`
      INSERT INTO shipping_profile (seller_id, origin_country, currency, updated_at)
      SELECT s.seller_id, coalesce(o.country, 'DE'), s.currency, s.updated_at
        FROM seller_shipping s LEFT JOIN organisation o ON o.id = s.seller_id`);
    await db.query(`
      INSERT INTO shipping_zone_rate (seller_id, zone, combined_parcel_price, combined_items_per_parcel, free_shipping_threshold)
      SELECT s.seller_id, z.zone, s.combined_parcel_price, s.combined_items_per_parcel, s.free_shipping_threshold
        FROM seller_shipping s CROSS JOIN (VALUES ('DOMESTIC'), ('EU'), ('WORLD')) AS z (zone)`);
    await db.query(`DROP TABLE seller_shipping`);

    // A product's own parcel may differ by zone ('ANY': wherever no zone of its own applies); pickup has no zone.
    await db.query(`ALTER TABLE product_shipping_option ADD COLUMN zone text NOT NULL DEFAULT 'ANY'`);
    await db.query(`ALTER TABLE product_shipping_option DROP CONSTRAINT product_shipping_option_pkey`);
    await db.query(`ALTER TABLE product_shipping_option ADD PRIMARY KEY (product_id, kind, zone)`);
    await db.query(
      `ALTER TABLE product_shipping_option ADD CONSTRAINT product_shipping_option_zone_check
         CHECK (zone = 'ANY' OR (kind = 'PARCEL' AND (${ZONE_CHECK})))`,
    );
    await db.query(`
      CREATE TABLE product_shipping_exclusion (
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        zone text NOT NULL CHECK (${ZONE_CHECK}),
        PRIMARY KEY (product_id, zone)
      )`);

    // Where the cart is to go, so it can say before checkout what does not ship there.
    await db.query(`ALTER TABLE cart ADD COLUMN destination_country char(2)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE cart DROP COLUMN destination_country`);
    await db.query(`DROP TABLE product_shipping_exclusion`);
    await db.query(`DELETE FROM product_shipping_option WHERE zone <> 'ANY'`);
    await db.query(`ALTER TABLE product_shipping_option DROP CONSTRAINT product_shipping_option_zone_check`);
    await db.query(`ALTER TABLE product_shipping_option DROP CONSTRAINT product_shipping_option_pkey`);
    await db.query(`ALTER TABLE product_shipping_option ADD PRIMARY KEY (product_id, kind)`);
    await db.query(`ALTER TABLE product_shipping_option DROP COLUMN zone`);
    await db.query(`
      CREATE TABLE seller_shipping (
        seller_id uuid PRIMARY KEY,
        combined_parcel_price bigint CHECK (combined_parcel_price >= 0),
        combined_items_per_parcel int CHECK (combined_items_per_parcel >= 1),
        free_shipping_threshold bigint CHECK (free_shipping_threshold >= 0),
        currency char(3) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((combined_parcel_price IS NULL) = (combined_items_per_parcel IS NULL))
      )`);
    await db.query(`
      INSERT INTO seller_shipping
      SELECT p.seller_id, r.combined_parcel_price, r.combined_items_per_parcel, r.free_shipping_threshold, p.currency, p.updated_at
        FROM shipping_profile p JOIN shipping_zone_rate r ON r.seller_id = p.seller_id AND r.zone = 'DOMESTIC'`);
    await db.query(`DROP TABLE shipping_zone_rate`);
    await db.query(`DROP TABLE shipping_profile`);
    await db.query(`DROP TABLE address`);
  }
}
