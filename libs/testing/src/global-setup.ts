import { Client } from 'pg';

const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Jest global setup: names this run's databases after its process id (so test runs side by
 * side never touch each other's) and drops what runs that have ended left behind.
 * It needs only `pg`: loading the app here would register its GraphQL types a second time.
 */
export default async function globalSetup(): Promise<void> {
  process.env.ALLMENDE_TEST_RUN = String(process.pid);
  await dropTestDatabases((pid) => !isRunning(pid));
}

/** Drops the test databases of the runs `whose(pid)` picks. */
export async function dropTestDatabases(whose: (pid: number) => boolean): Promise<void> {
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    const existing = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'allmende_test_%'`,
    );
    for (const { datname } of existing.rows) {
      const pid = Number(/^allmende_test_(\d+)_/.exec(datname)?.[1]);
      if (!pid || whose(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
