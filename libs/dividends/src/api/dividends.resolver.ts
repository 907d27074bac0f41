import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  Connection,
  CurrentViewer,
  decodeCursor,
  IdArg,
  MoneyType,
  RequestContext,
  requestLoader,
  RequirePlatformRole,
  toConnection,
  Viewer,
} from '@allmende/core';
import { MembershipService } from '@allmende/membership';
import { Allocation, AllocationLine } from '../entities/allocation.entity';
import { FiscalCost, FiscalYear, WorkerHours } from '../entities/fiscal-year.entity';
import { AllocationService } from '../services/allocation.service';
import { FiscalYearService } from '../services/fiscal-year.service';
import { PayoutChoiceService, PayoutChoiceView } from '../services/payout-choice.service';
import { PayoutService } from '../services/payout.service';
import { Statement, StatementService } from '../services/statement.service';
import {
  AddFiscalCostInput,
  AllocationLineConnection,
  AllocationLinesArgs,
  AllocationLineType,
  AllocationType,
  ClassPoolType,
  CreateFiscalYearInput,
  FiscalCostType,
  FiscalYearFiguresType,
  FiscalYearType,
  PayoutChoiceType,
  PayoutType,
  RecordWorkerHoursInput,
  SepaFileType,
  SetPayoutChoiceInput,
  StatementType,
  WorkerHoursType,
} from './dividends.types';

const cash = (amount: number, currency: string): MoneyType => ({ amount, currency });

export function presentAllocation(allocation: Allocation): AllocationType {
  const c = allocation.currency;
  return {
    ...allocation,
    revenue: cash(allocation.revenue, c),
    costs: cash(allocation.costs, c),
    surplus: cash(allocation.surplus, c),
    reserve: cash(allocation.reserve, c),
    investorPool: cash(allocation.investorPool, c),
    investorCap: cash(allocation.investorCap, c),
    patronagePool: cash(allocation.patronagePool, c),
    nothingToAllocate: allocation.surplus <= 0,
  };
}

export function presentLine(line: AllocationLine, currency = 'EUR'): AllocationLineType {
  return {
    memberId: line.memberId,
    memberClass: line.memberClass,
    tier: line.tier,
    weight: String(line.weight),
    purchases: cash(line.purchases, currency),
    refunds: cash(line.refunds, currency),
    classPool: cash(line.classPool, currency),
    classWeight: String(line.classWeight),
    base: cash(line.base, currency),
    rounding: line.rounding,
    amount: cash(line.amount, currency),
    payoutMethod: line.payoutMethod,
  };
}

const presentHours = (entry: WorkerHours): WorkerHoursType => ({ ...entry, hours: entry.centihours / 100 });
const presentCost = (cost: FiscalCost): FiscalCostType => ({ ...cost, amount: cash(cost.amount, cost.currency) });

@Resolver(() => FiscalYearType)
export class FiscalYearResolver {
  constructor(
    private readonly years: FiscalYearService,
    private readonly allocations: AllocationService,
  ) {}

  @Query(() => [FiscalYearType], { description: 'Staff (the board): every fiscal year, newest first' })
  @RequirePlatformRole('STAFF')
  fiscalYears(): Promise<FiscalYear[]> {
    return this.years.list();
  }

  @Mutation(() => FiscalYearType, { description: 'Staff: open a fiscal year [startsAt, endsAt)' })
  @RequirePlatformRole('STAFF')
  createFiscalYear(@Args('input') input: CreateFiscalYearInput): Promise<FiscalYear> {
    return this.years.create(input);
  }

