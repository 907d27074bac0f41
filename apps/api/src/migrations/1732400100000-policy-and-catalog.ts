import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyAndCatalog1732400100000 implements MigrationInterface {
  name = 'PolicyAndCatalog1732400100000';

  async up(db: QueryRunner): Promise<void> {
    // Policy: the marketplace's parameters as versioned values; a new version never overwrites an old one.
    await db.query(`
      CREATE TABLE policy_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        value jsonb NOT NULL,
        valid_from timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL,
        set_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX policy_version_key_idx ON policy_version (key, valid_from DESC)`);

    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
        name_en text NOT NULL,
        name_de text NOT NULL,
        parent_id uuid REFERENCES category (id),
        position int NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE seller_setting (
        seller_id uuid PRIMARY KEY,
        vacation_mode boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_id uuid NOT NULL,
        seller_kind text NOT NULL CHECK (seller_kind IN ('PERSON', 'ORGANISATION')),
        sku text,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        category_id uuid REFERENCES category (id),
        price_amount bigint NOT NULL CHECK (price_amount > 0),
        currency char(3) NOT NULL,
        vat_rate_bp int NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
        stock int NOT NULL DEFAULT 0 CHECK (stock >= 0),
        condition text NOT NULL DEFAULT 'NEW' CHECK (condition IN ('NEW', 'USED')),
        fair boolean NOT NULL DEFAULT false,
        fair_seal text,
        fair_questionnaire jsonb,
        ecological boolean NOT NULL DEFAULT false,
        ecological_seal text,
        small_and_precious boolean NOT NULL DEFAULT false,
        origin_region text,
        origin_country char(2),
        unit_quantity numeric(12, 3) CHECK (unit_quantity > 0),
        unit text CHECK (unit IN ('KG', 'G', 'L', 'ML', 'M', 'CM', 'PIECE')),
        friendly_percent smallint NOT NULL DEFAULT 0 CHECK (friendly_percent IN (0, 1, 3, 5, 10, 25, 50, 75, 100)),
        donation_organisation_id uuid REFERENCES organisation (id),
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'ACTIVE', 'SOLD_OUT', 'CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('german', title), 'A') ||
          setweight(to_tsvector('english', description), 'B') || setweight(to_tsvector('german', description), 'B')
        ) STORED,
        CHECK ((friendly_percent = 0) = (donation_organisation_id IS NULL)),
        CHECK ((unit IS NULL) = (unit_quantity IS NULL)),
        CHECK (NOT fair OR fair_seal IS NOT NULL OR fair_questionnaire IS NOT NULL),
        CHECK (NOT ecological OR ecological_seal IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX product_seller_sku_key ON product (seller_id, sku) WHERE sku IS NOT NULL`);
    await db.query(`CREATE INDEX product_seller_idx ON product (seller_id, created_at DESC)`);
    await db.query(`CREATE INDEX product_search_idx ON product USING gin (search_vector) WHERE state IN ('ACTIVE', 'SOLD_OUT')`);
    await db.query(
      `CREATE INDEX product_title_trgm_idx ON product USING gin (title gin_trgm_ops) WHERE state IN ('ACTIVE', 'SOLD_OUT')`,
    );
    await db.query(
      `CREATE INDEX product_listed_newest_idx ON product (published_at DESC, id DESC) WHERE state IN ('ACTIVE', 'SOLD_OUT')`,
    );
    await db.query(`CREATE INDEX product_listed_price_idx ON product (price_amount, id) WHERE state IN ('ACTIVE', 'SOLD_OUT')`);
    await db.query(`CREATE INDEX product_listed_category_idx ON product (category_id) WHERE state IN ('ACTIVE', 'SOLD_OUT')`);
    await db.query(`
      CREATE TABLE product_image (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        url text NOT NULL CHECK (url ~ '^https?://'),
        alt text NOT NULL DEFAULT '',
        position int NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX product_image_order_key ON product_image (product_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE product_image, product, seller_setting, category, policy_version`);
  }
}
