export * from './api/errors';
export * from './defaults';
export * from './fees';
export * from './parameters/parameters';
export * from './policy.module';
export * from './services/policy.service';
export type { PolicyVersion } from './entities/policy-version.entity';
export { PolicyParameterChangeInput } from './api/policy.types';

import { PolicyVersion } from './entities/policy-version.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const POLICY_ENTITIES = [PolicyVersion];
