import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentViewer,
  groupByKey,
  IdArg,
  MoneyType,
  RequestContext,
  requestLoader,
  RequirePlatformRole,
  Viewer,
} from '@allmende/core';
import { MEMBER_CLASSES, PolicyService } from '@allmende/policy';
import { PaymentsService } from '@allmende/payments';
import { Member } from '../entities/member.entity';
import { SharePurchase } from '../entities/share-purchase.entity';
import { ShareHolding, ShareRegisterService } from '../services/share-register.service';
import { MembershipService, SharePurchaseStarted } from '../services/membership.service';
import { GOOD_STANDING } from '../state/member-state';
import {
  BuySharesArgs,
  JoinCoopInput,
  MembersArgs,
  MembershipTermsType,
  MemberType,
  SharePaymentType,
  SharePurchaseType,
  ShareRegisterLineType,
  StandingArgs,
  StandingChangeType,
  TransferSharesInput,
  ShareTransferType,
} from './membership.types';

const eur = (amount: number): MoneyType => ({ amount, currency: 'EUR' });

@Resolver(() => MemberType)
export class MembershipResolver {
  constructor(
    private readonly membership: MembershipService,
    private readonly shareRegister: ShareRegisterService,
    private readonly policy: PolicyService,
    private readonly payments: PaymentsService,
  ) {}

  @Query(() => MembershipTermsType, { description: 'Share price, each class’s minimum and the notice period' })
  async membershipTerms(): Promise<MembershipTermsType> {
    const terms = await this.policy.current('membership');
    return {
      sharePrice: eur(terms.sharePrice),
      minimums: MEMBER_CLASSES.map((memberClass) => ({ memberClass, shares: terms.minShares[memberClass] })),
      noticeDays: terms.noticeDays,
    };
  }

  @Query(() => [MemberType], { description: 'Your membership and those of organisations you own' })
  @Authenticated()
  myMemberships(@CurrentViewer() viewer: Viewer): Promise<Member[]> {
    return this.membership.ofViewer(viewer);
  }