  @Mutation(() => FiscalYearType, { description: 'Staff: close a fiscal year after its last day' })
  @RequirePlatformRole('STAFF')
  closeFiscalYear(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<FiscalYear> {
    return this.years.close(viewer, id);
  }

  @Mutation(() => FiscalCostType, { description: 'Staff: enter a cost of an open fiscal year (posted to the ledger)' })
  @RequirePlatformRole('STAFF')
  async addFiscalCost(@CurrentViewer() viewer: Viewer, @Args('input') input: AddFiscalCostInput): Promise<FiscalCostType> {
    return presentCost(await this.years.addCost(viewer, { ...input, amount: input.amountCents }));
  }

  @Mutation(() => WorkerHoursType, { description: 'Staff: record hours a worker member worked (append-only)' })
  @RequirePlatformRole('STAFF')
  async recordWorkerHours(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordWorkerHoursInput,
  ): Promise<WorkerHoursType> {
    return presentHours(await this.years.recordHours(viewer, input));
  }

  @Query(() => [WorkerHoursType], { description: 'Staff: a worker member’s recorded hours, newest first' })
  @RequirePlatformRole('STAFF')
  async workerHours(@IdArg('memberId') memberId: string): Promise<WorkerHoursType[]> {
    return (await this.years.hoursOf(memberId)).map(presentHours);
  }

  @ResolveField(() => FiscalYearFiguresType, {
    description: 'Revenue from the ledger, costs, surplus (live until the allocation runs)',
  })
  async figures(@Parent() year: FiscalYear): Promise<FiscalYearFiguresType> {
    const figures = await this.years.figures(year);
    return {
      revenue: cash(figures.revenue, year.currency),
      costs: cash(figures.costs, year.currency),
      surplus: cash(figures.surplus, year.currency),
    };
  }

  @ResolveField(() => [FiscalCostType])
  async costs(@Parent() year: FiscalYear): Promise<FiscalCostType[]> {
    return (await this.years.costsOf(year.id)).map(presentCost);
  }

  @ResolveField(() => AllocationType, { nullable: true, description: 'The year’s allocation run that is not rejected' })
  async allocation(@Parent() year: FiscalYear): Promise<AllocationType | null> {
    const allocation = await this.allocations.ofYear(year.id);
    return allocation ? presentAllocation(allocation) : null;
  }
}

@Resolver(() => AllocationType)
export class AllocationResolver {
  constructor(
    private readonly allocations: AllocationService,
    private readonly years: FiscalYearService,
    private readonly payouts: PayoutService,
    private readonly statements: StatementService,
  ) {}

  @Mutation(() => AllocationType, {
    description:
      'Staff who are members: carry a draft to the members’ vote as a DIVIDEND_ALLOCATION proposal (published for deliberation)',
  })
  @RequirePlatformRole('STAFF')
  async proposeDividendAllocation(
    @CurrentViewer() viewer: Viewer,
    @IdArg('allocationId') allocationId: string,
    @Args('memberId', { type: () => ID, nullable: true, description: 'The membership the staff member acts as' })
    memberId?: string | null,
  ): Promise<AllocationType> {
    return presentAllocation(await this.allocations.propose(viewer, allocationId, memberId));
  }

  @Mutation(() => AllocationType, { description: 'Staff: pay out an allocation the members approved (shares, Stripe, SEPA)' })
  @RequirePlatformRole('STAFF')
  async payOutDividends(@CurrentViewer() viewer: Viewer, @IdArg('allocationId') allocationId: string): Promise<AllocationType> {
    return presentAllocation(await this.payouts.payOut(viewer, allocationId));
  }

  @Mutation(() => AllocationType, { description: 'Staff: the bank executed the run’s SEPA file' })
  @RequirePlatformRole('STAFF')
  async markDividendSepaExecuted(
    @CurrentViewer() viewer: Viewer,
    @IdArg('allocationId') allocationId: string,
  ): Promise<AllocationType> {
    return presentAllocation(await this.payouts.markSepaExecuted(viewer, allocationId));
  }

  @Query(() => SepaFileType, { description: 'Staff: the run’s SEPA credit-transfer file for the bank' })
  @RequirePlatformRole('STAFF')
  async dividendSepaFile(@IdArg('allocationId') allocationId: string): Promise<SepaFileType> {
    const file = await this.payouts.sepaFile(allocationId);
    return { ...file, total: cash(file.total, 'EUR') };
  }

  @Query(() => String, { description: 'Staff: the allocation report (totals by class and tier, every line) as CSV' })
  @RequirePlatformRole('STAFF')
  async dividendReportCsv(@IdArg('allocationId') allocationId: string): Promise<string> {
    await this.allocations.get(allocationId);
    return this.statements.reportCsv(allocationId);
  }

  @Query(() => AllocationType, { description: 'Staff: an allocation run' })
  @RequirePlatformRole('STAFF')
  async dividendAllocation(@IdArg('id') id: string): Promise<AllocationType> {
    return presentAllocation(await this.allocations.settle(id));
  }

  @Query(() => [AllocationType], { description: 'Members: the allocation runs, newest first (figures only; lines are staff’s)' })
  @Authenticated()
  async dividendAllocations(): Promise<AllocationType[]> {
    return (await this.allocations.list()).map(presentAllocation);
  }

  @Mutation(() => AllocationType, {
    description: 'Staff: run (or re-run) the allocation of a closed fiscal year; once proposed it changes nothing',
  })
  @RequirePlatformRole('STAFF')
  async runDividendAllocation(
    @CurrentViewer() viewer: Viewer,
    @IdArg('fiscalYearId') fiscalYearId: string,
  ): Promise<AllocationType> {
    return presentAllocation(await this.allocations.run(viewer, fiscalYearId));
  }

