import { MigrationInterface, QueryRunner } from 'typeorm';

export class AbuseLimitsAndAuditLog1732400800100 implements MigrationInterface {
  name = 'AbuseLimitsAndAuditLog1732400800100';

  async up(db: QueryRunner): Promise<void> {
    // rate-limiter-flexible's table layout, shared by every API replica: key, points used, expiry in Unix ms.
    await db.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);

    await db.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        action text NOT NULL CHECK (action ~ '^[a-z_]+(\\.[a-z_]+)+$'),
        actor_account_id uuid,
        subject_type text,
        subject_id text,
        client_address text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_account_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX audit_event_subject_idx ON audit_event (subject_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX audit_event_action_idx ON audit_event (action text_pattern_ops, occurred_at DESC)`);
    await db.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await db.query(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_event_refuse_change()`);
    await db.query(`DROP TABLE rate_limit`);
  }
}
