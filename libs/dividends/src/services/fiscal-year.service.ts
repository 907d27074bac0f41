import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { MembershipService } from '@allmende/membership';
import { FiscalCost, FiscalYear, WorkerHours } from '../entities/fiscal-year.entity';
import { fiscalYearMachine } from '../state/fiscal-year-state';

/** The ledger kinds of dividends. */
export const DIVIDEND_LEDGER_KINDS = {
  /** coop:costs debit, coop:bank credit; reference = the cost's id. */
  COST: 'fiscal-cost',
  /** On approval: the year's fee revenue and costs closed into reserve and dividends payable; reference = allocation id. */
  ALLOCATION: 'dividend-allocation',
  /** Shares booked for a member's dividend; reference = <allocation id>:<member id>. */
  SHARES: 'dividend-shares',
  /** A Stripe transfer of a dividend; reference = <allocation id>:<member id>. */
  TRANSFER: 'dividend-transfer',
  /** The SEPA file executed at the bank; reference = allocation id. */
  SEPA: 'dividend-sepa',
} as const;

export interface YearFigures {
  revenue: number;
  costs: number;
  surplus: number;
}

const CURRENCY = 'EUR';

/** Fiscal years, the costs the board enters and workers' hours; revenue comes from the ledger. */
@Injectable()
export class FiscalYearService {
  constructor(
    private readonly txHost: TxHost,
    private readonly ledger: LedgerService,
    private readonly membership: MembershipService,
  ) {}

  private get years() {
    return this.txHost.tx.getRepository(FiscalYear);
  }

  async get(id: string): Promise<FiscalYear> {
    const year = await this.years.findOneBy({ id });
    if (!year) throw new NotFoundError('Fiscal year', id);
    return year;
  }

  list(): Promise<FiscalYear[]> {
    return this.years.find({ order: { startsAt: 'DESC' } });
  }

