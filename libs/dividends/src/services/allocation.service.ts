import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { ProposalService } from '@allmende/governance';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { MEMBER_CLASSES, PolicyService } from '@allmende/policy';
import { Allocation, AllocationLine } from '../entities/allocation.entity';
import { FiscalYear } from '../entities/fiscal-year.entity';
import { allocationMachine, AllocationState } from '../state/allocation-state';
import { AllocationRules, PatronClass, tierAmounts } from './allocation-math';
import { CLASS_TOTALS_SQL, DISTRIBUTE_SQL, INSERT_LINES_SQL, LINES_DIGEST_SQL, PATRONAGE_TABLE_SQL } from './allocation-sql';
import { DIVIDEND_LEDGER_KINDS, FiscalYearService } from './fiscal-year.service';

const DAY_MS = 86_400_000;
/** States in which members' payout choices are frozen: a run exists that is not yet paid or rejected. */
export const CHOICE_FROZEN: readonly AllocationState[] = ['DRAFT', 'PROPOSED', 'APPROVED'];

/** The allocation run of a fiscal year, its approval by vote and its rejection. */
@Injectable()
export class AllocationService {
  private readonly logger = new Logger(AllocationService.name);

  constructor(
    private readonly txHost: TxHost,
    private readonly years: FiscalYearService,
    private readonly policy: PolicyService,
    private readonly ledger: LedgerService,
    private readonly proposals: ProposalService,
  ) {}

  private get allocations() {
    return this.txHost.tx.getRepository(Allocation);
  }

  async get(id: string): Promise<Allocation> {
    const allocation = await this.allocations.findOneBy({ id });
    if (!allocation) throw new NotFoundError('Dividend allocation', id);
    return allocation;
  }

  /** The fiscal year's live allocation (not rejected), or null. */
  ofYear(fiscalYearId: string): Promise<Allocation | null> {
    return this.allocations
      .createQueryBuilder('a')
      .where(`a.fiscal_year_id = :fiscalYearId AND a.state <> 'REJECTED'`, { fiscalYearId })
      .getOne();
  }

  list(limit = 50): Promise<Allocation[]> {
    return this.allocations.find({ order: { createdAt: 'DESC' }, take: limit });
  }

