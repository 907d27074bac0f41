import { MigrationInterface, QueryRunner } from 'typeorm';

export class WholesaleOnlinePayments1732401230000 implements MigrationInterface {
  name = 'WholesaleOnlinePayments1732401230000';

  async up(db: QueryRunner): Promise<void> {
    // The buyer's intent to pay an invoice online, committed before the payment provider is
    // called: its id is the payment's reference, so the provider's idempotency key comes from it.
    await db.query(`
      CREATE TABLE wholesale_invoice_online_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES wholesale_invoice (id),
        idempotency_key text NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        paid_on date NOT NULL,
        state text NOT NULL CHECK (state IN ('STARTED', 'SUCCEEDED', 'FAILED', 'UNAPPLIED')),
        payment_id uuid,
        invoice_payment_id uuid REFERENCES wholesale_invoice_payment (id),
        started_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (invoice_id, idempotency_key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE wholesale_invoice_online_payment`);
  }
}
