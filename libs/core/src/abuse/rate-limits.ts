import {
  CanActivate,
  DynamicModule,
  ExecutionContext,
  Global,
  Inject,
  Injectable,
  Module,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { requestContextOf } from '../auth/viewer';
import { DomainError } from '../errors/domain-error';

/** The actions limited per client address and per account, each as so many per hour. */
export const RATE_LIMITED_ACTIONS = ['registration', 'checkout', 'refund', 'vote'] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

export interface AbuseLimitOptions {
  perHour: Record<RateLimitedAction, number>;
  /** Failed logins of one email in a row before it is locked; each further failure doubles the wait. */
  loginFailuresBeforeLockout: number;
}

const ABUSE_LIMIT_OPTIONS = 'allmende:abuse-limit-options';
const RATE_LIMITED = 'allmende:rate-limited-action';
const HOUR_SECONDS = 3600;
/** Lock-out after repeated failures: 1 minute, then doubling, at most a day. */
const FIRST_LOCKOUT_SECONDS = 60;
const LONGEST_LOCKOUT_SECONDS = 24 * HOUR_SECONDS;
const FAILURE_MEMORY_SECONDS = 24 * HOUR_SECONDS;

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

/**
 * Counters in PostgreSQL (table rate_limit, rate-limiter-flexible's layout), so every API replica
 * on the database shares them: a client cannot spread its attempts over processes.
 */
@Injectable()
export class AbuseLimits {
  private readonly hourly: Map<RateLimitedAction, RateLimiterPostgres>;
  private readonly loginFailures: RateLimiterPostgres;
  private readonly lockouts: RateLimiterPostgres;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(ABUSE_LIMIT_OPTIONS) private readonly options: AbuseLimitOptions,
  ) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limit',
        tableCreated: true,
        // Expired rows are overwritten in place; no timer in the process.
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    this.hourly = new Map(RATE_LIMITED_ACTIONS.map((action) => [action, limiter(action, options.perHour[action], HOUR_SECONDS)]));
    this.loginFailures = limiter('login-failures', options.loginFailuresBeforeLockout, FAILURE_MEMORY_SECONDS);
    this.lockouts = limiter('login-lockout', 1, LONGEST_LOCKOUT_SECONDS);
  }

  /** Counts one `action` for the client address and, when logged in, the account; refuses past the hourly limit. */
  async consume(action: RateLimitedAction, clientAddress: string, accountId: string | null): Promise<void> {
    const limiter = this.hourly.get(action)!;
    const keys = [`ip:${clientAddress}`, ...(accountId ? [`account:${accountId}`] : [])];
    for (const key of keys) {
      try {
        await limiter.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.ceil(error.msBeforeNext / 1000);
        throw new TooManyRequestsError(`Too many attempts (${action}); try again in ${seconds} seconds`, seconds);
      }
    }
  }

  /** Refuses a login for an email that is locked out after failures, whatever the password. */
  async assertLoginAllowed(email: string): Promise<void> {
    const lock = await this.lockouts.get(email);
    if (lock && lock.consumedPoints > 0) {
      const seconds = Math.ceil(lock.msBeforeNext / 1000);
      throw new TooManyRequestsError(`Too many failed logins for this account; try again in ${seconds} seconds`, seconds);
    }
  }

  /** Records a failed login; from the limit on, locks the email out for 1 minute, doubling with each further failure. */
  async loginFailed(email: string): Promise<{ lockedForSeconds: number | null }> {
    const failures = await this.loginFailures.penalty(email, 1);
    const beyond = failures.consumedPoints - this.options.loginFailuresBeforeLockout;
    if (beyond < 0) return { lockedForSeconds: null };
    const seconds = Math.min(FIRST_LOCKOUT_SECONDS * 2 ** beyond, LONGEST_LOCKOUT_SECONDS);
    await this.lockouts.set(email, 1, seconds);
    return { lockedForSeconds: seconds };
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.loginFailures.delete(email);
  }
}

@Injectable()
class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: AbuseLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<RateLimitedAction>(RATE_LIMITED, context.getHandler());
    const request = requestContextOf(context);
    await this.limits.consume(action, request.clientAddress, request.viewer?.accountId ?? null);
    return true;
  }
}

/** The resolver counts against the hourly limit of `action`, per client address and per account. */
export const RateLimited = (action: RateLimitedAction) =>
  applyDecorators(SetMetadata(RATE_LIMITED, action), UseGuards(RateLimitGuard));

@Global()
@Module({})
export class AbuseLimitModule {
  static forRoot(options: AbuseLimitOptions): DynamicModule {
    return {
      module: AbuseLimitModule,
      providers: [{ provide: ABUSE_LIMIT_OPTIONS, useValue: options }, AbuseLimits, RateLimitGuard],
      exports: [AbuseLimits, RateLimitGuard],
    };
  }
}
