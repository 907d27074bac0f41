import { Inject, Injectable } from '@nestjs/common';
import { Document as SepaDocument } from 'sepa';
import { AuditLog, DomainError, JobQueue, NotFoundError, OnEvent, runSaga, Transactional, TxHost, Viewer } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { MembershipService } from '@allmende/membership';
import { PAYMENT_PROVIDER, PaymentProvider, PayoutAccountService } from '@allmende/payments';
import { PolicyService } from '@allmende/policy';
import { Allocation, Payout, PayoutChannel } from '../entities/allocation.entity';
import { DividendsPaidOut } from '../events/dividend-events';
import { DIVIDENDS_OPTIONS, DividendsOptions } from '../dividends.options';
import { allocationMachine } from '../state/allocation-state';
import { AllocationService } from './allocation.service';
import { DIVIDEND_LEDGER_KINDS } from './fiscal-year.service';

export interface SepaFile {
  fileName: string;
  xml: string;
  transactions: number;
  total: number;
}

interface PayableLine {
  memberId: string;
  amount: string;
  payoutMethod: 'MONEY' | 'SHARES';
  organisationId: string | null;
  iban: string | null;
  accountHolder: string | null;
}

/**
 * Paying out an approved allocation: new shares (booked in the register at the share price, the
 * remainder below one share as money) or money — a Stripe transfer to an organisation with a connected
 * account (a saga after commit, Idempotency-Key `dividend:<allocationId>:<memberId>`), else a line of
 * the run's SEPA credit-transfer file to the member's IBAN, else held until the member gives one.
 * Every step is booked from `coop:dividends-payable`.
 */
@Injectable()
export class PayoutService {
  constructor(
    private readonly txHost: TxHost,
    private readonly allocations: AllocationService,
    private readonly ledger: LedgerService,
    private readonly membership: MembershipService,
    private readonly policy: PolicyService,
    private readonly payoutAccounts: PayoutAccountService,
    private readonly jobs: JobQueue,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(DIVIDENDS_OPTIONS) private readonly options: DividendsOptions,
    private readonly audit: AuditLog,
  ) {}

  private get payouts() {
    return this.txHost.tx.getRepository(Payout);
  }

