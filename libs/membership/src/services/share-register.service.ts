import { Injectable } from '@nestjs/common';
import { TxHost } from '@allmende/core';
import { ShareRegisterEntry } from '../entities/share-register-entry.entity';

export interface ShareHolding {
  memberId: string;
  shares: number;
  /** Paid-in capital at nominal value, minor units. */
  capital: number;
}

export interface ShareDays {
  memberId: string;
  /** Σ shares held × days held within the period (what the dividends' investor return is pro rata to). */
  shareDays: number;
}

/** Reads the append-only share register (membership's services are its only writers). */
@Injectable()
export class ShareRegisterService {
  constructor(private readonly txHost: TxHost) {}

  private get entries() {
    return this.txHost.tx.getRepository(ShareRegisterEntry);
  }

  /** A member's lines, oldest first. */
  history(memberId: string): Promise<ShareRegisterEntry[]> {
    return this.entries.find({ where: { memberId }, order: { recordedAt: 'ASC', createdAt: 'ASC' } });
  }

  /** Shares and capital held by each member given, after every line (or those recorded by `at`); members holding none are left out. */
  async holdings(memberIds: readonly string[], at?: Date): Promise<ShareHolding[]> {
    if (memberIds.length === 0) return [];
    const rows = await this.entries
      .createQueryBuilder('e')
      .select('e.member_id', 'memberId')
      .addSelect('sum(e.shares)::int', 'shares')
      .addSelect('sum(e.shares * e.share_price)::bigint', 'capital')
      .where('e.member_id IN (:...memberIds) AND e.recorded_at <= :at', { memberIds, at: at ?? new Date(8.64e15) })
      .groupBy('e.member_id')
      .having('sum(e.shares) <> 0')
      .getRawMany<{ memberId: string; shares: number; capital: string }>();
    return rows.map((row) => ({ memberId: row.memberId, shares: row.shares, capital: Number(row.capital) }));
  }

  /**
   * Share-days of every member within [from, to): each line counts its shares for the whole days
   * from the later of its date and `from` until `to` (a redemption's negative shares end a holding).
   */
  async shareDays(from: Date, to: Date): Promise<ShareDays[]> {
    const rows = await this.txHost.tx.query(
      `SELECT member_id AS "memberId",
              sum(shares * floor(extract(epoch FROM ($2::timestamptz - greatest(recorded_at, $1::timestamptz))) / 86400))::bigint AS "shareDays"
         FROM share_register_entry
        WHERE recorded_at < $2
        GROUP BY member_id
       HAVING sum(shares * floor(extract(epoch FROM ($2::timestamptz - greatest(recorded_at, $1::timestamptz))) / 86400)) > 0
        ORDER BY member_id`,
      [from, to],
    );
    return (rows as { memberId: string; shareDays: string }[]).map((row) => ({
      memberId: row.memberId,
      shareDays: Number(row.shareDays),
    }));
  }
}
