import { DynamicModule, Module } from '@nestjs/common';
import { LedgerModule } from '@allmende/ledger';
import { MembershipModule } from '@allmende/membership';
import { PolicyModule } from '@allmende/policy';
import {
  AllocationLineResolver,
  AllocationResolver,
  FiscalYearResolver,
  PayoutChoiceResolver,
  StatementResolver,
} from './api/dividends.resolver';
import { DIVIDENDS_OPTIONS, DividendsOptions } from './dividends.options';
import { AllocationApprovalSubscriber } from './services/allocation-approval.subscriber';
import { AllocationService } from './services/allocation.service';
import { FiscalYearService } from './services/fiscal-year.service';
import { PayoutChoiceService } from './services/payout-choice.service';
import { PayoutService } from './services/payout.service';
import { StatementService } from './services/statement.service';

/** Needs IdentityModule, PaymentsModule, JobsModule and GovernanceModule.forRoot (global) in the app. */
@Module({})
export class DividendsModule {
  static forRoot(options: DividendsOptions): DynamicModule {
    return {
      module: DividendsModule,
      imports: [PolicyModule, LedgerModule, MembershipModule],
      providers: [
        { provide: DIVIDENDS_OPTIONS, useValue: options },
        FiscalYearService,
        AllocationService,
        PayoutChoiceService,
        PayoutService,
        StatementService,
        AllocationApprovalSubscriber,
        FiscalYearResolver,
        AllocationResolver,
        AllocationLineResolver,
        StatementResolver,
        PayoutChoiceResolver,
      ],
      exports: [FiscalYearService, AllocationService, PayoutChoiceService, PayoutService, StatementService],
    };
  }
}
