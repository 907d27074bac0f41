import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { In, IsNull } from 'typeorm';
import {
  AbuseLimits,
  AuditLog,
  Connection,
  DomainError,
  ForbiddenError,
  JobQueue,
  keysetPage,
  MailLocale,
  NotFoundError,
  Transactional,
  TxHost,
  UnauthenticatedError,
  Viewer,
} from '@allmende/core';
import { Account } from '../entities/account.entity';
import { Session } from '../entities/session.entity';
import { EmailConfirmationRequested, PasswordResetRequested } from '../events/account-events';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { AccountTokenService } from './account-token.service';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  account: Account;
}

/** A password-reset link works for an hour; an address-confirmation link for a week. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
export const EMAIL_CONFIRMATION_TTL_MINUTES = 7 * 24 * 60;

interface TokenClaims {
  sub: string;
  sid: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AccountService {
  constructor(
    private readonly txHost: TxHost,
    private readonly jwt: JwtService,
    private readonly tokens: AccountTokenService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly abuse: AbuseLimits,
    private readonly audit: AuditLog,
    private readonly jobs: JobQueue,
  ) {}

  private get accounts() {
    return this.txHost.tx.getRepository(Account);
  }

  private get sessions() {
    return this.txHost.tx.getRepository(Session);
  }

  /** A new account that has agreed to the terms and privacy policy; the link to confirm its address is mailed after commit. */
  @Transactional()
  async register(input: { email: string; password: string; displayName: string; locale?: MailLocale }): Promise<IssuedToken> {
    const email = normaliseEmail(input.email);
    if (await this.accounts.exists({ where: { email } })) {
      throw new DomainError('EMAIL_TAKEN', `An account with ${email} exists already; log in instead`);
    }
    const account = await this.accounts.save(
      this.accounts.create({
        email,
        displayName: input.displayName.trim(),
        passwordHash: await argon2.hash(input.password),
        platformRole: 'MEMBER',
        locale: input.locale ?? 'en',
        termsAcceptedAt: new Date(),
      }),
    );
    await this.jobs.publish(new EmailConfirmationRequested({ accountId: account.id }));
    return this.openSession(account);
  }

  /** The address is confirmed by the link we mailed to it. */
  @Transactional()
  async confirmEmail(token: string): Promise<Account> {
    const accountId = await this.tokens.consume(token, 'CONFIRM_EMAIL');
    await this.accounts.update({ id: accountId, emailConfirmedAt: IsNull() }, { emailConfirmedAt: new Date() });
    return this.accounts.findOneByOrFail({ id: accountId });
  }

  /** Asks for a fresh confirmation mail (its link replaces earlier ones); false when the address is confirmed already. */
  @Transactional()
  async renewEmailConfirmation(viewer: Viewer): Promise<boolean> {
    const account = await this.accounts.findOneByOrFail({ id: viewer.accountId });
    if (account.emailConfirmedAt) return false;
    await this.jobs.publish(new EmailConfirmationRequested({ accountId: account.id }));
    return true;
  }

  /**
   * Asks for a reset mail to the account with this address; nothing happens when there is none
   * (the caller answers the same either way, so the form cannot probe for accounts).
   */
  @Transactional()
  async requestPasswordReset(emailInput: string): Promise<void> {
    const account = await this.accounts.findOneBy({ email: normaliseEmail(emailInput), suspendedAt: IsNull() });
    if (account) await this.jobs.publish(new PasswordResetRequested({ accountId: account.id }));
  }

  /** Sets the new password and ends every open session, so whoever knew the old one is logged out. */
  @Transactional()
  async resetPassword(token: string, password: string): Promise<Account> {
    const accountId = await this.tokens.consume(token, 'RESET_PASSWORD');
    await this.accounts.update(accountId, { passwordHash: await argon2.hash(password) });
    await this.sessions.update({ accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record({
      action: 'account.password_reset',
      actorAccountId: accountId,
      subject: { type: 'account', id: accountId },
    });
    return this.accounts.findOneByOrFail({ id: accountId });
  }

  /** Platform staff shut an account out: it cannot log in, and its open sessions end now. */
  @Transactional()
  async suspend(viewer: Viewer, id: string, reason: string): Promise<Account> {
    this.assertStaff(viewer);
    if (id === viewer.accountId) throw new DomainError('CANNOT_SUSPEND_SELF', 'You cannot suspend your own account');
    const account = await this.getAccount(id);
    if (account.platformRole === 'STAFF') {
      throw new DomainError('CANNOT_SUSPEND_STAFF', 'Platform staff accounts cannot be suspended from the console');
    }
    if (!account.suspendedAt) {
      Object.assign(account, { suspendedAt: new Date(), suspendedReason: reason.trim() });
      await this.accounts.save(account);
      await this.sessions.update({ accountId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record({
        action: 'account.suspended',
        actorAccountId: viewer.accountId,
        subject: { type: 'account', id },
        details: { reason: account.suspendedReason },
      });
    }
    return account;
  }

  @Transactional()
  async reinstate(viewer: Viewer, id: string): Promise<Account> {
    this.assertStaff(viewer);
    const account = await this.getAccount(id);
    if (account.suspendedAt) {
      await this.audit.record({
        action: 'account.reinstated',
        actorAccountId: viewer.accountId,
        subject: { type: 'account', id },
      });
    }
    Object.assign(account, { suspendedAt: null, suspendedReason: null });
    return this.accounts.save(account);
  }

  /** Accounts whose address or name contains the search text, for platform staff. */
  async search(
    viewer: Viewer,
    text: string | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<Account>> {
    this.assertStaff(viewer);
    const query = this.accounts.createQueryBuilder('a');
    const words = text?.trim();
    if (words) {
      const pattern = `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(a.email LIKE :pattern OR lower(a.display_name) LIKE :pattern)', { pattern });
    }
    return keysetPage(query, first, after, {
      sortColumn: 'a.email',
      idColumn: 'a.id',
      direction: 'ASC',
      sortPart: 'text',
      cursorOf: (a) => [a.email, a.id],
    });
  }

  async login(emailInput: string, password: string): Promise<IssuedToken> {
    const email = normaliseEmail(emailInput);
    await this.abuse.assertLoginAllowed(email);
    const account = await this.accounts
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.email = :email', { email })
      .getOne();
    // Same answer for an unknown email and a wrong password, so logins cannot probe for accounts.
    if (!account || !(await argon2.verify(account.passwordHash, password))) {
      const { lockedForSeconds } = await this.abuse.loginFailed(email);
      await this.audit.record({
        action: lockedForSeconds ? 'login.locked_out' : 'login.failed',
        actorAccountId: null,
        subject: account ? { type: 'account', id: account.id } : undefined,
        details: { email, ...(lockedForSeconds ? { lockedForSeconds } : {}) },
      });
      throw new DomainError('INVALID_CREDENTIALS', 'That email and password do not match an account');
    }
    if (account.suspendedAt) {
      throw new DomainError(
        'ACCOUNT_SUSPENDED',
        'This account is suspended; write to the co-operative if you think that is wrong',
      );
    }
    await this.abuse.loginSucceeded(email);
    await this.audit.record({
      action: 'login.succeeded',
      actorAccountId: account.id,
      subject: { type: 'account', id: account.id },
    });
    return this.openSession(account);
  }

  /** The language the account's mail is written in. */
  async setLocale(viewer: Viewer, locale: MailLocale): Promise<Account> {
    await this.accounts.update(viewer.accountId, { locale });
    return this.accounts.findOneByOrFail({ id: viewer.accountId });
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.sessions.update({ id: viewer.sessionId, accountId: viewer.accountId }, { revokedAt: new Date() });
  }

  async findById(id: string): Promise<Account | null> {
    return this.accounts.findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<Account[]> {
    return ids.length ? this.accounts.findBy({ id: In([...ids]) }) : [];
  }

  async findByEmail(email: string): Promise<Account | null> {
    return this.accounts.findOneBy({ email: normaliseEmail(email) });
  }

  /** Turns a bearer token into the viewer it stands for; a forged, expired or logged-out token is refused. */
  async viewerFromToken(token: string): Promise<Viewer> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(
        expired ? 'Your session has expired; log in again' : 'That session token is not valid; log in again',
      );
    }
    // One query per authenticated request: the session must be open, and its account gives the role.
    const account = await this.accounts
      .createQueryBuilder('a')
      .innerJoin(Session, 's', 's.account_id = a.id')
      .where('s.id = :sid AND a.id = :sub AND s.revoked_at IS NULL AND s.expires_at > now() AND a.suspended_at IS NULL', claims)
      .getOne();
    if (!account) throw new UnauthenticatedError('That session has ended; log in again');
    return { accountId: account.id, sessionId: claims.sid, platformRole: account.platformRole };
  }

  private assertStaff(viewer: Viewer): void {
    if (viewer.platformRole !== 'STAFF') throw new ForbiddenError('Only platform staff may do this');
  }

  private async getAccount(id: string): Promise<Account> {
    const account = await this.accounts.findOneBy({ id });
    if (!account) throw new NotFoundError('Account', id);
    return account;
  }

  private async openSession(account: Account): Promise<IssuedToken> {
    const expiresAt = new Date(Date.now() + this.options.tokenTtlSeconds * 1000);
    const session = await this.sessions.save(this.sessions.create({ accountId: account.id, expiresAt, revokedAt: null }));
    const token = await this.jwt.signAsync({ sub: account.id, sid: session.id } satisfies TokenClaims, {
      expiresIn: this.options.tokenTtlSeconds,
    });
    return { token, expiresAt, account };
  }
}
