import { Module } from '@nestjs/common';
import { LedgerResolver } from './api/ledger.resolver';
import { LedgerService } from './services/ledger.service';

/** The double-entry ledger: LedgerService is the only writer of entries. */
@Module({
  providers: [LedgerService, LedgerResolver],
  exports: [LedgerService],
})
export class LedgerModule {}
