import { DomainEvent } from '@allmende/core';

/** A new account, or one that asked again: its address is to be confirmed by a mailed link. */
export class EmailConfirmationRequested extends DomainEvent<{ accountId: string }>('EmailConfirmationRequested') {}

/** Someone asked to set a new password for this account (the link is issued when the mail goes out). */
export class PasswordResetRequested extends DomainEvent<{ accountId: string }>('PasswordResetRequested') {}

/** Platform staff verified a co-operative or an NGO. */
export class OrganisationVerified extends DomainEvent<{ organisationId: string }>('OrganisationVerified') {}

/** Platform staff declined to verify an organisation for now, with the reason its owners are told. */
export class OrganisationVerificationRefused extends DomainEvent<{ organisationId: string; reason: string }>(
  'OrganisationVerificationRefused',
) {}
