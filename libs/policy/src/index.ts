export * from './defaults';
export * from './fees';
export * from './policy.module';
export * from './services/policy.service';
export * from './entities/policy-version.entity';

import { PolicyVersion } from './entities/policy-version.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const POLICY_ENTITIES = [PolicyVersion];
