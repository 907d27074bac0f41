export * from './identity.module';
export * from './api/errors';
export * from './identity.options';
export { Account } from './entities/account.entity';
export type { Session } from './entities/session.entity';
export {
  ORGANISATION_KINDS,
  OrganisationKindEnum,
  VERIFIABLE_KINDS,
  Organisation,
  REQUIRED_LEGAL_DETAILS,
  missingLegalDetails,
} from './entities/organisation.entity';
export type { OrganisationKind } from './entities/organisation.entity';
export { ORGANISATION_ROLES, OrganisationRoleEnum, OrganisationMember } from './entities/organisation-member.entity';
export type { OrganisationRole } from './entities/organisation-member.entity';
export { Address } from './entities/address.entity';
export * from './services/account.service';
export * from './services/account-mails';
export { ACCOUNT_TOKEN_PURPOSES } from './entities/account-token.entity';
export type { AccountToken, AccountTokenPurpose } from './entities/account-token.entity';
export * from './events/account-events';
export * from './services/organisation.service';
export * from './services/postal-address';
export * from './services/address-book.service';
export { PostalAddressInput } from './api/dto/address.inputs';
export * from './api/identity.loaders';
export { AuthPayload } from './api/dto/auth.inputs';

import { Account } from './entities/account.entity';
import { Address } from './entities/address.entity';
import { AccountToken } from './entities/account-token.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';
import { Session } from './entities/session.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const IDENTITY_ENTITIES = [Account, AccountToken, Session, Organisation, OrganisationMember, Address];
