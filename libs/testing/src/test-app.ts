import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { JobQueue } from '@allmende/core';
import { AppUnderTest, defaultAppUnderTest, RunningTestServer } from './app-under-test';
import { GraphqlClient } from './graphql-client';
import { truncateAll, workerDatabaseUrl } from './test-database';

export interface TestApp {
  server: RunningTestServer;
  /** The base URL the app listens on, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** A guest client; `.as(token)` for a logged-in one. */
  gql: GraphqlClient;
  dataSource: DataSource;
  /** Waits until every queued job and event subscriber has run (they run after the commits that sent them). */
  settle(): Promise<void>;
  /** This app's own DATA_DIR (a fresh temporary folder): mail is written to its mail/, photos to media/. */
  dataDir: string;
  /** Empties every table, for a clean start in `beforeEach`. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestAppOptions {
  env?: Record<string, string>;
  /** The app under test; the whole marketplace unless given. */
  app?: AppUnderTest;
}

/**
 * The real app, on this jest worker's own PostgreSQL database (cloned from the migrated
 * template), listening on a free port: tests talk to it over HTTP. Takes the settings to
 * change (`createTestApp({ STRIPE_SECRET_KEY: ... })`) or options with the app under test.
 */
export async function createTestApp(options: Record<string, string> | TestAppOptions = {}): Promise<TestApp> {
  const { env = {}, app = defaultAppUnderTest() } = isOptions(options) ? options : { env: options };
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-test-'));
  const config = app.loadConfig(testAppEnv(await workerDatabaseUrl(app), { DATA_DIR: dataDir, ...env }));
  const server = await app.startServer(config);
  const dataSource = server.app.get(DataSource);
  await truncateAll(dataSource);
  return {
    server,
    baseUrl: server.url,
    gql: new GraphqlClient(server.app.getHttpServer()),
    dataSource,
    settle: () => server.app.get(JobQueue).settle(),
    dataDir,
    reset: async () => {
      await truncateAll(dataSource);
      for (const folder of ['mail', 'media']) rmSync(join(dataDir, folder), { recursive: true, force: true });
    },
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The settings every app under test runs with (its own database, a free port, no demo, no timers of its own), plus `env`. */
export function testAppEnv(databaseUrl: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: 'false',
    SERVE_STOREFRONT: 'false',
    // Tests read what they just wrote; the cache has a test of its own.
    PUBLIC_QUERY_CACHE_SECONDS: '0',
    // Tests run governance's clock by hand; its minute ticks would race the truncation between tests.
    GOVERNANCE_CLOCK: 'false',
    // Every test registers and checks out from 127.0.0.1; test/security/abuse-limits tests the limits themselves.
    REGISTRATIONS_PER_HOUR: '100000',
    CHECKOUTS_PER_HOUR: '100000',
    REFUNDS_PER_HOUR: '100000',
    VOTES_PER_HOUR: '100000',
    LOGIN_LOCKOUT_AFTER_FAILURES: '1000',
    ...env,
  };
}

function isOptions(options: Record<string, string> | TestAppOptions): options is TestAppOptions {
  return typeof options.env === 'object' || typeof options.app === 'object';
}

/** The app with the storefront mounted, for browser tests. */
export async function startTestServer(): Promise<TestApp> {
  return createTestApp({ SERVE_STOREFRONT: 'true' });
}
