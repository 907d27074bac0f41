import { MigrationInterface, QueryRunner } from 'typeorm';

export class Governance1732401120000 implements MigrationInterface {
  name = 'Governance1732401120000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number int GENERATED ALWAYS AS IDENTITY UNIQUE,
        author_member_id uuid NOT NULL REFERENCES member (id),
        author_account_id uuid NOT NULL REFERENCES account (id),
        kind text NOT NULL CHECK (kind IN ('GENERAL', 'POLICY_CHANGE', 'BYLAW_CHANGE', 'DIVIDEND_ALLOCATION')),
        state text NOT NULL DEFAULT 'DRAFT'
          CHECK (state IN ('DRAFT', 'DELIBERATION', 'VOTING', 'CLOSED', 'IMPLEMENTING', 'IMPLEMENTED')),
        outcome text CHECK (outcome IN ('PASSED', 'REJECTED', 'NO_QUORUM')),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        problem_statement text NOT NULL,
        body text NOT NULL,
        poll_type text NOT NULL CHECK (poll_type IN ('CONSENT', 'SINGLE_CHOICE', 'RANKED_CHOICE', 'SCORE')),
        options jsonb NOT NULL DEFAULT '[]',
        policy_changes jsonb NOT NULL DEFAULT '[]',
        allocation_id uuid,
        version int NOT NULL DEFAULT 0,
        deliberation_started_at timestamptz,
        voting_opened_at timestamptz,
        voting_closes_at timestamptz,
        closing_soon_sent boolean NOT NULL DEFAULT false,
        closed_at timestamptz,
        electorate_size int,
        rules jsonb,
        result jsonb,
        implemented_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'DIVIDEND_ALLOCATION') = (allocation_id IS NOT NULL)),
        CHECK ((state IN ('CLOSED', 'IMPLEMENTING', 'IMPLEMENTED')) = (outcome IS NOT NULL)),
        CHECK (state NOT IN ('IMPLEMENTING', 'IMPLEMENTED') OR outcome = 'PASSED')
      )`);
    await db.query(`CREATE INDEX proposal_state_idx ON proposal (state, created_at DESC)`);
    await db.query(`CREATE INDEX proposal_closing_idx ON proposal (voting_closes_at) WHERE state = 'VOTING'`);
    await db.query(`
      CREATE TABLE proposal_amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        version int NOT NULL,
        summary text NOT NULL,
        title text NOT NULL,
        problem_statement text NOT NULL,
        body text NOT NULL,
        options jsonb NOT NULL,
        policy_changes jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (proposal_id, version)
      )`);
    await db.query(`
      CREATE TABLE proposal_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        parent_id uuid REFERENCES proposal_post (id),
        member_id uuid NOT NULL REFERENCES member (id),
        member_class text NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX proposal_post_proposal_idx ON proposal_post (proposal_id, created_at)`);
    // The electorate frozen when voting opens; a ballot must name one of its members.
    await db.query(`
      CREATE TABLE proposal_elector (
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        member_id uuid NOT NULL REFERENCES member (id),
        member_class text NOT NULL,
        account_id uuid NOT NULL REFERENCES account (id),
        PRIMARY KEY (proposal_id, member_id)
      )`);
    await db.query(`
      CREATE TABLE ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL,
        member_id uuid NOT NULL,
        member_class text NOT NULL,
        choice jsonb NOT NULL,
        receipt text NOT NULL UNIQUE,
        cast_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ballot_one_per_member UNIQUE (proposal_id, member_id),
        FOREIGN KEY (proposal_id, member_id) REFERENCES proposal_elector (proposal_id, member_id)
      )`);
    await db.query(`
      CREATE TABLE implementation_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        title text NOT NULL,
        owner_member_id uuid NOT NULL REFERENCES member (id),
        due_on date NOT NULL,
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`
      CREATE TABLE proposal_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        member_id uuid NOT NULL REFERENCES member (id),
        what_worked text NOT NULL,
        what_did_not text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (proposal_id, member_id)
      )`);
    // Notifications are one row per proposal event, shown to its audience when read (members for a new proposal,
    // the frozen electorate for the vote's news), so closing a vote of 100,000 writes one row, not 100,000.
    await db.query(`
      CREATE TABLE governance_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('PROPOSAL_PUBLISHED', 'VOTING_OPENED', 'VOTING_CLOSES_SOON', 'RESULT')),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (proposal_id, kind)
      )`);
    await db.query(`CREATE INDEX governance_notice_created_idx ON governance_notice (created_at DESC)`);
    await db.query(`CREATE INDEX proposal_elector_account_idx ON proposal_elector (account_id, proposal_id)`);
    await db.query(`
      CREATE TABLE notification_read_mark (
        account_id uuid PRIMARY KEY REFERENCES account (id),
        read_up_to timestamptz NOT NULL
      )`);
    for (const table of ['proposal_amendment', 'proposal_post', 'proposal_review']) {
      await db.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION provenance_refuse_change()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE notification_read_mark, governance_notice, proposal_review, implementation_task, ballot, proposal_elector, proposal_post, proposal_amendment, proposal`,
    );
  }
}
