import { MigrationInterface, QueryRunner } from 'typeorm';

export class Trade1732400500000 implements MigrationInterface {
  name = 'Trade1732400500000';

  async up(db: QueryRunner): Promise<void> {
    // Shipping: a product's own options, and a seller's combined parcels and free-shipping threshold.
    await db.query(`
      CREATE TABLE product_shipping_option (
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PICKUP', 'PARCEL')),
        price bigint NOT NULL CHECK (price >= 0),
        items_per_parcel int CHECK (items_per_parcel >= 1),
        PRIMARY KEY (product_id, kind),
        CHECK ((kind = 'PARCEL') = (items_per_parcel IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE seller_shipping (
        seller_id uuid PRIMARY KEY,
        combined_parcel_price bigint CHECK (combined_parcel_price >= 0),
        combined_items_per_parcel int CHECK (combined_items_per_parcel >= 1),
        free_shipping_threshold bigint CHECK (free_shipping_threshold >= 0),
        currency char(3) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((combined_parcel_price IS NULL) = (combined_items_per_parcel IS NULL))
      )`);

    // Carts: a guest's by its token, a logged-in buyer's by account (one each).
    await db.query(`
      CREATE TABLE cart (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token text UNIQUE,
        account_id uuid UNIQUE REFERENCES account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((token IS NULL) <> (account_id IS NULL))
      )`);
    await db.query(`
      CREATE TABLE cart_item (
        cart_id uuid NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 99),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cart_id, product_id)
      )`);
    await db.query(`
      CREATE TABLE cart_shipping_choice (
        cart_id uuid NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
        seller_id uuid NOT NULL,
        method text NOT NULL CHECK (method IN ('DELIVERY', 'PICKUP')),
        PRIMARY KEY (cart_id, seller_id)
      )`);

    // Checkout: one per idempotency key and buyer; one payment for the total; reservations until expires_at.
    await db.query(`
      CREATE TABLE checkout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        buyer_id uuid NOT NULL REFERENCES account (id),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        state text NOT NULL CHECK (state IN ('PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED')),
        total_amount bigint NOT NULL CHECK (total_amount >= 0),
        currency char(3) NOT NULL,
        payment_id uuid,
        client_secret text,
        test_mode boolean,
        payment_error text,
        expires_at timestamptz NOT NULL,
        paid_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (buyer_id, idempotency_key)
      )`);
    await db.query(`CREATE INDEX checkout_pending_idx ON checkout (expires_at) WHERE state = 'PENDING_PAYMENT'`);
    await db.query(`CREATE INDEX checkout_payment_idx ON checkout (payment_id)`);

    // Orders: one per seller of a checkout; lines snapshot what was bought and where its money goes.
    await db.query(`
      CREATE TABLE trade_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        checkout_id uuid NOT NULL REFERENCES checkout (id),
        buyer_id uuid NOT NULL REFERENCES account (id),
        seller_id uuid NOT NULL,
        seller_kind text NOT NULL CHECK (seller_kind IN ('PERSON', 'ORGANISATION')),
        seller_name text NOT NULL,
        seller_terms text,
        seller_withdrawal_policy text,
        seller_imprint text,
        state text NOT NULL CHECK (state IN ('PENDING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED')),
        currency char(3) NOT NULL,
        items_amount bigint NOT NULL CHECK (items_amount >= 0),
        shipping_method text NOT NULL CHECK (shipping_method IN ('DELIVERY', 'PICKUP')),
        shipping_amount bigint NOT NULL CHECK (shipping_amount >= 0),
        total_amount bigint NOT NULL CHECK (total_amount = items_amount + shipping_amount),
        refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount BETWEEN 0 AND total_amount),
        carrier text,
        tracking_code text,
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz,
        shipped_at timestamptz,
        delivered_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX trade_order_checkout_idx ON trade_order (checkout_id)`);
    await db.query(`CREATE INDEX trade_order_buyer_idx ON trade_order (buyer_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX trade_order_seller_idx ON trade_order (seller_id, created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX trade_order_timers_idx ON trade_order (state, shipped_at, delivered_at) WHERE state IN ('SHIPPED', 'DELIVERED')`,
    );
    await db.query(`
      CREATE TABLE order_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES trade_order (id) ON DELETE CASCADE,
        position int NOT NULL,
        product_id uuid NOT NULL REFERENCES product (id),
        title text NOT NULL,
        quantity int NOT NULL CHECK (quantity >= 1),
        unit_price bigint NOT NULL CHECK (unit_price >= 0),
        gross bigint NOT NULL CHECK (gross = unit_price * quantity),
        vat_rate_bp int NOT NULL,
        vat bigint NOT NULL,
        donation bigint NOT NULL,
        donation_organisation_id uuid,
        platform_fee bigint NOT NULL,
        fair_fund bigint NOT NULL,
        producer_share bigint NOT NULL,
        fair boolean NOT NULL,
        CHECK (vat + donation + platform_fee + fair_fund + producer_share = gross),
        UNIQUE (order_id, position)
      )`);
    await db.query(`CREATE INDEX order_line_product_idx ON order_line (product_id)`);
    await db.query(`
      CREATE TABLE order_refund (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES trade_order (id),
        amount bigint NOT NULL CHECK (amount > 0),
        reason text NOT NULL CHECK (reason IN ('RETURNED', 'NOT_IN_STOCK', 'NOT_PAID', 'CANCELLED', 'OTHER')),
        note text NOT NULL DEFAULT '',
        parts jsonb NOT NULL,
        provider_refund_id text,
        created_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX order_refund_order_idx ON order_refund (order_id, created_at)`);
    await db.query(`
      CREATE TABLE seller_rating (
        order_id uuid PRIMARY KEY REFERENCES trade_order (id),
        seller_id uuid NOT NULL,
        buyer_id uuid NOT NULL REFERENCES account (id),
        rating text NOT NULL CHECK (rating IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX seller_rating_seller_idx ON seller_rating (seller_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'seller_rating',
      'order_refund',
      'order_line',
      'trade_order',
      'checkout',
      'cart_shipping_choice',
      'cart_item',
      'cart',
      'seller_shipping',
      'product_shipping_option',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