  @ResolveField(() => FiscalYearType)
  fiscalYear(@Parent() allocation: AllocationType): Promise<FiscalYear> {
    return this.years.get(allocation.fiscalYearId);
  }

  @ResolveField(() => [ClassPoolType], { description: 'Totals by class and tier' })
  async classes(@Parent() allocation: AllocationType): Promise<ClassPoolType[]> {
    return (await this.allocations.totalsByClass(allocation.id)).map((row) => ({
      memberClass: row.memberClass as ClassPoolType['memberClass'],
      tier: row.tier,
      members: row.members,
      totalWeight: String(row.weight),
      pool: cash(row.pool, allocation.currency),
      allocated: cash(row.paid, allocation.currency),
    }));
  }

  @ResolveField(() => AllocationLineConnection, { description: 'Staff: every member’s line, by member id' })
  async lines(
    @Parent() allocation: AllocationType,
    @Args() args: AllocationLinesArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<AllocationLineType>> {
    if (viewer.platformRole !== 'STAFF') return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    const after = args.after ? (decodeCursor(args.after, ['uuid'])[0] as string) : null;
    const { rows, total } = await this.allocations.linePage(allocation.id, args.first, after);
    return toConnection(
      rows.map((line) => presentLine(line, allocation.currency)),
      args.first,
      total,
      (line) => [line.memberId],
    );
  }
}

@Resolver(() => AllocationLineType)
export class AllocationLineResolver {
  constructor(private readonly membership: MembershipService) {}

  @ResolveField(() => String, { description: 'The member’s name' })
  async memberName(@Parent() line: AllocationLineType, @Context() context: RequestContext): Promise<string> {
    return requestLoader<string, string>(context, 'memberNames', (ids) => this.membership.namesOf(ids)).load(line.memberId);
  }
}

export function presentStatement(statement: Statement): StatementType {
  return {
    allocationId: statement.allocation.id,
    memberId: statement.memberId,
    memberName: statement.memberName,
    fiscalYear: statement.fiscalYear,
    state: statement.allocation.state,
    line: statement.line ? presentLine(statement.line, statement.allocation.currency) : null,
    payouts: statement.payouts.map((payout): PayoutType => ({
      ...payout,
      amount: cash(payout.amount, statement.allocation.currency),
    })),
  };
}

@Resolver(() => StatementType)
export class StatementResolver {
  constructor(private readonly statements: StatementService) {}

  @Query(() => StatementType, { description: 'How a member’s dividend was computed: the member’s own, or any for staff' })
  @Authenticated()
  async dividendStatement(
    @CurrentViewer() viewer: Viewer,
    @IdArg('allocationId') allocationId: string,
    @IdArg('memberId') memberId: string,
  ): Promise<StatementType> {
    return presentStatement(await this.statements.statement(viewer, allocationId, memberId));
  }

  @Query(() => [StatementType], {
    description: 'A member’s statements of every run not rejected: the member’s own, or any for staff',
  })
  @Authenticated()
  async dividendStatements(@CurrentViewer() viewer: Viewer, @IdArg('memberId') memberId: string): Promise<StatementType[]> {
    return (await this.statements.statementsOf(viewer, memberId)).map(presentStatement);
  }

  @ResolveField(() => String, { description: 'The statement as a PDF, base64' })
  async pdfBase64(@Parent() statement: StatementType, @CurrentViewer() viewer: Viewer): Promise<string> {
    const full = await this.statements.statement(viewer, statement.allocationId, statement.memberId);
    return (await this.statements.pdf(full)).toString('base64');
  }
}

@Resolver(() => PayoutChoiceType)
export class PayoutChoiceResolver {
  constructor(private readonly choices: PayoutChoiceService) {}

  @Query(() => PayoutChoiceType, {
    description: 'A member’s dividend payout choice and IBAN: the member’s own, or any for staff',
  })
  @Authenticated()
  dividendPayoutChoice(@CurrentViewer() viewer: Viewer, @IdArg('memberId') memberId: string): Promise<PayoutChoiceView> {
    return this.choices.of(viewer, memberId);
  }

  @Mutation(() => PayoutChoiceType, {
    description: 'A member chooses how its dividend is paid (before the run), with an IBAN for bank transfers',
  })
  @Authenticated()
  setDividendPayoutChoice(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetPayoutChoiceInput,
  ): Promise<PayoutChoiceView> {
    return this.choices.set(viewer, input);
  }
}
