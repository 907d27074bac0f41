import { registerErrorCodes } from '@allmende/core';

export const IdentityErrors = registerErrorCodes('identity', {
  EMAIL_TAKEN: { kind: 'REFUSAL', message: 'An account with this email exists already' },
  INVALID_CREDENTIALS: { kind: 'REFUSAL', message: 'Email or password is wrong' },
  ACCOUNT_NOT_FOUND: { kind: 'REFUSAL', message: 'There is no account with this email' },
  NOT_VERIFIABLE: { kind: 'REFUSAL', message: 'Only co-operatives and NGOs are verified' },
  ADDRESS_BOOK_FULL: { kind: 'REFUSAL', message: 'The address book is full; remove an address first' },
  ACCOUNT_SUSPENDED: { kind: 'REFUSAL', message: 'This account is suspended' },
  TOKEN_INVALID: { kind: 'REFUSAL', message: 'This link is not valid' },
  TOKEN_EXPIRED: { kind: 'REFUSAL', message: 'This link has expired' },
  TOKEN_USED: { kind: 'REFUSAL', message: 'This link has been used already' },
  CANNOT_SUSPEND_SELF: { kind: 'REFUSAL', message: 'You cannot suspend your own account' },
  CANNOT_SUSPEND_STAFF: { kind: 'REFUSAL', message: 'Platform staff accounts cannot be suspended from the console' },
  ALREADY_VERIFIED: { kind: 'REFUSAL', message: 'The organisation is verified already' },
});
