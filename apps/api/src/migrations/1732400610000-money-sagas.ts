import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money that survives a crash: every call to the provider is preceded by a committed intent
 * row (REQUESTED) whose id makes the idempotency key, and followed by a second transaction
 * recording the answer. Also the records the refund, dispute and payout webhooks update, and
 * the uploaded file of a CSV import, so an import interrupted by a crash resumes.
 */
export class MoneySagas1732400610000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE payment_transfer DROP CONSTRAINT payment_transfer_status_check;
      ALTER TABLE payment_transfer ADD CONSTRAINT payment_transfer_status_check
        CHECK (status IN ('AWAITING_ACCOUNT', 'REQUESTED', 'SENT', 'FAILED', 'REVERSED'));
      ALTER TABLE payment_transfer ADD COLUMN reversed_amount bigint NOT NULL DEFAULT 0 CHECK (reversed_amount >= 0);

      ALTER TABLE payment_refund ADD COLUMN status text NOT NULL DEFAULT 'SUCCEEDED'
        CHECK (status IN ('REQUESTED', 'SUCCEEDED', 'FAILED'));
      ALTER TABLE payment_refund ADD COLUMN failure_reason text;
      ALTER TABLE payment_refund ADD COLUMN transfer_reversed_amount bigint NOT NULL DEFAULT 0;
      ALTER TABLE payment_refund ALTER COLUMN status SET DEFAULT 'REQUESTED';

      ALTER TABLE payment_dispute ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WON', 'LOST'));

      CREATE TABLE payout (
        provider_payout_id text PRIMARY KEY,
        seller_id uuid NOT NULL,
        amount bigint NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('PAID', 'FAILED')),
        failure_message text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX payout_seller_idx ON payout (seller_id, updated_at DESC);

      ALTER TABLE order_refund ADD COLUMN status text NOT NULL DEFAULT 'DONE' CHECK (status IN ('REQUESTED', 'DONE', 'FAILED'));
      ALTER TABLE order_refund ALTER COLUMN status SET DEFAULT 'REQUESTED';
      ALTER TABLE order_refund ADD COLUMN idempotency_key text;
      ALTER TABLE order_refund ADD COLUMN failure_reason text;
      CREATE UNIQUE INDEX order_refund_idempotency_idx ON order_refund (order_id, idempotency_key);

      ALTER TABLE product_import ADD COLUMN file bytea;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE product_import DROP COLUMN file;
      DROP INDEX order_refund_idempotency_idx;
      ALTER TABLE order_refund DROP COLUMN failure_reason, DROP COLUMN idempotency_key, DROP COLUMN status;
      DROP TABLE payout;
      ALTER TABLE payment_dispute DROP COLUMN status;
      ALTER TABLE payment_refund DROP COLUMN transfer_reversed_amount, DROP COLUMN failure_reason, DROP COLUMN status;
      ALTER TABLE payment_transfer DROP COLUMN reversed_amount;
    `);
  }
}
