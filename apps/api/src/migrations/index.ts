import { Identity1732400000000 } from './1732400000000-identity';

/** Every migration, oldest first: one history for the whole database. */
export const MIGRATIONS = [Identity1732400000000];
