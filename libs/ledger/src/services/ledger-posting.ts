import { DomainError, Money, money } from '@allmende/core';
import { ACCOUNT_PATTERN } from './ledger-accounts';

export interface LedgerEntryInput {
  account: string;
  /** Signed: positive = debit, negative = credit. */
  amount: Money;
}

export interface LedgerPostInput {
  /** What happened, e.g. `capture`, `transfer`, `refund`. */
  kind: string;
  /** Our id of what it happened to; (kind, reference) is unique, so a repeated post is a no-op. */
  reference: string;
  description?: string;
  entries: LedgerEntryInput[];
}

export interface NormalisedEntry {
  account: string;
  currency: string;
  amount: number;
}

/**
 * Checks a posting before anything is written: valid accounts and amounts, and entries that
 * sum to zero in every currency. Zero amounts are dropped (a part that came to nothing, such
 * as no fair-fund share for an NGO seller); what remains is returned in a stable order.
 */
export function normalisePosting(input: LedgerPostInput): NormalisedEntry[] {
  if (!input.kind.trim() || !input.reference.trim()) {
    throw new DomainError('LEDGER_INVALID_POSTING', 'A ledger posting needs a kind and a reference');
  }
  const entries: NormalisedEntry[] = [];
  for (const entry of input.entries) {
    if (!ACCOUNT_PATTERN.test(entry.account)) {
      throw new DomainError('LEDGER_INVALID_ACCOUNT', `"${entry.account}" is not a ledger account name (owner:...:purpose)`, {
        account: entry.account,
      });
    }
    const { amount, currency } = money(entry.amount.amount, entry.amount.currency);
    if (amount !== 0) entries.push({ account: entry.account, currency, amount });
  }
  if (entries.length === 0) {
    throw new DomainError('LEDGER_INVALID_POSTING', `Ledger posting ${input.kind}:${input.reference} has no non-zero entries`);
  }
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry.currency, (totals.get(entry.currency) ?? 0) + entry.amount);
  const unbalanced = [...totals].filter(([, total]) => total !== 0);
  if (unbalanced.length) {
    throw new DomainError(
      'LEDGER_UNBALANCED',
      `Ledger posting ${input.kind}:${input.reference} does not balance: ${unbalanced
        .map(([currency, total]) => `${currency} entries sum to ${total}`)
        .join(', ')}`,
      { kind: input.kind, reference: input.reference, imbalance: Object.fromEntries(unbalanced) },
    );
  }
  return entries.sort(compareEntries);
}

export function compareEntries(a: NormalisedEntry, b: NormalisedEntry): number {
  return a.account < b.account
    ? -1
    : a.account > b.account
      ? 1
      : a.currency < b.currency
        ? -1
        : a.currency > b.currency
          ? 1
          : a.amount - b.amount;
}
