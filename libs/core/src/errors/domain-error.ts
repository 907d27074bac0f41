import { IntrinsicException } from '@nestjs/common';

/**
 * An error a user can act on: a stable machine-readable code and a human message.
 * Thrown by services; the GraphQL layer turns it into `extensions.code`. It is intrinsic to Nest,
 * so Nest does not log it as a fault with its stack: it is an answer, not a failure.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Input that fails validation; `fields` names each bad field and why. */
export class InvalidInputError extends DomainError {
  constructor(message: string, fields?: Record<string, string[]>) {
    super('BAD_USER_INPUT', message, fields ? { fields } : undefined);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist`, { what, id });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to log in for this') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

/** A state machine was asked for a move its table (or one of its guards, saying why) does not allow. */
export class IllegalTransitionError extends DomainError {
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly to: string,
    reason?: string,
  ) {
    super('ILLEGAL_TRANSITION', `${machine} cannot go from ${from} to ${to}${reason ? `: ${reason}` : ''}`, {
      machine,
      from,
      to,
      ...(reason ? { reason } : {}),
    });
  }
}
