import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Environment strings to booleans; anything unrecognised is left as it is, for the validator to name. */
function toBoolean({ value }: { value: unknown }): unknown {
  const word = String(value).toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(word)) return true;
  if (['0', 'false', 'no', 'off'].includes(word)) return false;
  return value;
}

function toInteger({ value }: { value: unknown }): unknown {
  if (value === undefined || value === '') return undefined;
  return /^-?\d+$/.test(String(value)) ? Number(value) : value;
}

/**
 * Every setting the API reads, from the environment, checked at start: a wrong or missing
 * value stops the process with a message naming it. Names are the environment variables.
 */
export class ApiConfig {
  /** postgres://user:pass@host:port/db — absent: the embedded PostgreSQL (PGlite) under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR: string = './data';

  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** Signs session tokens. Required with DATABASE_URL; the embedded mode makes one and keeps it under DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInteger)
  @IsInt({ message: 'TOKEN_TTL_SECONDS must be a whole number' })
  @Min(60)
  TOKEN_TTL_SECONDS: number = 8 * 3600;

  @Transform(toInteger)
  @IsInt({ message: 'LOGIN_ATTEMPTS_PER_MINUTE must be a whole number' })
  @Min(1)
  LOGIN_ATTEMPTS_PER_MINUTE: number = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Load the demo co-ops, producers and buyers when the database has no accounts yet. Default: on for the embedded database. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  @Transform(toInteger)
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH: number = 10;

  @Transform(toInteger)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY: number = 10000;

  /** How long guests may be served a cached copy of a public catalog query (search, listings); 0 turns the cache off. */
  @Transform(toInteger)
  @IsInt({ message: 'PUBLIC_QUERY_CACHE_SECONDS must be a whole number' })
  @Min(0)
  PUBLIC_QUERY_CACHE_SECONDS: number = 10;

