import { Module } from '@nestjs/common';
import { OrganisationDonationsResolver } from './api/donations.resolver';
import { LedgerResolver } from './api/ledger.resolver';
import { LedgerService } from './services/ledger.service';

/** The double-entry ledger: LedgerService is the only writer of entries. */
@Module({
  providers: [LedgerService, LedgerResolver, OrganisationDonationsResolver],
  exports: [LedgerService],
})
export class LedgerModule {}
