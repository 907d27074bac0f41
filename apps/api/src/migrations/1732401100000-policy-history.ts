import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyHistory1732401100000 implements MigrationInterface {
  name = 'PolicyHistory1732401100000';

  async up(db: QueryRunner): Promise<void> {
    // Which passed proposal set a value; one value per parameter and proposal, so a proposal's change applies once.
    await db.query(`ALTER TABLE policy_version ADD COLUMN proposal_id uuid`);
    await db.query(
      `CREATE UNIQUE INDEX policy_version_proposal_key ON policy_version (proposal_id, key) WHERE proposal_id IS NOT NULL`,
    );
    // The history is never rewritten: the same refusal as provenance's append-only tables.
    await db.query(
      `CREATE TRIGGER policy_version_append_only BEFORE UPDATE OR DELETE ON policy_version FOR EACH ROW EXECUTE FUNCTION provenance_refuse_change()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER policy_version_append_only ON policy_version`);
    await db.query(`DROP INDEX policy_version_proposal_key`);
    await db.query(`ALTER TABLE policy_version DROP COLUMN proposal_id`);
  }
}
