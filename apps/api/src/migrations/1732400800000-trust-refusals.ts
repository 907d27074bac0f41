import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustRefusals1732400800000 implements MigrationInterface {
  name = 'TrustRefusals1732400800000';

  async up(db: QueryRunner): Promise<void> {
    // Provenance content version 2: the first record seals the lot's header. Older records keep version 1.
    await db.query(`
      ALTER TABLE provenance_record
        ADD COLUMN content_version int NOT NULL DEFAULT 1 CHECK (content_version >= 1),
        ADD COLUMN lot_header_hash text,
        ADD CONSTRAINT provenance_record_header_at_start CHECK (lot_header_hash IS NULL OR (content_version >= 2 AND position = 0))`);
    await db.query(`ALTER TABLE provenance_record ALTER COLUMN content_version DROP DEFAULT`);
    // The header's facts are sealed into the chain, so they may never change afterwards.
    await db.query(`
      CREATE FUNCTION provenance_lot_refuse_header_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'provenance_lot: code, name, custody model and creator are sealed into the chain; % refused', TG_OP
          USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER provenance_lot_header_sealed BEFORE UPDATE ON provenance_lot FOR EACH ROW
        WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name
          OR OLD.custody_model IS DISTINCT FROM NEW.custody_model OR OLD.creator_organisation_id IS DISTINCT FROM NEW.creator_organisation_id)
        EXECUTE FUNCTION provenance_lot_refuse_header_change()`);

    // A signed but malformed webhook event is kept as REJECTED with its reason, and answered 400.
    await db.query(`ALTER TABLE provider_event DROP CONSTRAINT provider_event_outcome_check`);
    await db.query(
      `ALTER TABLE provider_event ADD CONSTRAINT provider_event_outcome_check CHECK (outcome IN ('APPLIED', 'IGNORED', 'REJECTED'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM provider_event WHERE outcome = 'REJECTED'`);
    await db.query(`ALTER TABLE provider_event DROP CONSTRAINT provider_event_outcome_check`);
    await db.query(
      `ALTER TABLE provider_event ADD CONSTRAINT provider_event_outcome_check CHECK (outcome IN ('APPLIED', 'IGNORED'))`,
    );
    await db.query(`DROP TRIGGER provenance_lot_header_sealed ON provenance_lot`);
    await db.query(`DROP FUNCTION provenance_lot_refuse_header_change()`);
    await db.query(
      `ALTER TABLE provenance_record DROP CONSTRAINT provenance_record_header_at_start, DROP COLUMN lot_header_hash, DROP COLUMN content_version`,
    );
  }
}
