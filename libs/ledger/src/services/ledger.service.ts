import { Injectable } from '@nestjs/common';
import { DomainError, Money, money, Transactional, TxHost } from '@allmende/core';
import { LedgerEntry } from '../entities/ledger-entry.entity';
import { LedgerTransaction } from '../entities/ledger-transaction.entity';
import { compareEntries, LedgerPostInput, normalisePosting } from './ledger-posting';

export interface LedgerBalance {
  account: string;
  currency: string;
  /** Signed minor units: positive = debit balance, negative = credit balance. */
  amount: number;
}

/** One currency's line of the trial balance: debits (≥ 0) and credits (≤ 0), which sum to zero. */
export interface TrialBalanceLine {
  currency: string;
  debit: number;
  credit: number;
}

export interface LedgerMovement {
  kind: string;
  reference: string;
  currency: string;
  amount: number;
}

/** Sums arrive from PostgreSQL as numeric strings. */
const toAmount = (value: string | number | null): number => {
  const parsed = Number(value ?? 0);
  if (!Number.isSafeInteger(parsed)) throw new Error(`Ledger sum ${value} is outside the safe integer range`);
  return parsed;
};

/** The only writer of ledger entries. Every posting balances per currency, checked here and again by the database at commit. */
@Injectable()
export class LedgerService {
  constructor(private readonly txHost: TxHost) {}

  /**
   * Posts a balanced transaction inside the caller's DB transaction (or its own). Idempotent by
   * (kind, reference): a repeat returns the existing transaction with created=false; a repeat
   * with different entries is refused (LEDGER_REFERENCE_REUSED), since that is a bug, not a retry.
   */
  @Transactional()
  async post(input: LedgerPostInput): Promise<{ id: string; created: boolean }> {
    const entries = normalisePosting(input);
    const manager = this.txHost.tx;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(LedgerTransaction)
      .values({ kind: input.kind, reference: input.reference, description: input.description ?? '' })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(LedgerEntry)
        .values(entries.map((entry) => ({ transactionId: id, ...entry })))
        .execute();
      return { id, created: true };
    }
    const existing = await manager.getRepository(LedgerTransaction).findOneOrFail({
      where: { kind: input.kind, reference: input.reference },
      relations: { entries: true },
    });
    const before = (existing.entries ?? []).map(({ account, currency, amount }) => ({ account, currency, amount }));
    if (JSON.stringify(before.sort(compareEntries)) !== JSON.stringify(entries)) {
      throw new DomainError(
        'LEDGER_REFERENCE_REUSED',
        `Ledger transaction ${input.kind}:${input.reference} exists with other entries; post a correcting transaction under a new reference`,
        { kind: input.kind, reference: input.reference },
      );
    }
    return { id: existing.id, created: false };
  }

  /** An account's balance in one currency, derived from its entries (signed: + debit, − credit). */
  async balance(account: string, currency: string): Promise<Money> {
    const [row] = await this.txHost.tx.query<{ total: string | null }[]>(
      `SELECT sum(amount) AS total FROM ledger_entry WHERE account = $1 AND currency = $2`,
      [account, currency],
    );
    return money(toAmount(row?.total ?? 0), currency);
  }

  /**
   * An account's net movement in one currency over [from, to) by the time each transaction was
   * posted (signed: + debit, − credit): a fiscal year's revenue is minus the fee account's movement.
   */
  async movementBetween(account: string, currency: string, from: Date, to: Date): Promise<Money> {
    const [row] = await this.txHost.tx.query<{ total: string | null }[]>(
      `SELECT sum(e.amount) AS total FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE e.account = $1 AND e.currency = $2 AND t.created_at >= $3 AND t.created_at < $4`,
      [account, currency, from, to],
    );
    return money(toAmount(row?.total ?? 0), currency);
  }

  /** Balances of every account starting with `accountPrefix` (all accounts for ''), by account and currency. */
  async balances(accountPrefix: string, page?: { after?: [string, string]; limit?: number }): Promise<LedgerBalance[]> {
    const params: unknown[] = [`${escapeLike(accountPrefix)}%`];
    let after = '';
    if (page?.after) {
      params.push(page.after[0], page.after[1]);
      after = `AND (account, currency) > ($2, $3)`;
    }
    let limit = '';
    if (page?.limit) {
      params.push(page.limit);
      limit = `LIMIT $${params.length}`;
    }
    const rows = await this.txHost.tx.query<{ account: string; currency: string; total: string }[]>(
      `SELECT account, currency, sum(amount) AS total FROM ledger_entry
        WHERE account LIKE $1 ${after}
        GROUP BY account, currency ORDER BY account, currency ${limit}`,
      params,
    );
    return rows.map((row) => ({ account: row.account, currency: row.currency.trim(), amount: toAmount(row.total) }));
  }

  /** How many (account, currency) balances `balances(accountPrefix)` has. */
  async countBalances(accountPrefix: string): Promise<number> {
    const [row] = await this.txHost.tx.query<{ count: string }[]>(
      `SELECT count(DISTINCT (account, currency)) AS count FROM ledger_entry WHERE account LIKE $1`,
      [`${escapeLike(accountPrefix)}%`],
    );
    return Number(row.count);
  }

  /** The trial balance: per currency, all debits and all credits; debit + credit is zero in a sound ledger. */
  async totalsByCurrency(): Promise<TrialBalanceLine[]> {
    const rows = await this.txHost.tx.query<{ currency: string; debit: string; credit: string }[]>(
      `SELECT currency,
              coalesce(sum(amount) FILTER (WHERE amount > 0), 0) AS debit,
              coalesce(sum(amount) FILTER (WHERE amount < 0), 0) AS credit
         FROM ledger_entry GROUP BY currency ORDER BY currency`,
    );
    return rows.map((row) => ({ currency: row.currency.trim(), debit: toAmount(row.debit), credit: toAmount(row.credit) }));
  }

  /** An account's net movement per (kind, reference, currency): what reconciliation compares with the provider. */
  async movements(account: string): Promise<LedgerMovement[]> {
    const rows = await this.txHost.tx.query<{ kind: string; reference: string; currency: string; total: string }[]>(
      `SELECT t.kind, t.reference, e.currency, sum(e.amount) AS total
         FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE e.account = $1
        GROUP BY t.kind, t.reference, e.currency
        ORDER BY t.kind, t.reference, e.currency`,
      [account],
    );
    return rows.map((row) => ({
      kind: row.kind,
      reference: row.reference,
      currency: row.currency.trim(),
      amount: toAmount(row.total),
    }));
  }

  /** A posted transaction with its entries, or null. */
  find(kind: string, reference: string): Promise<LedgerTransaction | null> {
    return this.txHost.tx.getRepository(LedgerTransaction).findOne({ where: { kind, reference }, relations: { entries: true } });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
