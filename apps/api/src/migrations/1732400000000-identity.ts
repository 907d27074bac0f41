import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1732400000000 implements MigrationInterface {
  name = 'Identity1732400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) > 0),
        platform_role text NOT NULL DEFAULT 'MEMBER' CHECK (platform_role IN ('MEMBER', 'STAFF')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX account_email_key ON account (email)`);
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX session_account_idx ON session (account_id)`);
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) > 0),
        kind text NOT NULL CHECK (kind IN ('COOPERATIVE', 'COMPANY', 'NGO', 'SOLE_TRADER')),
        legal_name text,
        street text,
        postal_code text,
        city text,
        country char(2),
        vat_id text,
        imprint text,
        terms text,
        withdrawal_policy text,
        payout_account text,
        verified_at timestamptz,
        verified_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX organisation_name_idx ON organisation (name, id)`);
    await db.query(`
      CREATE TABLE organisation_member (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'STAFF')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, account_id)
      )`);
    await db.query(`CREATE INDEX organisation_member_account_idx ON organisation_member (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organisation_member, organisation, session, account`);
  }
}
