import { DataSourceOptions } from 'typeorm';
import { CATALOG_ENTITIES } from '@allmende/catalog';
import { CORE_ENTITIES } from '@allmende/core';
import { IDENTITY_ENTITIES } from '@allmende/identity';
import { LEDGER_ENTITIES } from '@allmende/ledger';
import { PAYMENTS_ENTITIES } from '@allmende/payments';
import { POLICY_ENTITIES } from '@allmende/policy';
import { TRADE_ENTITIES } from '@allmende/trade';
import { MEMBERSHIP_ENTITIES } from '@allmende/membership';
import { GOVERNANCE_ENTITIES } from '@allmende/governance';
import { DIVIDENDS_ENTITIES } from '@allmende/dividends';
import { PROVENANCE_ENTITIES } from '@allmende/provenance';
import { MIGRATIONS } from '../migrations';

export const ENTITIES = [
  ...CORE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...POLICY_ENTITIES,
  ...CATALOG_ENTITIES,
  ...PROVENANCE_ENTITIES,
  ...LEDGER_ENTITIES,
  ...PAYMENTS_ENTITIES,
  ...TRADE_ENTITIES,
  ...MEMBERSHIP_ENTITIES,
  ...GOVERNANCE_ENTITIES,
  ...DIVIDENDS_ENTITIES,
];

/** One set of options for the app, the migration CLI and the tests: migrations only, never synchronize. */
export function dataSourceOptions(url: string, options: { embedded: boolean }): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // PGlite serves a single connection; a real server gets a normal pool.
    extra: { max: options.embedded ? 1 : 10 },
  };
}
