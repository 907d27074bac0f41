import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * Gives every GraphQL error a stable `extensions.code` and a message a person can read,
 * and never leaks a stack trace or an internal message.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const response = original.getResponse();
    const messages = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : undefined;
    return {
      ...base,
      message: Array.isArray(messages) ? messages.join('; ') : original.message,
      extensions: { code: HTTP_STATUS_CODES[status] ?? 'BAD_REQUEST' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Errors graphql-js itself raises (parse, validation, depth and complexity limits).
    return { ...base, extensions: { code } };
  }
  logUnexpected(original ?? error);
  return {
    ...base,
    message: 'Something went wrong on our side; it has been logged',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