  /**
   * Runs the allocation of a closed fiscal year, in set-based SQL. A draft is computed afresh (the
   * same inputs give byte-identical lines and the same digest); once proposed, approved or paid a run
   * changes nothing and returns the allocation as it stands.
   */
  @Transactional()
  async run(viewer: Viewer, fiscalYearId: string, now = new Date()): Promise<Allocation> {
    // Runs and payout choices take turns (see PayoutChoiceService.set).
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext('dividend_run'))`);
    const year = await this.years.lock(fiscalYearId);
    if (year.state !== 'CLOSED') {
      throw new DomainError('FISCAL_YEAR_NOT_CLOSED', `Close fiscal year ${year.label} before running its allocation`);
    }
    const existing = await this.allocations
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where(`a.fiscal_year_id = :id AND a.state <> 'REJECTED'`, { id: year.id })
      .getOne();
    if (existing && existing.state !== 'DRAFT') return existing;

    const figures = await this.years.figures(year);
    const policy = await this.policy.current('dividends');
    const rules: AllocationRules = {
      reserveBp: policy.reserveBp,
      reserveMinBp: policy.reserveMinBp,
      investorReturnCapBp: policy.investorReturnCapBp,
      patronageRatio: { ...policy.patronageRatio },
      daysInYear: Math.round((year.endsAt.getTime() - year.startsAt.getTime()) / DAY_MS),
    };
    const parameters = { ...rules, defaultPayout: policy.defaultPayout };
    const blank = {
      revenue: figures.revenue,
      costs: figures.costs,
      surplus: figures.surplus,
      reserve: 0,
      investorPool: 0,
      investorCap: 0,
      patronagePool: 0,
      classPools: { CONSUMER: 0, PRODUCER: 0, WORKER: 0 } as Record<string, number>,
    };
    let allocation: Allocation;
    if (existing) {
      allocation = existing;
      await this.txHost.tx.query(`DELETE FROM dividend_allocation_line WHERE allocation_id = $1`, [existing.id]);
    } else {
      allocation = await this.allocations.save(
        this.allocations.create({
          fiscalYearId: year.id,
          currency: year.currency,
          ...blank,
          // Held in the reserve until the tiers are computed below (the row's check wants the parts to add up).
          reserve: Math.max(figures.surplus, 0),
          parameters,
          digest: '',
          runs: 0,
          createdBy: viewer.accountId,
          computedAt: now,
        }),
      );
    }
    let tiers = blank;
    if (figures.surplus > 0) {
      // Room for the sorts of the largest-remainder ranking, within this transaction only.
      await this.txHost.tx.query(`SET LOCAL work_mem = '64MB'`);
      await this.txHost.tx.query(PATRONAGE_TABLE_SQL);
      await this.txHost.tx.query(INSERT_LINES_SQL, [year.startsAt, year.endsAt, policy.defaultPayout]);
      const totals = (await this.txHost.tx.query(CLASS_TOTALS_SQL)) as {
        memberClass: string;
        weight: string;
        capitalDays: string;
      }[];
      const weightOf = (memberClass: string) => BigInt(totals.find((t) => t.memberClass === memberClass)?.weight ?? 0);
      const computed = tierAmounts(figures.surplus, rules, {
        capitalDays: BigInt(totals.find((t) => t.memberClass === 'INVESTOR')?.capitalDays ?? 0),
        hasInvestors: weightOf('INVESTOR') > 0n,
        classWeights: { CONSUMER: weightOf('CONSUMER'), PRODUCER: weightOf('PRODUCER'), WORKER: weightOf('WORKER') },
      });
      tiers = { ...blank, ...computed };
      const pools: Record<string, number> = { ...computed.classPools, INVESTOR: computed.investorPool };
      await this.txHost.tx.query(DISTRIBUTE_SQL, [allocation.id, JSON.stringify(pools)]);
    }
    const [{ digest: linesDigest }] = (await this.txHost.tx.query(LINES_DIGEST_SQL, [allocation.id])) as { digest: string }[];
    const digest = createHash('sha256')
      .update(JSON.stringify({ year: year.id, tiers, parameters, lines: linesDigest }))
      .digest('hex');
    await this.allocations.update(allocation.id, {
      ...tiers,
      parameters,
      digest,
      runs: allocation.runs + 1,
      computedAt: now,
    });
    return this.get(allocation.id);
  }

  lines(allocationId: string): Promise<AllocationLine[]> {
    return this.txHost.tx.getRepository(AllocationLine).find({ where: { allocationId }, order: { memberId: 'ASC' } });
  }

  /** A page of lines in member-id order, after `after`, and how many there are. */
  async linePage(allocationId: string, first: number, after: string | null): Promise<{ rows: AllocationLine[]; total: number }> {
    const repository = this.txHost.tx.getRepository(AllocationLine);
    const query = repository.createQueryBuilder('l').where('l.allocation_id = :allocationId', { allocationId });
    const total = await query.getCount();
    if (after) query.andWhere('l.member_id > :after', { after });
    const rows = await query
      .orderBy('l.member_id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  line(allocationId: string, memberId: string): Promise<AllocationLine | null> {
    return this.txHost.tx.getRepository(AllocationLine).findOneBy({ allocationId, memberId });
  }

  /** Totals by class and tier: what the board report shows. */
  async totalsByClass(
    allocationId: string,
  ): Promise<{ memberClass: string; tier: string; members: number; weight: number; pool: number; paid: number }[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT member_class AS "memberClass", tier, count(*)::int AS members, sum(weight)::text AS weight,
              max(class_pool)::text AS pool, sum(amount)::text AS paid
         FROM dividend_allocation_line WHERE allocation_id = $1 GROUP BY member_class, tier`,
      [allocationId],
    )) as { memberClass: string; tier: string; members: number; weight: string; pool: string; paid: string }[];
    return MEMBER_CLASSES.flatMap((memberClass) =>
      rows
        .filter((row) => row.memberClass === memberClass)
        .map((row) => ({ ...row, weight: Number(row.weight), pool: Number(row.pool), paid: Number(row.paid) })),
    );
  }

  /**
   * Carries a draft to the members' vote: a DIVIDEND_ALLOCATION proposal (consent poll) written and
   * published by the board member, in the same transaction as the allocation becoming PROPOSED.
   */
  @Transactional()
  async propose(viewer: Viewer, allocationId: string, memberId?: string | null): Promise<Allocation> {
    const allocation = await this.lock(allocationId);
    if (allocation.state !== 'DRAFT') {
      throw new DomainError('DIVIDEND_ALLOCATION_NOT_DRAFT', `This allocation is ${allocation.state.toLowerCase()}`);
    }
    if (allocation.surplus <= 0) throw new DomainError('DIVIDEND_NOTHING_TO_ALLOCATE', 'There is no surplus to allocate');
    const year = await this.years.get(allocation.fiscalYearId);
    const euros = (cents: number) => (cents / 100).toFixed(2);
    const proposal = await this.proposals.create(
      viewer,
      {
        kind: 'DIVIDEND_ALLOCATION',
        title: `Dividends for ${year.label}`,
        problemStatement: `The surplus of ${year.label} is ${euros(allocation.surplus)} ${allocation.currency}; the members decide how it is shared.`,
        body: [
          `Revenue ${euros(allocation.revenue)}, costs ${euros(allocation.costs)}, surplus ${euros(allocation.surplus)} ${allocation.currency}.`,
          `Reserve ${euros(allocation.reserve)}; investor return ${euros(allocation.investorPool)}; patronage ${euros(allocation.patronagePool)}` +
            ` (consumers ${euros(allocation.classPools.CONSUMER ?? 0)}, producers ${euros(allocation.classPools.PRODUCER ?? 0)}, workers ${euros(allocation.classPools.WORKER ?? 0)}).`,
          `Allocation ${allocation.id}, digest ${allocation.digest}.`,
        ].join('\n\n'),
        pollType: 'CONSENT',
        options: [],
        policyChanges: [],
        allocationId: allocation.id,
      },
      memberId,
    );
    await this.proposals.publish(viewer, proposal.id);
    allocationMachine.assert(allocation.state, 'PROPOSED');
    await this.allocations.update(allocation.id, { state: 'PROPOSED', proposalId: proposal.id, proposedAt: new Date() });
    return this.get(allocation.id);
  }

  /**
   * A DIVIDEND_ALLOCATION proposal passed: its allocation becomes payable, and the year is closed
   * into the ledger (fee revenue debited, costs, reserve and dividends payable credited). Exactly
   * once however often the event comes: the allocation row is locked and must still be PROPOSED by
   * this very proposal.
   */
  @Transactional()
  async approve(event: { proposalId: string; kind: string; allocationId: string | null }): Promise<boolean> {
    if (event.kind !== 'DIVIDEND_ALLOCATION' || !event.allocationId) return false;
    const allocation = await this.allocations.findOne({ where: { id: event.allocationId }, lock: { mode: 'pessimistic_write' } });
    if (!allocation || allocation.state !== 'PROPOSED' || allocation.proposalId !== event.proposalId) return false;
    allocationMachine.assert(allocation.state, 'APPROVED');
    const amount = (value: number) => ({ amount: value, currency: allocation.currency });
    await this.ledger.post({
      kind: DIVIDEND_LEDGER_KINDS.ALLOCATION,
      reference: allocation.id,
      description: 'Surplus allocation approved by the members’ vote',
      entries: [
        { account: LedgerAccounts.PLATFORM_FEES, amount: amount(allocation.revenue) },
        { account: LedgerAccounts.COSTS, amount: amount(-allocation.costs) },
        { account: LedgerAccounts.RESERVE, amount: amount(-allocation.reserve) },
        { account: LedgerAccounts.DIVIDENDS_PAYABLE, amount: amount(-(allocation.investorPool + allocation.patronagePool)) },
      ],
    });
    await this.allocations.update(allocation.id, { state: 'APPROVED', approvedAt: new Date() });
    this.logger.log({ msg: 'dividend allocation approved', allocationId: allocation.id, proposalId: event.proposalId });
    return true;
  }

  /**
   * The allocation as it stands, a PROPOSED one whose vote closed without passing moved to REJECTED
   * first (governance tells only of passes; a rejection is read from the proposal).
   */
  @Transactional()
  async settle(allocationId: string): Promise<Allocation> {
    const allocation = await this.lock(allocationId);
    if (allocation.state === 'PROPOSED' && allocation.proposalId) {
      const proposal = await this.proposals.get(allocation.proposalId);
      if (proposal.state !== 'DRAFT' && proposal.outcome && proposal.outcome !== 'PASSED') {
        allocationMachine.assert(allocation.state, 'REJECTED');
        await this.allocations.update(allocation.id, { state: 'REJECTED' });
      }
    }
    return this.get(allocationId);
  }

  /** Whether members' payout choices are frozen now (a run exists that is not paid or rejected). */
  async choicesFrozen(): Promise<boolean> {
    const [row] = (await this.txHost.tx.query(`SELECT count(*)::int AS n FROM dividend_allocation WHERE state = ANY($1)`, [
      CHOICE_FROZEN,
    ])) as { n: number }[];
    return row.n > 0;
  }

  async yearOf(allocation: Allocation): Promise<FiscalYear> {
    return this.years.get(allocation.fiscalYearId);
  }

  async lock(id: string): Promise<Allocation> {
    const allocation = await this.allocations.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!allocation) throw new NotFoundError('Dividend allocation', id);
    return allocation;
  }
}

export type { PatronClass };
