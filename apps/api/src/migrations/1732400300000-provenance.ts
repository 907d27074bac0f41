import { MigrationInterface, QueryRunner } from 'typeorm';

export class Provenance1732400300000 implements MigrationInterface {
  name = 'Provenance1732400300000';

  async up(db: QueryRunner): Promise<void> {
    // A lot: a batch of goods. Its row holds the chain's head (locked while a record is appended,
    // so two appends never fork the chain) and who holds the goods now.
    await db.query(`
      CREATE TABLE provenance_lot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 80),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        custody_model text NOT NULL CHECK (custody_model IN ('IDENTITY_PRESERVED', 'SEGREGATED', 'MASS_BALANCE')),
        quantity numeric(14, 3) CHECK (quantity > 0),
        uom text CHECK (uom ~ '^[A-Z0-9]{2,3}$'),
        creator_organisation_id uuid NOT NULL REFERENCES organisation (id),
        custodian_organisation_id uuid NOT NULL REFERENCES organisation (id),
        record_count int NOT NULL DEFAULT 0,
        head_hash text,
        traceable boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (creator_organisation_id, code),
        CHECK ((record_count = 0) = (head_hash IS NULL))
      )`);
    await db.query(`CREATE INDEX provenance_lot_custodian_idx ON provenance_lot (custodian_organisation_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE provenance_lot_product (
        lot_id uuid NOT NULL REFERENCES provenance_lot (id),
        product_id uuid NOT NULL REFERENCES product (id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (lot_id, product_id)
      )`);
    await db.query(`CREATE INDEX provenance_lot_product_product_idx ON provenance_lot_product (product_id, linked_at DESC)`);

    // Every column but hash is covered by hash (see libs/provenance/src/services/chain.ts).
    await db.query(`
      CREATE TABLE provenance_record (
        id uuid PRIMARY KEY,
        lot_id uuid NOT NULL REFERENCES provenance_lot (id),
        position int NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('ORIGIN', 'PROCESSING', 'TRANSFORMATION', 'TRANSPORT', 'CERTIFICATION',
          'CUSTODY_TRANSFER', 'INSPECTION')),
        actor_organisation_id uuid NOT NULL REFERENCES organisation (id),
        occurred_at timestamptz NOT NULL,
        place_name text NOT NULL,
        place_country char(2) NOT NULL,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        description text NOT NULL DEFAULT '',
        evidence_hash text,
        evidence_url text,
        details jsonb NOT NULL DEFAULT '{}',
        corrects_record_id uuid REFERENCES provenance_record (id),
        recorded_by uuid NOT NULL REFERENCES account (id),
        recorded_at timestamptz NOT NULL,
        previous_hash text,
        hash text NOT NULL,
        UNIQUE (lot_id, position),
        CHECK ((position = 0) = (previous_hash IS NULL)),
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    await db.query(`CREATE INDEX provenance_record_actor_idx ON provenance_record (actor_organisation_id)`);
    // An organisation's certificate (WFTO-style) covers its steps in every lot.
    await db.query(`CREATE INDEX provenance_record_holder_idx ON provenance_record
      ((details #>> '{certification,holderOrganisationId}')) WHERE kind = 'CERTIFICATION'`);

    await db.query(`
      CREATE TABLE provenance_attestation (
        id uuid PRIMARY KEY,
        record_id uuid NOT NULL REFERENCES provenance_record (id),
        record_hash text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        attested_by uuid NOT NULL REFERENCES account (id),
        attested_at timestamptz NOT NULL,
        statement text NOT NULL DEFAULT '',
        hash text NOT NULL,
        UNIQUE (record_id, organisation_id)
      )`);

    // Append-only, enforced by the database itself. Tests that tamper on purpose drop the trigger and
    // recreate it with this function, so the names are part of the contract.
    await db.query(`
      CREATE FUNCTION provenance_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    for (const table of ['provenance_record', 'provenance_attestation']) {
      await db.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION provenance_refuse_change()`,
      );
    }

    // Kept by the provenance service: a product is traceable when a physically traceable lot is tied to it.
    await db.query(`ALTER TABLE product ADD COLUMN traceable boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE product DROP COLUMN traceable`);
    await db.query(`DROP TABLE provenance_attestation, provenance_record, provenance_lot_product, provenance_lot`);
    await db.query(`DROP FUNCTION provenance_refuse_change()`);
  }
}
