import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { DomainError, UnauthenticatedError } from '../errors/domain-error';
import { stringEnum } from '../graphql/string-enum';

/** Platform-wide roles; organisation roles (owner, staff) are checked by ownership, not here. */
export const PLATFORM_ROLES = ['MEMBER', 'STAFF'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export const PlatformRoleEnum = stringEnum('PlatformRole', PLATFORM_ROLES, 'MEMBER for everyone; STAFF for platform workers');

/** Who is asking: filled in from the bearer token for each request, or null for a guest. */
export interface Viewer {
  readonly accountId: string;
  readonly sessionId: string;
  readonly platformRole: PlatformRole;
}

/** What every GraphQL resolver can reach for the request it serves. */
export interface RequestContext {
  viewer: Viewer | null;
  /** Set when a bearer token was sent but refused (forged, expired, logged out). */
  authError: DomainError | null;
  /** DataLoaders made fresh for this request, so batching and caching never leak across requests. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** The client's address, for rate limits. */
  clientAddress: string;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The viewer or null for a guest; a refused token is an error, never silently a guest. */
export function viewerOf(context: RequestContext): Viewer | null {
  if (context.authError) throw context.authError;
  return context.viewer;
}

export function requireViewer(context: RequestContext): Viewer {
  const viewer = viewerOf(context);
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** The logged-in viewer (UNAUTHENTICATED for a guest). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer =>
  requireViewer(requestContextOf(context)),
);

/** The viewer, or null for a guest. */
export const OptionalViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null =>
  viewerOf(requestContextOf(context)),
);
