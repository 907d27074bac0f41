export * from './membership.module';
export * from './api/errors';
export * from './state/member-state';
export type { Member } from './entities/member.entity';
export type { SharePurchase, SharePurchaseStatus } from './entities/share-purchase.entity';
export { SHARE_MOVEMENTS } from './entities/share-register-entry.entity';
export type { ShareRegisterEntry, ShareMovement } from './entities/share-register-entry.entity';
export type { StandingChange } from './entities/standing-change.entity';
export * from './services/membership.service';
export * from './services/share-register.service';
export * from './api/membership.types';

import { Member } from './entities/member.entity';
import { SharePurchase } from './entities/share-purchase.entity';
import { ShareRegisterEntry } from './entities/share-register-entry.entity';
import { StandingChange } from './entities/standing-change.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const MEMBERSHIP_ENTITIES = [Member, SharePurchase, ShareRegisterEntry, StandingChange];
