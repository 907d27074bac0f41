import { MigrationInterface, QueryRunner } from 'typeorm';

export class Dividends1764700000000 implements MigrationInterface {
  name = 'Dividends1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // Fiscal years: [starts_at, ends_at), OPEN -> CLOSED. One per label; periods never overlap (checked when created).
    await db.query(`
      CREATE TABLE fiscal_year (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        label text NOT NULL UNIQUE CHECK (label <> ''),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        currency char(3) NOT NULL DEFAULT 'EUR',
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CLOSED')),
        closed_at timestamptz,
        closed_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at),
        CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    // Costs the board enters; each is also a ledger posting (coop:costs debit, coop:bank credit). Append-only.
    await db.query(`
      CREATE TABLE fiscal_cost (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fiscal_year_id uuid NOT NULL REFERENCES fiscal_year (id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        description text NOT NULL CHECK (description <> ''),
        document_reference text NOT NULL CHECK (document_reference <> ''),
        ledger_transaction_id uuid NOT NULL,
        entered_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX fiscal_cost_year_idx ON fiscal_cost (fiscal_year_id)`);
    // Workers' hours, entered by staff, append-only; hundredths of an hour so no fraction is ever a float.
    await db.query(`
      CREATE TABLE worker_hours (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id),
        worked_on date NOT NULL,
        centihours int NOT NULL CHECK (centihours > 0 AND centihours <= 2400),
        note text NOT NULL DEFAULT '',
        entered_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX worker_hours_member_idx ON worker_hours (worked_on, member_id)`);
    // How a member wants its dividend: new shares or money; money by Stripe (connected organisations) or to an IBAN.
    await db.query(`
      CREATE TABLE dividend_payout_choice (
        member_id uuid PRIMARY KEY REFERENCES member (id),
        method text NOT NULL CHECK (method IN ('MONEY', 'SHARES')),
        iban text CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
        account_holder text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((iban IS NULL) = (account_holder IS NULL))
      )`);
    // One run per fiscal year that is not rejected; the figures are the run's, the lines below its members'.
    await db.query(`
      CREATE TABLE dividend_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fiscal_year_id uuid NOT NULL REFERENCES fiscal_year (id),
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'PROPOSED', 'APPROVED', 'REJECTED', 'PAID')),
        currency char(3) NOT NULL,
        revenue bigint NOT NULL,
        costs bigint NOT NULL,
        surplus bigint NOT NULL,
        reserve bigint NOT NULL CHECK (reserve >= 0),
        investor_pool bigint NOT NULL CHECK (investor_pool >= 0),
        investor_cap bigint NOT NULL CHECK (investor_cap >= 0),
        patronage_pool bigint NOT NULL CHECK (patronage_pool >= 0),
        class_pools jsonb NOT NULL,
        parameters jsonb NOT NULL,
        digest text NOT NULL,
        runs int NOT NULL DEFAULT 1,
        proposal_id uuid,
        created_by uuid NOT NULL REFERENCES account (id),
        computed_at timestamptz NOT NULL,
        proposed_at timestamptz,
        approved_at timestamptz,
        paid_at timestamptz,
        sepa_executed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (surplus <= 0 OR reserve + investor_pool + patronage_pool = surplus)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX dividend_allocation_one_per_year ON dividend_allocation (fiscal_year_id) WHERE state <> 'REJECTED'`,
    );
    await db.query(`CREATE UNIQUE INDEX dividend_allocation_proposal_key ON dividend_allocation (proposal_id)`);
    // Each member's part: its weight (patronage, or share-days for investors), its class pool and total, the floor,
    // the cent from the rounding, and the payout form chosen before the run.
    await db.query(`
      CREATE TABLE dividend_allocation_line (
        allocation_id uuid NOT NULL REFERENCES dividend_allocation (id) ON DELETE CASCADE,
        member_id uuid NOT NULL,
        member_class text NOT NULL,
        tier text NOT NULL CHECK (tier IN ('INVESTOR', 'PATRONAGE')),
        weight bigint NOT NULL CHECK (weight > 0),
        purchases bigint NOT NULL DEFAULT 0,
        refunds bigint NOT NULL DEFAULT 0,
        capital_days bigint NOT NULL DEFAULT 0,
        class_pool bigint NOT NULL DEFAULT 0,
        class_weight bigint NOT NULL DEFAULT 0,
        base bigint NOT NULL DEFAULT 0,
        remainder numeric NOT NULL DEFAULT 0,
        rounding int NOT NULL DEFAULT 0 CHECK (rounding IN (0, 1)),
        amount bigint NOT NULL DEFAULT 0 CHECK (amount >= 0),
        payout_method text NOT NULL CHECK (payout_method IN ('MONEY', 'SHARES')),
        PRIMARY KEY (allocation_id, member_id)
      )`);
    // What was paid out to whom and how: shares booked, a Stripe transfer, a SEPA credit transfer, or money held.
    await db.query(`
      CREATE TABLE dividend_payout (
        allocation_id uuid NOT NULL REFERENCES dividend_allocation (id),
        member_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('SHARES', 'STRIPE', 'SEPA', 'HELD')),
        amount bigint NOT NULL CHECK (amount > 0),
        shares int NOT NULL DEFAULT 0,
        share_price bigint,
        iban text,
        account_holder text,
        provider_account_id text,
        provider_transfer_id text,
        state text NOT NULL CHECK (state IN ('PENDING', 'DONE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz,
        PRIMARY KEY (allocation_id, member_id, channel)
      )`);
    for (const table of ['fiscal_cost', 'worker_hours']) {
      await db.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION provenance_refuse_change()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE dividend_payout, dividend_allocation_line, dividend_allocation, dividend_payout_choice, worker_hours, fiscal_cost, fiscal_year`,
    );
  }
}
