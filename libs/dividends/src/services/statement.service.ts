import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { TxHost, Viewer } from '@allmende/core';
import { MembershipService } from '@allmende/membership';
import { Allocation, AllocationLine, Payout } from '../entities/allocation.entity';
import { AllocationService } from './allocation.service';
import { PayoutService } from './payout.service';

export interface Statement {
  allocation: Allocation;
  fiscalYear: string;
  memberId: string;
  memberName: string;
  line: AllocationLine | null;
  payouts: Payout[];
}

const euros = (cents: number) => `${(cents / 100).toFixed(2)} EUR`;
const TIER_WEIGHT: Record<string, string> = {
  CONSUMER: 'net purchases (cents, after refunds)',
  PRODUCER: 'net sales (cents, after refunds)',
  WORKER: 'hours worked (hundredths)',
  INVESTOR: 'share-days (shares x days held)',
};

/** Each member's statement (how the amount was computed), as data and as a PDF; the board's report as CSV. */
@Injectable()
export class StatementService {
  constructor(
    private readonly txHost: TxHost,
    private readonly allocations: AllocationService,
    private readonly payouts: PayoutService,
    private readonly membership: MembershipService,
  ) {}

  /** The member's own statement, or any for staff; anyone else is FORBIDDEN. */
  async statement(viewer: Viewer, allocationId: string, memberId: string): Promise<Statement> {
    await this.membership.assertCanSee(viewer, memberId);
    return this.build(allocationId, memberId);
  }

  /** The member's statements of every run not rejected, newest first. */
  async statementsOf(viewer: Viewer, memberId: string): Promise<Statement[]> {
    await this.membership.assertCanSee(viewer, memberId);
    const runs = (await this.allocations.list()).filter((allocation) => allocation.state !== 'REJECTED');
    return Promise.all(runs.map((allocation) => this.build(allocation.id, memberId)));
  }

  private async build(allocationId: string, memberId: string): Promise<Statement> {
    const allocation = await this.allocations.settle(allocationId);
    const [year, line, payouts, [memberName]] = await Promise.all([
      this.allocations.yearOf(allocation),
      this.allocations.line(allocationId, memberId),
      this.payouts.payoutsOf(allocationId, memberId),
      this.membership.namesOf([memberId]),
    ]);
    return { allocation, fiscalYear: year.label, memberId, memberName, line, payouts };
  }

  /**
   * The statement as a PDF (pdfkit, uncompressed so its text can be read back): the surplus and its
   * tiers, the member's patronage, the class pool and total, the share, the rounding and the payout.
   */
  pdf(statement: Statement): Promise<Buffer> {
    const { allocation, line } = statement;
    const document = new PDFDocument({
      size: 'A4',
      margin: 56,
      compress: false,
      info: { Title: `Dividend statement ${statement.fiscalYear}` },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
    document.font('Helvetica-Bold').fontSize(16).text(`Dividend statement ${statement.fiscalYear}`);
    document.font('Helvetica').fontSize(10).moveDown();
    document.text(`Member: ${statement.memberName} (${statement.memberId})`);
    document.text(`Allocation: ${allocation.id} (${allocation.state}), digest ${allocation.digest.slice(0, 16)}`);
    document.moveDown();
    document.text(`Revenue: ${euros(allocation.revenue)}`);
    document.text(`Costs: ${euros(allocation.costs)}`);
    document.text(`Surplus: ${euros(allocation.surplus)}`);
    document.text(`Reserve: ${euros(allocation.reserve)}`);
    document.text(`Investor return: ${euros(allocation.investorPool)}`);
    document.text(`Patronage pool: ${euros(allocation.patronagePool)}`);
    document.moveDown();
    if (!line) {
      document.text('You had no patronage in this year, so no share of the surplus.');
    } else {
      document.text(`Class: ${line.memberClass}`);
      document.text(`Your patronage: ${line.weight} ${TIER_WEIGHT[line.memberClass]}`);
      if (line.refunds) document.text(`Refunds booked this year: ${euros(line.refunds)}`);
      document.text(`Class pool: ${euros(line.classPool)}`);
      document.text(`Class total patronage: ${line.classWeight}`);
      document.text(
        `Your share: ${euros(line.classPool)} x ${line.weight} / ${line.classWeight} = ${euros(line.base)} (rounded down)`,
      );
      document.text(`Rounding (largest remainder, ties by member id): ${line.rounding} cent`);
      document
        .font('Helvetica-Bold')
        .text(`Your dividend: ${euros(line.amount)}`)
        .font('Helvetica');
      document.text(`Payout form: ${line.payoutMethod}`);
      for (const payout of statement.payouts) {
        document.text(
          payout.channel === 'SHARES'
            ? `Paid as ${payout.shares} new shares: ${euros(payout.amount)}`
            : `Paid as money by ${payout.channel}: ${euros(payout.amount)} (${payout.state})`,
        );
      }
    }
    document.end();
    return done;
  }

  /** The board's report: totals by class and tier, then every member's line, as CSV. */
  async reportCsv(allocationId: string): Promise<string> {
    const allocation = await this.allocations.get(allocationId);
    const rows: (string | number)[][] = [
      [
        'section',
        'member_id',
        'member_class',
        'tier',
        'weight',
        'class_pool_cents',
        'class_weight',
        'base_cents',
        'rounding',
        'amount_cents',
        'payout_method',
      ],
      ['total', '', '', 'SURPLUS', '', allocation.surplus, '', '', '', allocation.surplus, ''],
      ['total', '', '', 'RESERVE', '', allocation.reserve, '', '', '', allocation.reserve, ''],
    ];
    for (const total of await this.allocations.totalsByClass(allocationId)) {
      rows.push(['class', '', total.memberClass, total.tier, total.weight, total.pool, total.weight, '', '', total.paid, '']);
    }
    for (const line of await this.allocations.lines(allocationId)) {
      rows.push([
        'member',
        line.memberId,
        line.memberClass,
        line.tier,
        line.weight,
        line.classPool,
        line.classWeight,
        line.base,
        line.rounding,
        line.amount,
        line.payoutMethod,
      ]);
    }
    return rows.map((row) => row.join(',')).join('\n') + '\n';
  }
}