  /** Stripe secret key (sk_...). With STRIPE_WEBHOOK_SECRET: real Stripe; without both: the offline test-mode payment adapter. */
  @IsOptional()
  @Matches(/^(sk|rk)_(test|live)_\S+$/, { message: 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_... or sk_live_...)' })
  STRIPE_SECRET_KEY?: string;

  /** Signing secret of the /webhooks/stripe endpoint (whsec_...); required together with STRIPE_SECRET_KEY. */
  @IsOptional()
  @Matches(/^whsec_\S+$/, { message: 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_...)' })
  STRIPE_WEBHOOK_SECRET?: string;

  /** Publishable key (pk_...) the storefront's payment form uses. */
  @IsOptional()
  @Matches(/^pk_(test|live)_\S+$/, {
    message: 'STRIPE_PUBLISHABLE_KEY must be a Stripe publishable key (pk_test_... or pk_live_...)',
  })
  STRIPE_PUBLISHABLE_KEY?: string;

  /** Where the Stripe SDK sends API calls; for tests against a local Stripe-compatible fake. Default: api.stripe.com. */
  @IsOptional()
  @IsString()
  STRIPE_API_HOST?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'STRIPE_API_PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  STRIPE_API_PORT?: number;

  @IsOptional()
  @IsIn(['http', 'https'], { message: 'STRIPE_API_PROTOCOL must be http or https' })
  STRIPE_API_PROTOCOL?: 'http' | 'https';

  /** Per client address and per account, each an hourly count; past it: TOO_MANY_REQUESTS with retryAfterSeconds. */
  @Transform(toInteger)
  @IsInt({ message: 'REGISTRATIONS_PER_HOUR must be a whole number' })
  @Min(1)
  REGISTRATIONS_PER_HOUR: number = 20;

  @Transform(toInteger)
  @IsInt({ message: 'CHECKOUTS_PER_HOUR must be a whole number' })
  @Min(1)
  CHECKOUTS_PER_HOUR: number = 60;

  @Transform(toInteger)
  @IsInt({ message: 'REFUNDS_PER_HOUR must be a whole number' })
  @Min(1)
  REFUNDS_PER_HOUR: number = 120;

  @Transform(toInteger)
  @IsInt({ message: 'VOTES_PER_HOUR must be a whole number' })
  @Min(1)
  VOTES_PER_HOUR: number = 120;

  /** Failed logins of one email in a row before it is locked out: 1 minute, doubling with each further failure, at most a day. */
  @Transform(toInteger)
  @IsInt({ message: 'LOGIN_LOCKOUT_AFTER_FAILURES must be a whole number' })
  @Min(1)
  LOGIN_LOCKOUT_AFTER_FAILURES: number = 5;

  /** Root fields (aliases included) one mutation request may carry; more are refused with TOO_MANY_OPERATIONS. */
  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_MAX_MUTATIONS must be a whole number' })
  @Min(1)
  GRAPHQL_MAX_MUTATIONS: number = 5;

  /** The largest request body accepted (JSON); larger ones get 413 PAYLOAD_TOO_LARGE before anything is parsed. */
  @Transform(toInteger)
  @IsInt({ message: 'MAX_BODY_BYTES must be a whole number' })
  @Min(1024)
  MAX_BODY_BYTES: number = 256 * 1024;

  /** How long a checkout holds its stock while the buyer pays; unpaid reservations are released after it. */
  @Transform(toInteger)
  @IsInt({ message: 'CHECKOUT_RESERVATION_MINUTES must be a whole number' })
  @Min(1)
  @Max(24 * 60)
  CHECKOUT_RESERVATION_MINUTES: number = 30;

  /** Work background jobs (events, imports, timers) in this process; false when `npm run worker` runs beside it. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'JOBS_IN_PROCESS must be true or false' })
  JOBS_IN_PROCESS: boolean = true;

  /** A job still running after this many seconds is taken as lost (its process died) and tried again. */
  @Transform(toInteger)
  @IsInt({ message: 'JOB_EXPIRE_SECONDS must be a whole number' })
  @Min(1)
  JOB_EXPIRE_SECONDS: number = 900;
  /** Governance's clock (closing votes, 24-hour notices, redemptions) on its minute ticks; false in tests, which drive it by hand. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'GOVERNANCE_CLOCK must be true or false' })
  GOVERNANCE_CLOCK: boolean = true;

  /** The co-operative's name and bank account: the debtor of the dividends' SEPA credit-transfer file. */
  @IsString()
  @MinLength(1)
  COOP_NAME: string = 'Allmende eG';

  @Matches(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/, { message: 'COOP_IBAN must be an IBAN in electronic format (no spaces)' })
  COOP_IBAN: string = 'DE02120300000000202051';

  /** Where uploaded photos are stored; default DATA_DIR/media. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  MEDIA_DIR?: string;

  /** smtp://user:pass@host:port (or smtps://) of the server mail goes out through; without it mail is written to DATA_DIR/mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every mail. */
  @IsString()
  @MinLength(3)
  MAIL_FROM: string = 'Allmende <hello@allmende.example>';

  /** The storefront's address as people reach it, for links in mail; without it, the address the server listens on. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  /** Serve the built storefront from the same port. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'SERVE_STOREFRONT must be true or false' })
  SERVE_STOREFRONT: boolean = true;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  // whitelist drops every environment variable that is not a setting
  const config = plainToInstance(ApiConfig, { ...env });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length) {
    const lines = errors.map(
      (error) => `  ${error.property}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join(', ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.DATABASE_URL && !config.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET is required when DATABASE_URL is set (at least 32 characters)');
  }
  if (Boolean(config.STRIPE_SECRET_KEY) !== Boolean(config.STRIPE_WEBHOOK_SECRET)) {
    throw new ConfigError(
      'Invalid configuration:\n  STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both for Stripe, or neither for the offline test-mode payments',
    );
  }
  return config;
}
