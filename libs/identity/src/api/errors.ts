import { registerErrorCodes } from '@allmende/core';

export const IdentityErrors = registerErrorCodes('identity', {
  EMAIL_TAKEN: { kind: 'REFUSAL', message: 'An account with this email exists already' },
  INVALID_CREDENTIALS: { kind: 'REFUSAL', message: 'Email or password is wrong' },
  ACCOUNT_NOT_FOUND: { kind: 'REFUSAL', message: 'There is no account with this email' },
  NOT_VERIFIABLE: { kind: 'REFUSAL', message: 'Only co-operatives and NGOs are verified' },
  ADDRESS_BOOK_FULL: { kind: 'REFUSAL', message: 'The address book is full; remove an address first' },
});
