import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { isRegisteredErrorCode } from './error-codes';

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'TOO_MANY_REQUESTS',
};

/** Where formatGraphqlError reports: refusals (the client's doing) apart from our own faults. */
export interface GraphqlErrorLog {
  /** An expected refusal: worth an info line with its code, never a stack. */
  refusal(entry: { code: string; message: string; path?: readonly (string | number)[] }): void;
  /** Our own fault: an error line with everything there is to know. */
  unexpected(error: unknown): void;
}

/**
 * Gives every GraphQL error a stable `extensions.code` and a message a person can read,
 * and never leaks a stack trace or an internal message.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: GraphqlErrorLog,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    // Clients translate codes from the ErrorCode enum; one missing from the registry is a bug to see in the log.
    if (!isRegisteredErrorCode(original.code)) log.unexpected(new Error(`Error code ${original.code} is not registered`));
    log.refusal({ code: original.code, message: original.message, path: formatted.path });
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const response = original.getResponse();
    const messages = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : undefined;
    const code = HTTP_STATUS_CODES[status] ?? 'BAD_REQUEST';
    const message = Array.isArray(messages) ? messages.join('; ') : original.message;
    log.refusal({ code, message, path: formatted.path });
    return { ...base, message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Errors graphql-js itself raises (parse, validation, depth and complexity limits).
    log.refusal({ code, message: formatted.message, path: formatted.path });
    return { ...base, extensions: { code } };
  }
  log.unexpected(original ?? error);
  return {
    ...base,
    message: 'Something went wrong on our side; it has been logged',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
