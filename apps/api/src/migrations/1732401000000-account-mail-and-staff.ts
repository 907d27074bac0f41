import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts get a mail language, a confirmed address, consent and suspension; one-time tokens for mail links; refused verifications. */
export class AccountMailAndStaff1732401000000 implements MigrationInterface {
  name = 'AccountMailAndStaff1732401000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE account
        ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'de')),
        ADD COLUMN email_confirmed_at timestamptz,
        ADD COLUMN terms_accepted_at timestamptz,
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN suspended_reason text,
        ADD CONSTRAINT account_suspension_reason CHECK ((suspended_at IS NULL) = (suspended_reason IS NULL))`);
    await db.query(`CREATE INDEX account_display_name_idx ON account (lower(display_name))`);
    await db.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX account_token_account_idx ON account_token (account_id, purpose)`);
    await db.query(`
      ALTER TABLE organisation
        ADD COLUMN verification_refused_at timestamptz,
        ADD COLUMN verification_refusal_reason text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organisation DROP COLUMN verification_refused_at, DROP COLUMN verification_refusal_reason`);
    await db.query(`DROP TABLE account_token`);
    await db.query(`DROP INDEX account_display_name_idx`);
    await db.query(`
      ALTER TABLE account DROP CONSTRAINT account_suspension_reason,
        DROP COLUMN locale, DROP COLUMN email_confirmed_at, DROP COLUMN terms_accepted_at,
        DROP COLUMN suspended_at, DROP COLUMN suspended_reason`);
  }
}
