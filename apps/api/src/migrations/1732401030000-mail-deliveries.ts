import { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per mail sent for an event and recipient, so a redelivered event sends no second mail. */
export class MailDeliveries1732401030000 implements MigrationInterface {
  name = 'MailDeliveries1732401030000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_delivery (
        key text PRIMARY KEY,
        event_id uuid NOT NULL,
        kind text NOT NULL,
        recipient text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX mail_delivery_event_idx ON mail_delivery (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_delivery`);
  }
}
