import { MigrationInterface, QueryRunner } from 'typeorm';

export class WholesaleDeals1732401200000 implements MigrationInterface {
  name = 'WholesaleDeals1732401200000';

  async up(db: QueryRunner): Promise<void> {
    // An offer sells a lot or a product in whole units of `unit`; available_quantity falls as orders reserve it.
    await db.query(`
      CREATE TABLE wholesale_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_organisation_id uuid NOT NULL REFERENCES organisation (id),
        lot_id uuid REFERENCES provenance_lot (id),
        product_id uuid REFERENCES product (id),
        category_id uuid REFERENCES category (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        unit text NOT NULL,
        total_quantity int NOT NULL CHECK (total_quantity > 0),
        available_quantity int NOT NULL CHECK (available_quantity >= 0 AND available_quantity <= total_quantity),
        minimum_quantity int NOT NULL CHECK (minimum_quantity > 0 AND minimum_quantity <= total_quantity),
        currency char(3) NOT NULL,
        vat_rate_bp int NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
        incoterm text NOT NULL CHECK (incoterm IN ('EXW','FCA','CPT','CIP','DAP','DPU','DDP','FAS','FOB','CFR','CIF')),
        incoterm_place text NOT NULL,
        lead_time_days int NOT NULL CHECK (lead_time_days >= 0),
        payment_net_days int NOT NULL CHECK (payment_net_days BETWEEN 0 AND 365),
        skonto_bp int NOT NULL DEFAULT 0 CHECK (skonto_bp BETWEEN 0 AND 10000),
        skonto_days int NOT NULL DEFAULT 0 CHECK (skonto_days >= 0),
        invoicing text NOT NULL CHECK (invoicing IN ('PER_DELIVERY', 'AT_END')),
        valid_from timestamptz NOT NULL,
        valid_until timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'WITHDRAWN', 'EXPIRED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (lot_id IS NOT NULL OR product_id IS NOT NULL),
        CHECK (valid_until > valid_from),
        CHECK (skonto_days <= payment_net_days)
      )`);
    await db.query(`CREATE INDEX wholesale_offer_open ON wholesale_offer (valid_until, id) WHERE state = 'OPEN'`);
    await db.query(`CREATE INDEX wholesale_offer_seller ON wholesale_offer (seller_organisation_id, created_at)`);
    // The tier whose min_quantity the ordered quantity reaches prices the whole quantity.
    await db.query(`
      CREATE TABLE wholesale_offer_tier (
        offer_id uuid NOT NULL REFERENCES wholesale_offer (id) ON DELETE CASCADE,
        min_quantity int NOT NULL CHECK (min_quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price > 0),
        PRIMARY KEY (offer_id, min_quantity)
      )`);

    await db.query(`
      CREATE TABLE wholesale_negotiation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES wholesale_offer (id),
        buyer_organisation_id uuid NOT NULL REFERENCES organisation (id),
        seller_organisation_id uuid NOT NULL REFERENCES organisation (id),
        state text NOT NULL CHECK (state IN ('REQUESTED','OFFERED','COUNTERED','ACCEPTED','DECLINED','EXPIRED','WITHDRAWN')),
        round int NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK (buyer_organisation_id <> seller_organisation_id)
      )`);
    await db.query(`CREATE INDEX wholesale_negotiation_buyer ON wholesale_negotiation (buyer_organisation_id, updated_at)`);
    await db.query(`CREATE INDEX wholesale_negotiation_seller ON wholesale_negotiation (seller_organisation_id, updated_at)`);
    await db.query(
      `CREATE INDEX wholesale_negotiation_open ON wholesale_negotiation (expires_at) WHERE state IN ('REQUESTED','OFFERED','COUNTERED')`,
    );
    // Every proposal of a negotiation, round by round: the request for quote is round 0.
    await db.query(`
      CREATE TABLE wholesale_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        negotiation_id uuid NOT NULL REFERENCES wholesale_negotiation (id),
        round int NOT NULL,
        side text NOT NULL CHECK (side IN ('BUYER', 'SELLER')),
        proposed_by uuid NOT NULL REFERENCES account (id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price > 0),
        currency char(3) NOT NULL,
        delivery_date date NOT NULL,
        valid_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (negotiation_id, round)
      )`);
    await db.query(`
      CREATE TABLE wholesale_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        negotiation_id uuid NOT NULL REFERENCES wholesale_negotiation (id),
        side text NOT NULL CHECK (side IN ('BUYER', 'SELLER')),
        author_id uuid NOT NULL REFERENCES account (id),
        proposal_id uuid REFERENCES wholesale_proposal (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX wholesale_message_thread ON wholesale_message (negotiation_id, created_at)`);

    // The accepted proposal, as ordered: its quantity is reserved from the offer.
    await db.query(`
      CREATE TABLE wholesale_purchase_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        negotiation_id uuid NOT NULL UNIQUE REFERENCES wholesale_negotiation (id),
        offer_id uuid NOT NULL REFERENCES wholesale_offer (id),
        buyer_organisation_id uuid NOT NULL REFERENCES organisation (id),
        seller_organisation_id uuid NOT NULL REFERENCES organisation (id),
        state text NOT NULL CHECK (state IN ('CONFIRMED','PARTLY_DELIVERED','DELIVERED','COMPLETED','CANCELLED')),
        quantity int NOT NULL CHECK (quantity > 0),
        delivered_quantity int NOT NULL DEFAULT 0,
        unit_price bigint NOT NULL CHECK (unit_price > 0),
        currency char(3) NOT NULL,
        vat_rate_bp int NOT NULL,
        delivery_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (delivered_quantity BETWEEN 0 AND quantity)
      )`);
    await db.query(`CREATE INDEX wholesale_po_buyer ON wholesale_purchase_order (buyer_organisation_id, created_at)`);
    await db.query(`CREATE INDEX wholesale_po_seller ON wholesale_purchase_order (seller_organisation_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'wholesale_purchase_order',
      'wholesale_message',
      'wholesale_proposal',
      'wholesale_negotiation',
      'wholesale_offer_tier',
      'wholesale_offer',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
