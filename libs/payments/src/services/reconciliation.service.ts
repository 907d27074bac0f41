import { Injectable } from '@nestjs/common';
import { TxHost } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PAYMENT_LEDGER_KINDS } from './payment-ledger-kinds';

export interface ReconciliationDifference {
  kind: string;
  reference: string;
  currency: string;
  /** provider:clearing's net movement for (kind, reference) in the ledger; 0 when nothing was posted. */
  ledgerAmount: number;
  /** What the provider's records say moved (+ in, − out); 0 when the provider knows nothing of it. */
  providerAmount: number;
}

/** Staff's check that the ledger and the payment provider agree. */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly txHost: TxHost,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * Compares the ledger's provider:clearing movements, per (kind, reference, currency), with
   * what the provider's records say moved: succeeded payments in, transfers, refunds and
   * chargebacks out, reversals and won disputes back in. Lists every difference; empty when
   * ledger and provider agree. A refund still REQUESTED is not yet money moved.
   */
  async reconcile(): Promise<ReconciliationDifference[]> {
    const kinds = PAYMENT_LEDGER_KINDS;
    const provider = await this.txHost.tx.query<{ kind: string; reference: string; currency: string; amount: string }[]>(
      `SELECT $1::text AS kind, checkout_id::text AS reference, currency, amount FROM payment WHERE status = 'SUCCEEDED'
       UNION ALL SELECT $2::text, order_id::text, currency, -amount FROM payment_transfer WHERE status = 'SENT'
       UNION ALL SELECT $3::text, reference, currency, -amount FROM payment_refund WHERE status = 'SUCCEEDED'
       UNION ALL SELECT $4::text, provider_dispute_id, currency, -amount FROM payment_dispute
       UNION ALL SELECT $5::text, provider_dispute_id, currency, amount FROM payment_dispute WHERE status = 'WON'
       UNION ALL SELECT $6::text, reference, currency, transfer_reversed_amount FROM payment_refund WHERE transfer_reversed_amount > 0`,
      [kinds.CAPTURE, kinds.TRANSFER, kinds.REFUND, kinds.CHARGEBACK, kinds.CHARGEBACK_REVERSAL, kinds.TRANSFER_REVERSAL],
    );
    const rows = new Map<string, ReconciliationDifference>();
    const row = (kind: string, reference: string, currency: string) => {
      const key = `${kind}\u0000${reference}\u0000${currency.trim()}`;
      let found = rows.get(key);
      if (!found) rows.set(key, (found = { kind, reference, currency: currency.trim(), ledgerAmount: 0, providerAmount: 0 }));
      return found;
    };
    for (const p of provider) row(p.kind, p.reference, p.currency).providerAmount += Number(p.amount);
    for (const m of await this.ledger.movements(LedgerAccounts.PROVIDER_CLEARING)) {
      row(m.kind, m.reference, m.currency).ledgerAmount += m.amount;
    }
    return [...rows.values()]
      .filter((r) => r.ledgerAmount !== r.providerAmount)
      .sort((a, b) => (a.kind + a.reference < b.kind + b.reference ? -1 : 1));
  }
}
