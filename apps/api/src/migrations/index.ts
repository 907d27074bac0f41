import { Identity1732400000000 } from './1732400000000-identity';
import { PolicyAndCatalog1732400100000 } from './1732400100000-policy-and-catalog';
import { ProductImport1732400200000 } from './1732400200000-product-import';

/** Every migration, oldest first: one history for the whole database. */
export const MIGRATIONS = [Identity1732400000000, PolicyAndCatalog1732400100000, ProductImport1732400200000];
