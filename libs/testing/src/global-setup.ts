import { Client } from 'pg';

/**
 * Jest global setup: drops the databases an earlier run left, so this run migrates afresh.
 * It needs only `pg`: loading the app here would register its GraphQL types a second time.
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  try {
    const stale = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'allmende_test_%'`);
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
