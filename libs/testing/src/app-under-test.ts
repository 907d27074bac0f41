import type { INestApplication } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';

/** What the harness needs of a running app: the Nest app, where it listens, and how to stop it. */
export interface RunningTestServer {
  app: INestApplication;
  url: string;
  stop(): Promise<void>;
}

/**
 * The app a test runs against, as the harness sees it. The harness does not import the app
 * itself (a library must not depend on the app that assembles it); the jest setup hands it the
 * whole marketplace (test/app-under-test.ts), and a test may pass another through
 * `createTestApp({ app })`, e.g. one that mounts only the module under test.
 */
export interface AppUnderTest {
  loadConfig(env: Record<string, string>): object;
  startServer(config: object): Promise<RunningTestServer>;
  /** The DataSource options that run the migrations, for the template database. */
  dataSourceOptions(url: string, options: { embedded: boolean }): DataSourceOptions;
  /** Where the built storefront lives, for browser tests. */
  storefrontBuildDir: string;
}

let defaultApp: (() => AppUnderTest) | null = null;

/** Sets the app tests run against unless they pass their own; loaded on first use, so unit tests never load it. */
export function setDefaultAppUnderTest(load: () => AppUnderTest): void {
  defaultApp = load;
}

export function defaultAppUnderTest(): AppUnderTest {
  if (!defaultApp) throw new Error('No app under test: jest.config.js loads test/app-under-test.ts, which sets it');
  return defaultApp();
}
