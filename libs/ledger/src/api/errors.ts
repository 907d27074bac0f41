import { registerErrorCodes } from '@allmende/core';

/** The ledger refuses a posting that would break double entry: these are bugs of the caller, not user mistakes. */
export const LedgerErrors = registerErrorCodes('ledger', {
  LEDGER_INVALID_ACCOUNT: { kind: 'GRAPHQL_ERROR', message: 'The ledger has no such account' },
  LEDGER_INVALID_POSTING: { kind: 'GRAPHQL_ERROR', message: 'The posting is not valid' },
  LEDGER_UNBALANCED: { kind: 'GRAPHQL_ERROR', message: 'The posting does not balance' },
  LEDGER_REFERENCE_REUSED: { kind: 'GRAPHQL_ERROR', message: 'A different posting with this reference exists already' },
});
