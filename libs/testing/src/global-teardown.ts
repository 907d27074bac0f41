import { dropTestDatabases } from './global-setup';

/** Jest global teardown: this run's databases go with it. */
export default async function globalTeardown(): Promise<void> {
  await dropTestDatabases((pid) => pid === process.pid);
}
