export * from './ledger.module';
export * from './api/errors';
export type { LedgerTransaction } from './entities/ledger-transaction.entity';
export type { LedgerEntry } from './entities/ledger-entry.entity';
export { bigintAsNumber } from './entities/bigint-transformer';
export * from './services/ledger-accounts';
export * from './services/ledger-posting';
export * from './services/ledger.service';

import { LedgerEntry } from './entities/ledger-entry.entity';
import { LedgerTransaction } from './entities/ledger-transaction.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const LEDGER_ENTITIES = [LedgerTransaction, LedgerEntry];
