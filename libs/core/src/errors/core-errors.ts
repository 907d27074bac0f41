import { registerErrorCodes } from './error-codes';

/** Codes every library may throw, and those the GraphQL layer itself answers with. */
export const CoreErrors = registerErrorCodes('core', {
  BAD_USER_INPUT: { kind: 'GRAPHQL_ERROR', message: 'Some of what you entered is not valid' },
  UNAUTHENTICATED: { kind: 'GRAPHQL_ERROR', message: 'You need to log in for this' },
  FORBIDDEN: { kind: 'GRAPHQL_ERROR', message: 'You are not allowed to do this' },
  NOT_FOUND: { kind: 'GRAPHQL_ERROR', message: 'What you asked for does not exist' },
  TOO_MANY_REQUESTS: { kind: 'GRAPHQL_ERROR', message: 'Too many attempts; wait a minute and try again' },
  BAD_REQUEST: { kind: 'GRAPHQL_ERROR', message: 'The request could not be understood' },
  INTERNAL_SERVER_ERROR: { kind: 'GRAPHQL_ERROR', message: 'Something went wrong on our side; it has been logged' },
  GRAPHQL_PARSE_FAILED: { kind: 'GRAPHQL_ERROR', message: 'The query is not valid GraphQL' },
  GRAPHQL_VALIDATION_FAILED: { kind: 'GRAPHQL_ERROR', message: 'The query does not match the schema' },
  PERSISTED_QUERY_NOT_FOUND: { kind: 'GRAPHQL_ERROR', message: 'The persisted query is not known' },
  PERSISTED_QUERY_NOT_SUPPORTED: { kind: 'GRAPHQL_ERROR', message: 'Persisted queries are not supported' },
  OPERATION_RESOLUTION_FAILURE: { kind: 'GRAPHQL_ERROR', message: 'The operation to run could not be found' },
  QUERY_TOO_DEEP: { kind: 'GRAPHQL_ERROR', message: 'The query is nested too deeply' },
  QUERY_TOO_COMPLEX: { kind: 'GRAPHQL_ERROR', message: 'The query asks for too much at once' },
  TOO_MANY_OPERATIONS: { kind: 'GRAPHQL_ERROR', message: 'The request carries too many operations at once' },
  ILLEGAL_TRANSITION: { kind: 'REFUSAL', message: 'This is not possible in the current state' },
  INVALID_AMOUNT: { kind: 'GRAPHQL_ERROR', message: 'An amount must be a whole number of minor units' },
  INVALID_CURRENCY: { kind: 'GRAPHQL_ERROR', message: 'This is not an ISO 4217 currency code' },
  CURRENCY_MISMATCH: { kind: 'REFUSAL', message: 'The amounts are in different currencies' },
  INVALID_ALLOCATION: { kind: 'GRAPHQL_ERROR', message: 'The amount cannot be split this way' },
  SAGA_GAVE_UP: { kind: 'REFUSAL', message: 'A step kept failing; what was done has been undone' },
});
