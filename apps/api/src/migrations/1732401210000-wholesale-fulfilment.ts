import { MigrationInterface, QueryRunner } from 'typeorm';

export class WholesaleFulfilment1732401210000 implements MigrationInterface {
  name = 'WholesaleFulfilment1732401210000';

  async up(db: QueryRunner): Promise<void> {
    // Each delivery of a purchase order, with its note; lot_id is the lot whose custody passed to the buyer.
    await db.query(`
      CREATE TABLE wholesale_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purchase_order_id uuid NOT NULL REFERENCES wholesale_purchase_order (id),
        position int NOT NULL CHECK (position >= 1),
        quantity int NOT NULL CHECK (quantity > 0),
        note text NOT NULL,
        lot_id uuid REFERENCES provenance_lot (id),
        custody_record_id uuid,
        recorded_by uuid NOT NULL REFERENCES account (id),
        delivered_at timestamptz NOT NULL,
        UNIQUE (purchase_order_id, position)
      )`);

    // The last invoice number each seller co-op gave out: taking the next one locks the row until commit,
    // so concurrent invoices queue and a rolled-back one gives its number back (no gaps).
    await db.query(`
      CREATE TABLE wholesale_invoice_sequence (
        seller_organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
        last_number int NOT NULL CHECK (last_number >= 1)
      )`);
    await db.query(`
      CREATE TABLE wholesale_invoice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_organisation_id uuid NOT NULL REFERENCES organisation (id),
        number int NOT NULL,
        purchase_order_id uuid NOT NULL REFERENCES wholesale_purchase_order (id),
        buyer_organisation_id uuid NOT NULL REFERENCES organisation (id),
        state text NOT NULL CHECK (state IN ('ISSUED', 'OVERDUE', 'PAID')),
        currency char(3) NOT NULL,
        net_amount bigint NOT NULL CHECK (net_amount > 0),
        vat_rate_bp int NOT NULL,
        vat_category text NOT NULL CHECK (vat_category IN ('S', 'AE', 'G', 'O')),
        vat_amount bigint NOT NULL CHECK (vat_amount >= 0),
        gross_amount bigint NOT NULL,
        paid_amount bigint NOT NULL DEFAULT 0,
        skonto_bp int NOT NULL,
        skonto_until date NOT NULL,
        due_date date NOT NULL,
        issued_at timestamptz NOT NULL,
        paid_at timestamptz,
        reminders int NOT NULL DEFAULT 0,
        last_reminded_at timestamptz,
        seller_snapshot jsonb NOT NULL,
        buyer_snapshot jsonb NOT NULL,
        UNIQUE (seller_organisation_id, number),
        CHECK (gross_amount = net_amount + vat_amount),
        CHECK (paid_amount BETWEEN 0 AND gross_amount)
      )`);
    await db.query(`CREATE INDEX wholesale_invoice_order ON wholesale_invoice (purchase_order_id)`);
    await db.query(`CREATE INDEX wholesale_invoice_open ON wholesale_invoice (due_date) WHERE state <> 'PAID'`);
    await db.query(`
      CREATE TABLE wholesale_invoice_line (
        invoice_id uuid NOT NULL REFERENCES wholesale_invoice (id),
        delivery_id uuid NOT NULL UNIQUE REFERENCES wholesale_delivery (id),
        position int NOT NULL,
        description text NOT NULL,
        unit text NOT NULL,
        quantity int NOT NULL,
        unit_price bigint NOT NULL,
        net_amount bigint NOT NULL,
        PRIMARY KEY (invoice_id, position)
      )`);
    await db.query(`
      CREATE TABLE wholesale_invoice_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES wholesale_invoice (id),
        method text NOT NULL CHECK (method IN ('BANK_TRANSFER', 'ONLINE')),
        amount bigint NOT NULL CHECK (amount > 0),
        skonto_amount bigint NOT NULL DEFAULT 0,
        reference text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES account (id),
        paid_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'wholesale_invoice_payment',
      'wholesale_invoice_line',
      'wholesale_invoice',
      'wholesale_invoice_sequence',
      'wholesale_delivery',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
