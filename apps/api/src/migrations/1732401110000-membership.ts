import { MigrationInterface, QueryRunner } from 'typeorm';

export class Membership1732401110000 implements MigrationInterface {
  name = 'Membership1732401110000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number int GENERATED ALWAYS AS IDENTITY UNIQUE,
        account_id uuid REFERENCES account (id),
        organisation_id uuid REFERENCES organisation (id),
        applied_by uuid NOT NULL REFERENCES account (id),
        member_class text NOT NULL CHECK (member_class IN ('CONSUMER', 'PRODUCER', 'WORKER', 'INVESTOR')),
        status text NOT NULL DEFAULT 'APPLIED'
          CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'LEAVING', 'LEFT', 'CANCELLED')),
        joined_at timestamptz,
        notice_given_at timestamptz,
        leaves_at timestamptz,
        left_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((account_id IS NULL) <> (organisation_id IS NULL)),
        CHECK ((status = 'LEAVING') <= (leaves_at IS NOT NULL))
      )`);
    // A person or an organisation holds one live membership (in exactly one class).
    await db.query(`CREATE UNIQUE INDEX member_account_live ON member (account_id) WHERE status NOT IN ('LEFT', 'CANCELLED')`);
    await db.query(
      `CREATE UNIQUE INDEX member_organisation_live ON member (organisation_id) WHERE status NOT IN ('LEFT', 'CANCELLED')`,
    );
    await db.query(`CREATE INDEX member_leaving_idx ON member (leaves_at) WHERE status = 'LEAVING'`);
    await db.query(`
      CREATE TABLE share_purchase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id),
        shares int NOT NULL CHECK (shares > 0),
        share_price bigint NOT NULL CHECK (share_price > 0),
        amount bigint NOT NULL CHECK (amount = shares * share_price),
        currency char(3) NOT NULL,
        payment_id uuid,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PAID', 'CANCELLED')),
        paid_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX share_purchase_member_idx ON share_purchase (member_id)`);
    // The share register: signed shares, + in and − out, never updated or deleted.
    await db.query(`
      CREATE TABLE share_register_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id),
        movement text NOT NULL CHECK (movement IN ('PURCHASE', 'REDEMPTION', 'TRANSFER_IN', 'TRANSFER_OUT')),
        shares int NOT NULL CHECK ((movement IN ('PURCHASE', 'TRANSFER_IN')) = (shares > 0) AND shares <> 0),
        share_price bigint NOT NULL CHECK (share_price > 0),
        currency char(3) NOT NULL,
        reference text NOT NULL,
        counterparty_member_id uuid REFERENCES member (id),
        recorded_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (member_id, movement, reference, share_price)
      )`);
    await db.query(`CREATE INDEX share_register_member_idx ON share_register_entry (member_id, recorded_at)`);
    await db.query(`
      CREATE TABLE member_standing_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text NOT NULL,
        changed_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX member_standing_change_member_idx ON member_standing_change (member_id, created_at)`);
    for (const table of ['share_register_entry', 'member_standing_change']) {
      await db.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION provenance_refuse_change()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member_standing_change, share_register_entry, share_purchase, member`);
  }
}
