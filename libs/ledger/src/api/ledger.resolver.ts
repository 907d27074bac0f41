import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, decodeCursor, encodeCursor, RequirePlatformRole } from '@allmende/core';
import { LedgerService } from '../services/ledger.service';
import { LedgerBalanceConnection, LedgerBalancesArgs, LedgerBalanceType, TrialBalanceLineType } from './ledger.types';

/** The ledger is read by platform staff only. */
@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => LedgerBalanceConnection, {
    description: 'Staff: account balances derived from the ledger, by account and currency',
  })
  @RequirePlatformRole('STAFF')
  async ledgerBalances(@Args() args: LedgerBalancesArgs): Promise<Connection<LedgerBalanceType>> {
    const prefix = args.prefix ?? '';
    const after = args.after ? cursorKey(args.after) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.ledger.balances(prefix, { after, limit: args.first + 1 }),
      this.ledger.countBalances(prefix),
    ]);
    const page = rows.slice(0, args.first);
    const edges = page.map((row) => ({
      cursor: encodeCursor([row.account, row.currency]),
      node: { account: row.account, balance: { amount: row.amount, currency: row.currency } },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  @Query(() => [TrialBalanceLineType], { description: 'Staff: the trial balance, per currency' })
  @RequirePlatformRole('STAFF')
  async trialBalance(): Promise<TrialBalanceLineType[]> {
    const lines = await this.ledger.totalsByCurrency();
    return lines.map((line) => ({
      currency: line.currency,
      debit: { amount: line.debit, currency: line.currency },
      credit: { amount: line.credit, currency: line.currency },
      balanced: line.debit + line.credit === 0,
    }));
  }
}

function cursorKey(cursor: string): [string, string] {
  const [account, currency] = decodeCursor(cursor, ['text', 'text']);
  return [account as string, currency as string];
}
