import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckoutStepsAndGuests1732400901000 implements MigrationInterface {
  name = 'CheckoutStepsAndGuests1732400901000';

  async up(db: QueryRunner): Promise<void> {
    // The checkout steps before paying live on the cart: where it goes, and a guest's e-mail address.
    await db.query(`ALTER TABLE cart ADD COLUMN delivery_address jsonb, ADD COLUMN contact_email text`);

    // A guest checks out with an e-mail address instead of an account, and finds the checkout again by its token.
    await db.query(`
      ALTER TABLE checkout
        ALTER COLUMN buyer_id DROP NOT NULL,
        ADD COLUMN guest_email text,
        ADD COLUMN access_token text UNIQUE,
        ADD COLUMN cart_id uuid,
        ADD CONSTRAINT checkout_buyer_or_guest_check CHECK (buyer_id IS NOT NULL OR guest_email IS NOT NULL),
        ADD CONSTRAINT checkout_cart_key UNIQUE (cart_id, idempotency_key)`);
    await db.query(`CREATE INDEX checkout_guest_email_idx ON checkout (guest_email) WHERE buyer_id IS NULL`);

    // The order keeps who receives it and where, as it was at checkout.
    await db.query(`
      ALTER TABLE trade_order
        ALTER COLUMN buyer_id DROP NOT NULL,
        ADD COLUMN buyer_name text,
        ADD COLUMN delivery_address jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE trade_order DROP COLUMN delivery_address, DROP COLUMN buyer_name`);
    await db.query(`DELETE FROM checkout WHERE buyer_id IS NULL`);
    await db.query(`
      ALTER TABLE checkout
        DROP CONSTRAINT checkout_cart_key,
        DROP CONSTRAINT checkout_buyer_or_guest_check,
        DROP COLUMN cart_id,
        DROP COLUMN access_token,
        DROP COLUMN guest_email,
        ALTER COLUMN buyer_id SET NOT NULL`);
    await db.query(`ALTER TABLE cart DROP COLUMN contact_email, DROP COLUMN delivery_address`);
  }
}
