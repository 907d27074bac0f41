import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { retryOnConflict } from '@allmende/core';
import { AppUnderTest, defaultAppUnderTest } from './app-under-test';

/** The PostgreSQL server the tests use; CI starts it at 127.0.0.1:5432 (trust auth). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** This run's databases carry the id the global setup gave it. */
const RUN = `allmende_test_${process.env.ALLMENDE_TEST_RUN ?? process.pid}`;
const TEMPLATE = `${RUN}_template`;

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * This jest worker's own database, cloned from a template that the first worker to get here
 * migrates (under an advisory lock, so the migrations run once per test run). It runs inside
 * the worker, not in the global setup, so the app's modules load only in the test sandbox.
 */
export async function workerDatabaseUrl(app: AppUnderTest = defaultAppUnderTest()): Promise<string> {
  const name = `${RUN}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  await withAdmin(async (admin) => {
    await admin.query(`SELECT pg_advisory_lock(hashtext($1))`, [TEMPLATE]);
    try {
      const template = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [TEMPLATE]);
      if (!template.rowCount) {
        await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
        const dataSource = new DataSource(app.dataSourceOptions(databaseUrl(TEMPLATE), { embedded: false }));
        await dataSource.initialize(); // runs the migrations (migrationsRun)
        await dataSource.destroy();
      }
      const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
    } finally {
      await admin.query(`SELECT pg_advisory_unlock(hashtext($1))`, [TEMPLATE]);
    }
  });
  return databaseUrl(name);
}

/** Empties every table but the migration history, and the job queue, so each test starts from a clean database. */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  // A job still running from the last test may hold locks the truncation needs: a deadlock is tried again.
  await retryOnConflict(() => truncateTables(dataSource));
}

async function truncateTables(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job; END IF; END $$`);
  const tables = await dataSource.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  if (tables.length) {
    await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
}
