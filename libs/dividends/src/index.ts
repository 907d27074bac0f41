export * from './dividends.module';
export * from './dividends.options';
export * from './events/dividend-events';
export * from './api/errors';
export * from './state/fiscal-year-state';
export * from './state/allocation-state';
export type { FiscalYear, FiscalCost, WorkerHours } from './entities/fiscal-year.entity';
export { PAYOUT_METHODS, PAYOUT_CHANNELS } from './entities/allocation.entity';
export type { PayoutChoice, Allocation, AllocationLine, Payout, PayoutMethod, PayoutChannel } from './entities/allocation.entity';
export * from './services/allocation-math';
export * from './services/fiscal-year.service';
export * from './services/allocation.service';
export * from './services/payout-choice.service';
export * from './services/payout.service';
export * from './services/allocation-approval.subscriber';
export * from './services/statement.service';
export * from './api/dividends.types';

import { Allocation, AllocationLine, PayoutChoice, Payout } from './entities/allocation.entity';
import { FiscalCost, FiscalYear, WorkerHours } from './entities/fiscal-year.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const DIVIDENDS_ENTITIES = [FiscalYear, FiscalCost, WorkerHours, PayoutChoice, Allocation, AllocationLine, Payout];
