import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUrl, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { AuditLog, Authenticated, CurrentViewer, RequirePlatformRole, Viewer } from '@allmende/core';
import { OrganisationService } from '@allmende/identity';
import { PayoutAccount } from '../entities/payout-account.entity';
import { Payout } from '../entities/payout.entity';
import { PaymentsService } from '../services/payments.service';
import { PayoutAccountService } from '../services/payout-accounts.service';
import { ReconciliationService } from '../services/reconciliation.service';
import { PaymentConfigType, ReconciliationDifferenceType } from './payments.types';

@ArgsType()
class PayoutOnboardingArgs {
  @Field(() => ID, { nullable: true, description: 'The organisation to onboard; yourself when absent' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field({ description: 'Where the provider sends the seller back to' })
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  returnUrl: string;
}

@ArgsType()
class PayoutAccountArgs {
  @Field(() => ID, { nullable: true, description: 'The organisation; yourself when absent' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;
}

@Resolver()
export class PaymentsResolver {
  constructor(
    private readonly payments: PaymentsService,
    private readonly payoutAccounts: PayoutAccountService,
    private readonly reconciliation: ReconciliationService,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditLog,
  ) {}

  @Query(() => PaymentConfigType, { description: 'How the storefront takes payments: Stripe, or the offline test mode' })
  paymentConfig(): PaymentConfigType {
    return {
      provider: this.payments.providerName,
      testMode: this.payments.testMode,
      publishableKey: this.payments.publishableKey,
    };
  }

  @Query(() => [ReconciliationDifferenceType], {
    description:
      "Staff: where the ledger's provider:clearing and the payment provider's records disagree (empty when they agree)",
  })
  @RequirePlatformRole('STAFF')
  paymentReconciliation(): Promise<ReconciliationDifferenceType[]> {
    return this.reconciliation.reconcile();
  }

  @Mutation(() => String, { description: "A link to set up the seller's payout account at the payment provider" })
  @Authenticated()
  async payoutOnboardingLink(@CurrentViewer() viewer: Viewer, @Args() args: PayoutOnboardingArgs): Promise<string> {
    // Where the organisation's money goes is the owners' decision, as its other legal details are.
    const sellerId = await this.sellerOf(viewer, args.organisationId, 'OWNER');
    const { url } = await this.payoutAccounts.onboardingLink(sellerId, args.returnUrl);
    await this.audit.record({
      action: 'payout.onboarding_started',
      actorAccountId: viewer.accountId,
      subject: { type: 'seller', id: sellerId },
    });
    return url;
  }

  @Query(() => PayoutAccount, { nullable: true, description: "The seller's payout account; null before onboarding" })
  @Authenticated()
  async payoutAccount(@CurrentViewer() viewer: Viewer, @Args() args: PayoutAccountArgs): Promise<PayoutAccount | null> {
    return this.payoutAccounts.payoutAccountOf(await this.sellerOf(viewer, args.organisationId));
  }

  private async sellerOf(viewer: Viewer, organisationId?: string | null, required: 'OWNER' | 'STAFF' = 'STAFF'): Promise<string> {
    if (!organisationId) return viewer.accountId;
    await this.organisations.assertActsFor(viewer, organisationId, required);
    return organisationId;
  }
}

@Resolver(() => PayoutAccount)
export class PayoutAccountResolver {
  constructor(private readonly payoutAccounts: PayoutAccountService) {}

  @ResolveField(() => Payout, {
    nullable: true,
    description: "The latest payout to the seller's bank; a FAILED one says why, so the seller can fix the bank details",
  })
  lastPayout(@Parent() account: PayoutAccount): Promise<Payout | null> {
    return this.payoutAccounts.lastPayoutOf(account.sellerId);
  }
}
