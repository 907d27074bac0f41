import { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerAndPayments1732400400000 implements MigrationInterface {
  name = 'LedgerAndPayments1732400400000';

  async up(db: QueryRunner): Promise<void> {
    // ---- Ledger: double-entry, append-only, balanced per currency (checked by the database at commit).
    await db.query(`
      CREATE TABLE ledger_transaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind <> ''),
        reference text NOT NULL CHECK (reference <> ''),
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_transaction_kind_reference_key UNIQUE (kind, reference)
      )`);
    // amount is signed: positive = debit, negative = credit.
    await db.query(`
      CREATE TABLE ledger_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        transaction_id uuid NOT NULL REFERENCES ledger_transaction (id),
        account text NOT NULL CHECK (account <> ''),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        amount bigint NOT NULL CHECK (amount <> 0)
      )`);
    await db.query(`CREATE INDEX ledger_entry_transaction_idx ON ledger_entry (transaction_id)`);
    await db.query(`CREATE INDEX ledger_entry_account_idx ON ledger_entry (account text_pattern_ops, currency)`);

    // At COMMIT (deferred), every transaction touched must have entries that sum to zero per currency.
    await db.query(`
      CREATE FUNCTION ledger_assert_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        txn uuid;
        bad record;
      BEGIN
        -- Each branch names only its own table's column (plpgsql checks a field when it runs the statement).
        IF TG_TABLE_NAME = 'ledger_transaction' THEN
          txn := NEW.id;
        ELSE
          txn := NEW.transaction_id;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM ledger_entry WHERE transaction_id = txn) THEN
          RAISE EXCEPTION 'ledger transaction % has no entries', txn USING ERRCODE = '23514';
        END IF;
        SELECT currency, sum(amount) AS total INTO bad
          FROM ledger_entry WHERE transaction_id = txn
          GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'ledger transaction % is unbalanced: its % entries sum to %', txn, bad.currency, bad.total
            USING ERRCODE = '23514';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_assert_balanced()`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_transaction_balanced AFTER INSERT ON ledger_transaction
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_assert_balanced()`);

    // Append-only: a mistake is fixed by a correcting transaction, never by editing entries.
    await db.query(`
      CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % on % is refused; post a correcting transaction', TG_OP, TG_TABLE_NAME
          USING ERRCODE = '42501';
      END $$`);
    await db.query(`
      CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON ledger_transaction
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await db.query(`
      CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);

    // ---- Payments: one payment per checkout, transfers per seller order, refunds, disputes, provider events.
    await db.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        checkout_id uuid NOT NULL UNIQUE,
        provider text NOT NULL CHECK (provider IN ('STRIPE', 'OFFLINE')),
        provider_payment_id text UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED')),
        failure_reason text,
        last_event_at timestamptz,
        succeeded_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE payout_account (
        seller_id uuid PRIMARY KEY,
        provider text NOT NULL CHECK (provider IN ('STRIPE', 'OFFLINE')),
        provider_account_id text NOT NULL UNIQUE,
        details_submitted boolean NOT NULL DEFAULT false,
        charges_enabled boolean NOT NULL DEFAULT false,
        payouts_enabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE payment_transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payment (id),
        order_id uuid NOT NULL UNIQUE,
        seller_id uuid NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('AWAITING_ACCOUNT', 'SENT')),
        provider_transfer_id text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX payment_transfer_seller_idx ON payment_transfer (seller_id, status)`);
    await db.query(`CREATE INDEX payment_transfer_payment_idx ON payment_transfer (payment_id)`);
    await db.query(`
      CREATE TABLE payment_refund (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payment (id),
        reference text NOT NULL UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        reason text NOT NULL,
        provider_refund_id text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX payment_refund_payment_idx ON payment_refund (payment_id)`);
    await db.query(`
      CREATE TABLE payment_dispute (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payment (id),
        provider_dispute_id text NOT NULL UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Every webhook event, stored by the provider's id: a redelivery finds its row and changes nothing.
    await db.query(`
      CREATE TABLE provider_event (
        id text PRIMARY KEY,
        provider text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('APPLIED', 'IGNORED')),
        note text,
        provider_created_at timestamptz,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE provider_event, payment_dispute, payment_refund, payment_transfer, payout_account, payment`);
    await db.query(`DROP TABLE ledger_entry, ledger_transaction`);
    await db.query(`DROP FUNCTION ledger_refuse_change(), ledger_assert_balanced()`);
  }
}