  @Transactional()
  async create(input: { label: string; startsAt: Date; endsAt: Date }): Promise<FiscalYear> {
    if (!(input.startsAt < input.endsAt)) {
      throw new InvalidInputError('A fiscal year ends after it starts', { endsAt: ['after startsAt'] });
    }
    // Serialise creations so two overlapping years cannot both pass the check.
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext('fiscal_year'))`);
    const overlapping = await this.years
      .createQueryBuilder('y')
      .where('y.starts_at < :end AND y.ends_at > :start', { start: input.startsAt, end: input.endsAt })
      .getOne();
    if (overlapping || (await this.years.findOneBy({ label: input.label.trim() }))) {
      throw new DomainError('FISCAL_YEAR_OVERLAPS', `This period overlaps fiscal year ${overlapping?.label ?? input.label}`);
    }
    const saved = await this.years.save(
      this.years.create({ label: input.label.trim(), startsAt: input.startsAt, endsAt: input.endsAt, currency: CURRENCY }),
    );
    return this.get(saved.id);
  }

  /** Closes a year after its last day: its costs are final and its allocation may run. */
  @Transactional()
  async close(viewer: Viewer, id: string, now = new Date()): Promise<FiscalYear> {
    const year = await this.lock(id);
    fiscalYearMachine.assert(year.state, 'CLOSED');
    if (now < year.endsAt) throw new DomainError('FISCAL_YEAR_NOT_ENDED', `Fiscal year ${year.label} has not ended yet`);
    await this.years.update(id, { state: 'CLOSED', closedAt: now, closedBy: viewer.accountId });
    return this.get(id);
  }

  /** A cost the board enters, posted to the ledger at once (coop:costs debit, coop:bank credit). */
  @Transactional()
  async addCost(
    viewer: Viewer,
    input: { fiscalYearId: string; amount: number; description: string; documentReference: string },
  ): Promise<FiscalCost> {
    const year = await this.lock(input.fiscalYearId);
    if (year.state !== 'OPEN') throw new DomainError('FISCAL_YEAR_CLOSED', `Fiscal year ${year.label} is closed`);
    const id = randomUUID();
    const amount = { amount: input.amount, currency: year.currency };
    const posted = await this.ledger.post({
      kind: DIVIDEND_LEDGER_KINDS.COST,
      reference: id,
      description: `${input.description.trim()} (${input.documentReference.trim()})`,
      entries: [
        { account: LedgerAccounts.COSTS, amount },
        { account: LedgerAccounts.BANK, amount: { amount: -input.amount, currency: year.currency } },
      ],
    });
    const costs = this.txHost.tx.getRepository(FiscalCost);
    await costs.insert({
      id,
      fiscalYearId: year.id,
      amount: input.amount,
      currency: year.currency,
      description: input.description.trim(),
      documentReference: input.documentReference.trim(),
      ledgerTransactionId: posted.id,
      enteredBy: viewer.accountId,
    });
    return costs.findOneByOrFail({ id });
  }

  costsOf(fiscalYearId: string): Promise<FiscalCost[]> {
    return this.txHost.tx.getRepository(FiscalCost).find({ where: { fiscalYearId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Revenue = the platform's fee income posted within the year, net of refunds (a refund reverses its
   * fee in the ledger when it is booked, so a late refund lowers the next year's revenue); costs = the
   * costs entered; surplus = revenue − costs.
   */
  async figures(year: FiscalYear): Promise<YearFigures> {
    const fees = await this.ledger.movementBetween(LedgerAccounts.PLATFORM_FEES, year.currency, year.startsAt, year.endsAt);
    const [row] = await this.txHost.tx.query<{ total: string }[]>(
      `SELECT coalesce(sum(amount), 0) AS total FROM fiscal_cost WHERE fiscal_year_id = $1`,
      [year.id],
    );
    const revenue = -fees.amount;
    const costs = Number(row.total);
    return { revenue, costs, surplus: revenue - costs };
  }

  /** Staff record hours a worker member worked on a day (append-only; corrections are further lines). */
  @Transactional()
  async recordHours(
    viewer: Viewer,
    input: { memberId: string; workedOn: string; hours: number; note?: string | null },
  ): Promise<WorkerHours> {
    const centihours = Math.round(input.hours * 100);
    if (
      !Number.isFinite(input.hours) ||
      Math.abs(input.hours * 100 - centihours) > 1e-6 ||
      centihours <= 0 ||
      centihours > 2400
    ) {
      throw new DomainError('WORKER_HOURS_INVALID', `${input.hours} is not a number of hours between 0.01 and 24`, {
        fields: { hours: ['more than 0, at most 24, in hundredths'] },
      });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.workedOn) || Number.isNaN(Date.parse(`${input.workedOn}T00:00:00Z`))) {
      throw new InvalidInputError('The day is written YYYY-MM-DD', { workedOn: ['YYYY-MM-DD'] });
    }
    const member = await this.membership.get(input.memberId);
    if (member.memberClass !== 'WORKER') {
      throw new DomainError('NOT_A_WORKER_MEMBER', 'Hours are recorded for worker members only');
    }
    const day = new Date(`${input.workedOn}T00:00:00Z`);
    const year = await this.years.createQueryBuilder('y').where('y.starts_at <= :day AND y.ends_at > :day', { day }).getOne();
    if (year?.state === 'CLOSED') throw new DomainError('FISCAL_YEAR_CLOSED', `Fiscal year ${year.label} is closed`);
    const hours = this.txHost.tx.getRepository(WorkerHours);
    const saved = await hours.save(
      hours.create({
        memberId: member.id,
        workedOn: input.workedOn,
        centihours,
        note: input.note?.trim() ?? '',
        enteredBy: viewer.accountId,
      }),
    );
    return hours.findOneByOrFail({ id: saved.id });
  }

  hoursOf(memberId: string, limit = 200): Promise<WorkerHours[]> {
    return this.txHost.tx
      .getRepository(WorkerHours)
      .find({ where: { memberId }, order: { workedOn: 'DESC', createdAt: 'DESC' }, take: limit });
  }

  async lock(id: string): Promise<FiscalYear> {
    const year = await this.years.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!year) throw new NotFoundError('Fiscal year', id);
    return year;
  }
}