  /**
   * Pays out an approved allocation in one transaction (shares booked, money payouts committed as
   * PENDING), then the Stripe transfers go out from DividendsPaidOut's subscriber. Refused before the
   * vote passed (DIVIDEND_NOT_APPROVED) and after it failed (DIVIDEND_ALLOCATION_REJECTED); once paid,
   * a repeat changes nothing.
   */
  @Transactional()
  async payOut(viewer: Viewer, allocationId: string, now = new Date()): Promise<Allocation> {
    const settled = await this.allocations.settle(allocationId);
    if (settled.state === 'REJECTED') {
      throw new DomainError('DIVIDEND_ALLOCATION_REJECTED', 'The members did not approve this allocation');
    }
    const allocation = await this.allocations.lock(allocationId);
    if (allocation.state === 'PAID') return allocation;
    if (allocation.state !== 'APPROVED') {
      throw new DomainError(
        'DIVIDEND_NOT_APPROVED',
        `This allocation is ${allocation.state.toLowerCase()}, not approved by vote`,
      );
    }
    const { sharePrice } = await this.policy.current('membership', now);
    const lines = (await this.txHost.tx.query(
      `SELECT l.member_id AS "memberId", l.amount::text AS amount, l.payout_method AS "payoutMethod",
              m.organisation_id AS "organisationId", c.iban, c.account_holder AS "accountHolder"
         FROM dividend_allocation_line l
         JOIN member m ON m.id = l.member_id
         LEFT JOIN dividend_payout_choice c ON c.member_id = l.member_id
        WHERE l.allocation_id = $1 AND l.amount > 0
        ORDER BY l.member_id`,
      [allocation.id],
    )) as PayableLine[];
    const rows: Partial<Payout>[] = [];
    for (const line of lines) {
      const amount = Number(line.amount);
      const shares = line.payoutMethod === 'SHARES' ? Math.floor(amount / sharePrice) : 0;
      if (shares > 0) {
        await this.membership.issueDividendShares({
          memberId: line.memberId,
          shares,
          sharePrice,
          reference: `dividend:${allocation.id}`,
          at: now,
        });
        await this.ledger.post({
          kind: DIVIDEND_LEDGER_KINDS.SHARES,
          reference: `${allocation.id}:${line.memberId}`,
          description: `${shares} new shares from the dividend`,
          entries: [
            { account: LedgerAccounts.DIVIDENDS_PAYABLE, amount: { amount: shares * sharePrice, currency: allocation.currency } },
            {
              account: LedgerAccounts.memberCapital(line.memberId),
              amount: { amount: -shares * sharePrice, currency: allocation.currency },
            },
          ],
        });
        rows.push({
          memberId: line.memberId,
          channel: 'SHARES',
          amount: shares * sharePrice,
          shares,
          sharePrice,
          state: 'DONE',
          doneAt: now,
        });
      }
      const cash = amount - shares * sharePrice;
      if (cash === 0) continue;
      const account = line.organisationId ? await this.payoutAccounts.payoutAccountOf(line.organisationId) : null;
      const channel: PayoutChannel = account?.payoutsEnabled ? 'STRIPE' : line.iban ? 'SEPA' : 'HELD';
      rows.push({
        memberId: line.memberId,
        channel,
        amount: cash,
        iban: channel === 'SEPA' ? line.iban : null,
        accountHolder: channel === 'SEPA' ? line.accountHolder : null,
        providerAccountId: channel === 'STRIPE' ? account!.providerAccountId : null,
        state: 'PENDING',
      });
    }
    for (let i = 0; i < rows.length; i += 1000) {
      await this.payouts.insert(rows.slice(i, i + 1000).map((row) => ({ ...row, allocationId: allocation.id })));
    }
    allocationMachine.assert(allocation.state, 'PAID');
    await this.txHost.tx.getRepository(Allocation).update(allocation.id, { state: 'PAID', paidAt: now });
    await this.jobs.publish(new DividendsPaidOut({ allocationId: allocation.id }));
    await this.audit.record({
      action: 'dividends.paid_out',
      actorAccountId: viewer.accountId,
      subject: { type: 'allocation', id: allocation.id },
    });
    return this.allocations.get(allocation.id);
  }

  /**
   * Sends the allocation's pending Stripe transfers, each a saga step outside any transaction: the
   * payout row was committed first, the provider is called with `dividend:<allocationId>:<memberId>`,
   * and the answer and the ledger post are recorded in a second transaction. Run again after a
   * failure, it sends nothing twice.
   */
  @OnEvent(DividendsPaidOut, { transaction: false })
  async sendTransfers(event: DividendsPaidOut): Promise<void> {
    const pending = await this.payouts.find({
      where: { allocationId: event.allocationId, channel: 'STRIPE', state: 'PENDING' },
      order: { memberId: 'ASC' },
    });
    for (const payout of pending) {
      await runSaga(
        [
          {
            name: 'dividend transfer',
            action: async (row: Payout) => {
              const key = `dividend:${row.allocationId}:${row.memberId}`;
              const { providerTransferId } = await this.provider.createTransfer({
                orderId: key,
                paymentId: row.allocationId,
                destination: row.providerAccountId!,
                amount: { amount: row.amount, currency: 'EUR' },
                transferGroup: `dividend:${row.allocationId}`,
                idempotencyKey: key,
              });
              await this.recordTransfer(row.allocationId, row.memberId, providerTransferId);
            },
          },
        ],
        payout,
      );
    }
  }

