import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search index: a narrow table of the listed products' search fields (a tsvector of
 * title, description and category names, the facet columns, the sort keys), kept by triggers
 * in the transaction that writes the product, so a search sees every committed change and
 * nothing needs a rebuild. Facet counts of searches without words come from per-combination
 * counts kept by statement triggers. The word list serves completion, typo matching and "did you mean".
 */
export class SearchIndex1732401300000 implements MigrationInterface {
  name = 'SearchIndex1732401300000';

  async up(db: QueryRunner): Promise<void> {
    // The bands of PRICE_BANDS in libs/catalog/src/services/product-search.ts, by index.
    await db.query(`
      CREATE FUNCTION product_price_band(price bigint) RETURNS smallint IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
        SELECT (CASE WHEN price < 1000 THEN 0 WHEN price < 2500 THEN 1 WHEN price < 5000 THEN 2 WHEN price < 10000 THEN 3 ELSE 4 END)::smallint
      $$`);
    await db.query(`
      CREATE FUNCTION category_search_names(id uuid) RETURNS text STABLE LANGUAGE sql AS $$
        SELECT concat_ws(' ', c.name_en, c.name_de, parent.name_en, parent.name_de)
        FROM category c LEFT JOIN category parent ON parent.id = c.parent_id WHERE c.id = $1
      $$`);
    // The facet values but the category in one int, so that counting the matches per combination hashes one column,
    // not seven: bit 0 fair, 1 ecological, 2 small and precious, 3 traceable, 4 used, 5-7 price band, 8-12 and 13-17
    // the letters of the origin country (1 = A, 0 = none). FACET_BITS in product-search.ts decodes it.
    await db.query(`
      CREATE FUNCTION product_facet_bits(fair boolean, ecological boolean, small_and_precious boolean, traceable boolean,
          condition text, origin_country char(2), price_band smallint) RETURNS int IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
        -- Every shift in parentheses: PostgreSQL gives | and << the same precedence, left to right.
        SELECT fair::int | (ecological::int << 1) | (small_and_precious::int << 2) | (traceable::int << 3)
          | ((condition = 'USED')::int << 4) | (price_band::int << 5)
          | (coalesce(ascii(substr(origin_country, 1, 1)) - 64, 0) << 8) | (coalesce(ascii(substr(origin_country, 2, 1)) - 64, 0) << 13)
      $$`);
    // Title (A) ranks above description (B) above the names of the category and its parent (C), in both stemmers.
    await db.query(`
      CREATE FUNCTION product_search_document(title text, description text, category_names text) RETURNS tsvector
        IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
        SELECT setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('german', title), 'A') ||
          setweight(to_tsvector('english', description), 'B') || setweight(to_tsvector('german', description), 'B') ||
          setweight(to_tsvector('english', coalesce(category_names, '')), 'C') ||
          setweight(to_tsvector('german', coalesce(category_names, '')), 'C')
      $$`);

    await db.query(`
      CREATE TABLE product_search (
        product_id uuid PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
        category_id uuid,
        fair boolean NOT NULL,
        ecological boolean NOT NULL,
        small_and_precious boolean NOT NULL,
        traceable boolean NOT NULL,
        condition text NOT NULL,
        origin_country char(2),
        price_amount bigint NOT NULL,
        price_band smallint NOT NULL,
        facet_bits int GENERATED ALWAYS AS (product_facet_bits(fair, ecological, small_and_precious, traceable, condition,
          origin_country, price_band)) STORED,
        published_at timestamptz,
        document tsvector NOT NULL
      )`);
    await db.query(`CREATE INDEX product_search_document_idx ON product_search USING gin (document)`);
    await db.query(`CREATE INDEX product_search_newest_idx ON product_search (published_at DESC, product_id DESC)`);
    await db.query(`CREATE INDEX product_search_price_idx ON product_search (price_amount, product_id)`);
    await db.query(`CREATE INDEX product_search_category_idx ON product_search (category_id)`);

    await db.query(`
      CREATE TABLE product_facet_count (
        category_id uuid,
        fair boolean NOT NULL,
        ecological boolean NOT NULL,
        small_and_precious boolean NOT NULL,
        traceable boolean NOT NULL,
        condition text NOT NULL,
        origin_country char(2),
        price_band smallint NOT NULL,
        facet_bits int GENERATED ALWAYS AS (product_facet_bits(fair, ecological, small_and_precious, traceable, condition,
          origin_country, price_band)) STORED,
        count int NOT NULL, -- never below 0, but no CHECK: ON CONFLICT would apply it to the proposed row of a -1
        UNIQUE NULLS NOT DISTINCT (category_id, fair, ecological, small_and_precious, traceable, condition, origin_country, price_band)
      )`);

    await db.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    // Byte order (COLLATE "C"), so that the words starting with a prefix are one range of the primary key.
    await db.query(`CREATE TABLE search_word (word text COLLATE "C" PRIMARY KEY)`);
    await db.query(`CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)`);
    // The words of a text, lowercased, for typo matching (the simple parser splits as full text does).
    await db.query(`
      CREATE FUNCTION search_words(content text) RETURNS SETOF text IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
        SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple', content))) AS word
        WHERE length(word) BETWEEN 3 AND 40 AND word !~ '^[0-9]+$'
      $$`);

    // The index rows of some products, as they are now: an AFTER trigger sees the rows its statement wrote.
    await db.query(`
      CREATE FUNCTION product_search_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM product_search s USING product p
        WHERE s.product_id = ANY(ids) AND p.id = s.product_id AND p.state NOT IN ('ACTIVE', 'SOLD_OUT');
        INSERT INTO product_search (product_id, category_id, fair, ecological, small_and_precious, traceable, condition,
          origin_country, price_amount, price_band, published_at, document)
        SELECT p.id, p.category_id, p.fair, p.ecological, p.small_and_precious, p.traceable, p.condition, p.origin_country,
          p.price_amount, product_price_band(p.price_amount), p.published_at,
          product_search_document(p.title, p.description, category_search_names(p.category_id))
        FROM product p WHERE p.id = ANY(ids) AND p.state IN ('ACTIVE', 'SOLD_OUT')
        ON CONFLICT (product_id) DO UPDATE SET category_id = EXCLUDED.category_id, fair = EXCLUDED.fair,
          ecological = EXCLUDED.ecological, small_and_precious = EXCLUDED.small_and_precious, traceable = EXCLUDED.traceable,
          condition = EXCLUDED.condition, origin_country = EXCLUDED.origin_country, price_amount = EXCLUDED.price_amount,
          price_band = EXCLUDED.price_band, published_at = EXCLUDED.published_at, document = EXCLUDED.document;
        INSERT INTO search_word (word)
        SELECT DISTINCT w FROM product p, search_words(p.title || ' ' || p.description) w
        WHERE p.id = ANY(ids) AND p.state IN ('ACTIVE', 'SOLD_OUT')
        ON CONFLICT DO NOTHING;
      END $$`);
    // Once per statement, so that a CSV import or the benchmark's bulk insert indexes its rows at once; drafts and
    // stock changes (every sale) pass with one look at the statement's rows.
    await db.query(`
      CREATE FUNCTION product_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[] := ARRAY(SELECT id FROM new_rows WHERE state IN ('ACTIVE', 'SOLD_OUT'));
      BEGIN
        IF cardinality(ids) > 0 THEN PERFORM product_search_refresh(ids); END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION product_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[] := ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE (o.state IN ('ACTIVE', 'SOLD_OUT')) <> (n.state IN ('ACTIVE', 'SOLD_OUT'))
            OR n.state IN ('ACTIVE', 'SOLD_OUT')
              AND (o.title, o.description, o.category_id, o.fair, o.ecological, o.small_and_precious, o.traceable, o.condition,
                   o.origin_country, o.price_amount, o.published_at)
              IS DISTINCT FROM (n.title, n.description, n.category_id, n.fair, n.ecological, n.small_and_precious, n.traceable,
                   n.condition, n.origin_country, n.price_amount, n.published_at));
      BEGIN
        IF cardinality(ids) > 0 THEN PERFORM product_search_refresh(ids); END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER product_search_insert AFTER INSERT ON product REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION product_search_inserted()`);
    await db.query(`
      CREATE TRIGGER product_search_update AFTER UPDATE ON product REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION product_search_updated()`);

    // A renamed or moved category changes the documents of its products and of its children's products.
    await db.query(`
      CREATE FUNCTION category_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product_search s SET document = product_search_document(p.title, p.description, category_search_names(p.category_id))
        FROM product p, category c
        WHERE p.id = s.product_id AND c.id = p.category_id AND (c.id = NEW.id OR c.parent_id = NEW.id);
        INSERT INTO search_word (word) SELECT search_words(concat_ws(' ', NEW.name_en, NEW.name_de)) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER category_search_sync AFTER INSERT OR UPDATE OF name_en, name_de, parent_id ON category
        FOR EACH ROW EXECUTE FUNCTION category_search_sync()`);

    // Per-combination counts, changed once per statement in the order of the combination, so that
    // two writers always take the count rows' locks in the same order.
    await db.query(`
      CREATE FUNCTION product_facet_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        columns text := 'category_id, fair, ecological, small_and_precious, traceable, condition, origin_country, price_band';
        added text := format('SELECT %s, 1 AS delta FROM new_rows', columns);
        removed text := format('SELECT %s, -1 AS delta FROM old_rows', columns);
      BEGIN
        -- A transition table exists only for the events that have it, hence the statement is put together per event.
        EXECUTE format(
          'INSERT INTO product_facet_count AS f (%1$s, count) SELECT %1$s, sum(delta) FROM (%2$s) d GROUP BY %1$s
             HAVING sum(delta) <> 0 ORDER BY %1$s ON CONFLICT (%1$s) DO UPDATE SET count = f.count + EXCLUDED.count',
          columns,
          CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER product_facet_count_insert AFTER INSERT ON product_search REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION product_facet_count_sync()`);
    await db.query(`
      CREATE TRIGGER product_facet_count_update AFTER UPDATE ON product_search REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION product_facet_count_sync()`);
    await db.query(`
      CREATE TRIGGER product_facet_count_delete AFTER DELETE ON product_search REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION product_facet_count_sync()`);

    // What is listed today, once; the triggers keep it from here on.
    await db.query(`
      INSERT INTO search_word (word) SELECT search_words(concat_ws(' ', name_en, name_de)) FROM category
      UNION SELECT search_words(title || ' ' || description) FROM product WHERE state IN ('ACTIVE', 'SOLD_OUT')`);
    await db.query(`
      INSERT INTO product_search (product_id, category_id, fair, ecological, small_and_precious, traceable, condition,
        origin_country, price_amount, price_band, published_at, document)
      SELECT id, category_id, fair, ecological, small_and_precious, traceable, condition, origin_country, price_amount,
        product_price_band(price_amount), published_at, product_search_document(title, description, category_search_names(category_id))
      FROM product WHERE state IN ('ACTIVE', 'SOLD_OUT')`);

    // The wide product row no longer carries the search vector and its indexes.
    await db.query(`DROP INDEX product_search_idx, product_title_trgm_idx`);
    await db.query(`ALTER TABLE product DROP COLUMN search_vector`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER product_search_insert ON product`);
    await db.query(`DROP TRIGGER product_search_update ON product`);
    await db.query(`DROP TRIGGER category_search_sync ON category`);
    await db.query(`DROP TABLE product_facet_count, product_search, search_word`);
    await db.query(`DROP FUNCTION product_search_inserted, product_search_updated, product_search_refresh, category_search_sync, product_facet_count_sync, search_words,
      product_search_document, category_search_names, product_price_band`);
    await db.query(`
      ALTER TABLE product ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('german', title), 'A') ||
        setweight(to_tsvector('english', description), 'B') || setweight(to_tsvector('german', description), 'B')) STORED`);
    await db.query(`CREATE INDEX product_search_idx ON product USING gin (search_vector) WHERE state IN ('ACTIVE', 'SOLD_OUT')`);
    await db.query(
      `CREATE INDEX product_title_trgm_idx ON product USING gin (title gin_trgm_ops) WHERE state IN ('ACTIVE', 'SOLD_OUT')`,
    );
  }
}
