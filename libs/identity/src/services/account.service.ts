import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { In } from 'typeorm';
import { AbuseLimits, AuditLog, DomainError, Transactional, TxHost, UnauthenticatedError, Viewer } from '@allmende/core';
import { Account } from '../entities/account.entity';
import { Session } from '../entities/session.entity';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  account: Account;
}

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
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly abuse: AbuseLimits,
    private readonly audit: AuditLog,
  ) {}

  private get accounts() {
    return this.txHost.tx.getRepository(Account);
  }

  private get sessions() {
    return this.txHost.tx.getRepository(Session);
  }

  @Transactional()
  async register(input: { email: string; password: string; displayName: string }): Promise<IssuedToken> {
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
      }),
    );
    return this.openSession(account);
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
    await this.abuse.loginSucceeded(email);
    await this.audit.record({
      action: 'login.succeeded',
      actorAccountId: account.id,
      subject: { type: 'account', id: account.id },
    });
    return this.openSession(account);
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
      .where('s.id = :sid AND a.id = :sub AND s.revoked_at IS NULL AND s.expires_at > now()', claims)
      .getOne();
    if (!account) throw new UnauthenticatedError('That session has ended; log in again');
    return { accountId: account.id, sessionId: claims.sid, platformRole: account.platformRole };
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