  @Transactional()
  private async recordTransfer(allocationId: string, memberId: string, providerTransferId: string | null): Promise<void> {
    const payout = await this.payouts.findOne({
      where: { allocationId, memberId, channel: 'STRIPE' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!payout || payout.state === 'DONE') return;
    await this.payouts.update(
      { allocationId, memberId, channel: 'STRIPE' },
      { state: 'DONE', providerTransferId, doneAt: new Date() },
    );
    await this.ledger.post({
      kind: DIVIDEND_LEDGER_KINDS.TRANSFER,
      reference: `${allocationId}:${memberId}`,
      description: 'Dividend transferred to the member’s connected account',
      entries: [
        { account: LedgerAccounts.DIVIDENDS_PAYABLE, amount: { amount: payout.amount, currency: 'EUR' } },
        { account: LedgerAccounts.PROVIDER_CLEARING, amount: { amount: -payout.amount, currency: 'EUR' } },
      ],
    });
  }

  payoutsOf(allocationId: string, memberId?: string): Promise<Payout[]> {
    return this.payouts.find({
      where: { allocationId, ...(memberId ? { memberId } : {}) },
      order: { memberId: 'ASC', channel: 'ASC' },
    });
  }

  /** The run's SEPA credit-transfer file (pain.001.001.09): one payment block from the co-op's account, one transaction per member. */
  async sepaFile(allocationId: string): Promise<SepaFile> {
    const allocation = await this.allocations.get(allocationId);
    const lines = await this.payouts.find({ where: { allocationId, channel: 'SEPA' }, order: { memberId: 'ASC' } });
    if (lines.length === 0) throw new DomainError('DIVIDEND_NO_BANK_TRANSFERS', 'This payout has no bank transfers');
    const id = `ALLMENDE-DIV-${allocation.id.slice(0, 8).toUpperCase()}`;
    const document = new SepaDocument('pain.001.001.09');
    document.grpHdr.id = id;
    document.grpHdr.created = allocation.paidAt ?? new Date();
    document.grpHdr.initiatorName = this.options.debtor.name;
    const info = document.createPaymentInfo();
    info.requestedExecutionDate = allocation.paidAt ?? new Date();
    info.debtorIBAN = this.options.debtor.iban;
    if (this.options.debtor.bic) info.debtorBIC = this.options.debtor.bic;
    info.debtorName = this.options.debtor.name;
    document.addPaymentInfo(info);
    let total = 0;
    for (const line of lines) {
      const tx = info.createTransaction();
      tx.creditorName = line.accountHolder!.slice(0, 70);
      tx.creditorIBAN = line.iban!;
      tx.amount = line.amount / 100;
      tx.remittanceInfo = `Allmende dividend ${allocation.id.slice(0, 8)}`;
      tx.end2endId = `DIV-${allocation.id.slice(0, 8)}-${line.memberId.slice(0, 8)}`;
      info.addTransaction(tx);
      total += line.amount;
    }
    return { fileName: `${id}.xml`, xml: document.toString(), transactions: lines.length, total };
  }

  /** The bank executed the SEPA file: its lines are paid and booked (dividends payable to coop:bank). Once. */
  @Transactional()
  async markSepaExecuted(viewer: Viewer, allocationId: string, now = new Date()): Promise<Allocation> {
    const allocation = await this.allocations.lock(allocationId);
    if (allocation.sepaExecutedAt) return allocation;
    const pending = await this.payouts.find({ where: { allocationId, channel: 'SEPA', state: 'PENDING' } });
    if (pending.length === 0) throw new DomainError('DIVIDEND_NO_BANK_TRANSFERS', 'This payout has no bank transfers to mark');
    const total = pending.reduce((sum, line) => sum + line.amount, 0);
    await this.payouts.update({ allocationId, channel: 'SEPA', state: 'PENDING' }, { state: 'DONE', doneAt: now });
    await this.ledger.post({
      kind: DIVIDEND_LEDGER_KINDS.SEPA,
      reference: allocationId,
      description: `SEPA credit transfers of ${pending.length} dividends executed`,
      entries: [
        { account: LedgerAccounts.DIVIDENDS_PAYABLE, amount: { amount: total, currency: allocation.currency } },
        { account: LedgerAccounts.BANK, amount: { amount: -total, currency: allocation.currency } },
      ],
    });
    await this.txHost.tx.getRepository(Allocation).update(allocation.id, { sepaExecutedAt: now });
    await this.audit.record({
      action: 'dividends.sepa_executed',
      actorAccountId: viewer.accountId,
      subject: { type: 'allocation', id: allocationId },
      details: { transfers: pending.length, total },
    });
    return this.allocations.get(allocationId);
  }

  async assertExists(allocationId: string): Promise<void> {
    if (!(await this.txHost.tx.getRepository(Allocation).existsBy({ id: allocationId }))) {
      throw new NotFoundError('Dividend allocation', allocationId);
    }
  }
}
