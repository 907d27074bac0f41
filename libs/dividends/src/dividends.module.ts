import { Module } from '@nestjs/common';
import { LedgerModule } from '@allmende/ledger';
import { MembershipModule } from '@allmende/membership';
import { PolicyModule } from '@allmende/policy';
import { AllocationLineResolver, AllocationResolver, FiscalYearResolver, PayoutChoiceResolver } from './api/dividends.resolver';
import { AllocationService } from './services/allocation.service';
import { FiscalYearService } from './services/fiscal-year.service';
import { PayoutChoiceService } from './services/payout-choice.service';

/** Needs IdentityModule, PaymentsModule and GovernanceModule.forRoot (global) in the app. */
@Module({
  imports: [PolicyModule, LedgerModule, MembershipModule],
  providers: [
    FiscalYearService,
    AllocationService,
    PayoutChoiceService,
    FiscalYearResolver,
    AllocationResolver,
    AllocationLineResolver,
    PayoutChoiceResolver,
  ],
  exports: [FiscalYearService, AllocationService, PayoutChoiceService],
})
export class DividendsModule {}