  @Query(() => MemberType, { description: 'A member: yours, or any for staff' })
  @Authenticated()
  member(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Member> {
    return this.membership.assertCanSee(viewer, id);
  }

  @Query(() => [MemberType], { description: 'Staff: members by status, newest first' })
  @RequirePlatformRole('STAFF')
  members(@Args() args: MembersArgs): Promise<Member[]> {
    return this.membership.list(args.status ?? null, args.first);
  }

  @Mutation(() => SharePaymentType, { description: 'Apply for membership by buying shares; admitted once the payment succeeds' })
  @Authenticated()
  async joinCoop(@CurrentViewer() viewer: Viewer, @Args('input') input: JoinCoopInput): Promise<SharePaymentType> {
    return present(await this.membership.join(viewer, input));
  }

  @Mutation(() => SharePaymentType, { description: 'A member in good standing buys more shares' })
  @Authenticated()
  async buyShares(@CurrentViewer() viewer: Viewer, @Args() args: BuySharesArgs): Promise<SharePaymentType> {
    return present(await this.membership.buyShares(viewer, args.memberId, args.shares));
  }

  @Mutation(() => ShareTransferType, {
    description: 'Transfer shares at nominal value to another member in good standing, keeping your class’s minimum',
  })
  @Authenticated()
  async transferShares(@CurrentViewer() viewer: Viewer, @Args('input') input: TransferSharesInput): Promise<ShareTransferType> {
    const transfer = await this.membership.transferShares(viewer, input);
    return {
      reference: transfer.reference,
      from: transfer.from as MemberType,
      toMemberNumber: transfer.to.number,
      shares: transfer.shares,
      capital: eur(transfer.capital),
      recordedAt: transfer.recordedAt,
    };
  }

  @Mutation(() => SharePaymentType, { description: 'Test mode: pay a share order offline (the same success path as Stripe)' })
  @Authenticated()
  async paySharesOffline(@CurrentViewer() viewer: Viewer, @IdArg('purchaseId') purchaseId: string): Promise<SharePaymentType> {
    const started = await this.membership.payForShares(viewer, purchaseId);
    await this.payments.confirmOfflinePayment(started.payment.paymentId);
    return present({
      ...started,
      member: await this.membership.get(started.member.id),
      purchase: (await this.membership.findPurchase(purchaseId))!,
    });
  }

  @Mutation(() => MemberType, { description: 'Withdraw an application before paying' })
  @Authenticated()
  cancelMembershipApplication(@CurrentViewer() viewer: Viewer, @IdArg('memberId') memberId: string): Promise<Member> {
    return this.membership.cancelApplication(viewer, memberId);
  }

  @Mutation(() => MemberType, { description: 'Give notice: the shares are redeemed at nominal value after the notice period' })
  @Authenticated()
  giveMembershipNotice(@CurrentViewer() viewer: Viewer, @IdArg('memberId') memberId: string): Promise<Member> {
    return this.membership.giveNotice(viewer, memberId);
  }

  @Mutation(() => MemberType, { description: 'Staff: suspend a member, with a reason' })
  @RequirePlatformRole('STAFF')
  suspendMember(@CurrentViewer() viewer: Viewer, @Args() args: StandingArgs): Promise<Member> {
    return this.membership.suspend(viewer, args.memberId, args.reason);
  }

  @Mutation(() => MemberType, { description: 'Staff: reinstate a suspended member, with a reason' })
  @RequirePlatformRole('STAFF')
  reinstateMember(@CurrentViewer() viewer: Viewer, @Args() args: StandingArgs): Promise<Member> {
    return this.membership.reinstate(viewer, args.memberId, args.reason);
  }

  @ResolveField(() => Boolean, { description: 'Paid for its shares and not suspended' })
  goodStanding(@Parent() member: Member): boolean {
    return GOOD_STANDING.includes(member.status);
  }

  @ResolveField(() => String, { description: 'The person’s or organisation’s name' })
  async name(@Parent() member: Member, @Context() context: RequestContext): Promise<string> {
    return requestLoader<string, string>(context, 'memberNames', (ids) => this.membership.namesOf(ids)).load(member.id);
  }

  @ResolveField(() => Int, { description: 'Shares held now' })
  async shares(@Parent() member: Member, @Context() context: RequestContext): Promise<number> {
    return (await this.holding(member, context))?.shares ?? 0;
  }

  @ResolveField(() => MoneyType, { description: 'Paid-in capital at nominal value' })
  async capital(@Parent() member: Member, @Context() context: RequestContext): Promise<MoneyType> {
    return eur((await this.holding(member, context))?.capital ?? 0);
  }

  @ResolveField(() => [ShareRegisterLineType], { description: 'The member’s lines of the share register, oldest first' })
  async register(@Parent() member: Member): Promise<ShareRegisterLineType[]> {
    const lines = await this.shareRegister.history(member.id);
    const counterparties = await this.membership.findByIds(lines.flatMap((line) => line.counterpartyMemberId ?? []));
    const numbers = new Map(counterparties.map((counterparty) => [counterparty.id, counterparty.number]));
    return lines.map((line) => ({
      id: line.id,
      movement: line.movement,
      shares: line.shares,
      sharePrice: { amount: line.sharePrice, currency: line.currency },
      counterpartyNumber: line.counterpartyMemberId ? (numbers.get(line.counterpartyMemberId) ?? null) : null,
      recordedAt: line.recordedAt,
    }));
  }

  @ResolveField(() => [StandingChangeType], { description: 'Every change of status with its reason' })
  standingHistory(@Parent() member: Member): Promise<StandingChangeType[]> {
    return this.membership.standingHistory(member.id);
  }

  @ResolveField(() => [SharePurchaseType])
  async purchases(@Parent() member: Member): Promise<SharePurchaseType[]> {
    return (await this.membership.purchasesOf(member.id)).map(presentPurchase);
  }

  private holding(member: Member, context: RequestContext): Promise<ShareHolding | undefined> {
    return requestLoader<string, ShareHolding | undefined>(context, 'memberHoldings', async (ids) =>
      groupByKey(ids, await this.shareRegister.holdings(ids), (holding) => holding.memberId).map((group) => group[0]),
    ).load(member.id);
  }
}

function presentPurchase(purchase: SharePurchase): SharePurchaseType {
  return {
    id: purchase.id,
    shares: purchase.shares,
    amount: { amount: purchase.amount, currency: purchase.currency },
    status: purchase.status,
    createdAt: purchase.createdAt,
    paidAt: purchase.paidAt,
  };
}

function present(started: SharePurchaseStarted): SharePaymentType {
  return {
    member: started.member as MemberType,
    purchase: presentPurchase(started.purchase),
    paymentId: started.payment.paymentId,
    clientSecret: started.payment.clientSecret,
    testMode: started.payment.testMode,
  };
}
