import { Module } from '@nestjs/common';
import { LedgerModule } from '@allmende/ledger';
import { PolicyModule } from '@allmende/policy';
import { MembershipResolver } from './api/membership.resolver';
import { MembershipService } from './services/membership.service';
import { SharePaymentSubscriber } from './services/share-payment.subscriber';
import { ShareRegisterService } from './services/share-register.service';

/** Needs IdentityModule and PaymentsModule in the app. */
@Module({
  imports: [PolicyModule, LedgerModule],
  providers: [MembershipService, ShareRegisterService, SharePaymentSubscriber, MembershipResolver],
  exports: [MembershipService, ShareRegisterService],
})
export class MembershipModule {}
