export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** Login attempts allowed per client address and email within a minute. */
  loginAttemptsPerMinute: number;
}
