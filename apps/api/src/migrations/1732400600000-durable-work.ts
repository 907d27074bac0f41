import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event outbox's record: every domain event as published, and which subscriber has
 * handled which event (so a redelivered event is skipped). The job queue itself (schema
 * `pgboss`) is created and migrated by pg-boss at start.
 */
export class DurableWork1732400600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE domain_event (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX domain_event_name_idx ON domain_event (name, occurred_at);
      CREATE TABLE handled_event (
        event_id uuid NOT NULL REFERENCES domain_event (id),
        subscriber text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, subscriber)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE handled_event; DROP TABLE domain_event;`);
  }
}
