import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { DomainError, TxHost } from '@allmende/core';
import { AccountToken, AccountTokenPurpose } from '../entities/account-token.entity';

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** One-time tokens for links we mail (confirm the address, reset the password): they expire, and work once. */
@Injectable()
export class AccountTokenService {
  constructor(private readonly txHost: TxHost) {}

  private get tokens() {
    return this.txHost.tx.getRepository(AccountToken);
  }

  /** A new token; earlier unused ones of the same purpose stop working, so only the latest mail's link counts. */
  async issue(accountId: string, purpose: AccountTokenPurpose, ttlMinutes: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.tokens.update({ accountId, purpose, usedAt: IsNull() }, { usedAt: now });
    await this.tokens.insert({
      accountId,
      purpose,
      tokenHash: hashOf(token),
      expiresAt: new Date(now.getTime() + ttlMinutes * 60_000),
      usedAt: null,
    });
    return token;
  }

  /** Uses the token up and returns its account; an unknown, expired or used one is refused. Call inside a transaction. */
  async consume(token: string, purpose: AccountTokenPurpose): Promise<string> {
    const row = await this.tokens
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: hashOf(token), purpose })
      .getOne();
    if (!row) throw new DomainError('TOKEN_INVALID', 'This link is not valid; ask for a new one');
    if (row.usedAt) throw new DomainError('TOKEN_USED', 'This link has been used already; ask for a new one');
    if (row.expiresAt.getTime() <= Date.now()) throw new DomainError('TOKEN_EXPIRED', 'This link has expired; ask for a new one');
    await this.tokens.update(row.id, { usedAt: new Date() });
    return row.accountId;
  }
}
