import { Injectable } from '@nestjs/common';
import { TxHost, Viewer } from '@allmende/core';
import { GOOD_STANDING, MembershipService } from '@allmende/membership';
import { NotificationKind } from '../entities/implementation.entity';

export interface AccountNotification {
  id: string;
  kind: NotificationKind;
  proposalId: string;
  proposalTitle: string;
  createdAt: Date;
  read: boolean;
}

/**
 * In-app notifications about proposals. Each event is one row (governance_notice); an account
 * sees the events meant for it: new proposals while it acts for a member in good standing, and
 * the news of every vote whose frozen electorate it is in. Read up to a moment per account.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly txHost: TxHost,
    private readonly membership: MembershipService,
  ) {}

  /** Records a proposal's event once (a repeat changes nothing). */
  async announce(kind: NotificationKind, proposalId: string): Promise<void> {
    await this.txHost.tx.query(`INSERT INTO governance_notice (kind, proposal_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      kind,
      proposalId,
    ]);
  }

  private async audienceQuery(viewer: Viewer): Promise<{ where: string; isMember: boolean }> {
    const isMember = (await this.membership.ofViewer(viewer)).some((member) => GOOD_STANDING.includes(member.status));
    return {
      isMember,
      where: `((n.kind = 'PROPOSAL_PUBLISHED' AND $2::boolean)
               OR (n.kind <> 'PROPOSAL_PUBLISHED' AND EXISTS (SELECT 1 FROM proposal_elector e WHERE e.proposal_id = n.proposal_id AND e.account_id = $1)))`,
    };
  }

  async list(viewer: Viewer, limit = 50): Promise<AccountNotification[]> {
    const { where, isMember } = await this.audienceQuery(viewer);
    const rows = (await this.txHost.tx.query(
      `SELECT n.id, n.kind, n.proposal_id AS "proposalId", p.title AS "proposalTitle", n.created_at AS "createdAt",
              n.created_at <= coalesce(r.read_up_to, '-infinity') AS read
         FROM governance_notice n
         JOIN proposal p ON p.id = n.proposal_id
         LEFT JOIN notification_read_mark r ON r.account_id = $1
        WHERE ${where}
        ORDER BY n.created_at DESC LIMIT $3`,
      [viewer.accountId, isMember, limit],
    )) as AccountNotification[];
    return rows;
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const { where, isMember } = await this.audienceQuery(viewer);
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM governance_notice n LEFT JOIN notification_read_mark r ON r.account_id = $1
        WHERE ${where} AND n.created_at > coalesce(r.read_up_to, '-infinity')`,
      [viewer.accountId, isMember],
    )) as { n: number }[];
    return row.n;
  }

  /** Marks everything up to now read. */
  async markAllRead(viewer: Viewer): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO notification_read_mark (account_id, read_up_to) VALUES ($1, clock_timestamp())
       ON CONFLICT (account_id) DO UPDATE SET read_up_to = EXCLUDED.read_up_to`,
      [viewer.accountId],
    );
  }
}
