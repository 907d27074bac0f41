import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DomainError, RequestContext } from '@allmende/core';
import type { Request } from 'express';

/**
 * Rate-limits login per client address and email, so one client cannot guess passwords of
 * an account quickly, while many people behind one address can still log in.
 */
@Injectable()
export class LoginThrottleGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const { req, clientAddress } = gql.getContext<RequestContext & { req: Request }>();
    const email = String(gql.getArgs<{ input?: { email?: unknown } }>().input?.email ?? '')
      .trim()
      .toLowerCase();
    return { req: { trackerKey: `${clientAddress}|${email}` }, res: req.res ?? {} };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return String(req.trackerKey);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new DomainError('TOO_MANY_REQUESTS', 'Too many login attempts; wait a minute and try again');
  }
}
