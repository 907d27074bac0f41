import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, Money, MoneyType, OptionalViewer, RequestContext, Viewer } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { Negotiation, NegotiationMessage, Proposal } from '../entities/negotiation.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';
import { NegotiationService } from '../services/negotiation.service';
import { OfferService } from '../services/offer.service';
import { PurchaseOrderService } from '../services/purchase-order.service';
import { traderViewer } from '../services/wholesale-access.service';
import { NegotiationMessageArgs, NegotiationsArgs, ProposalInput, RequestQuoteInput } from './dto/wholesale.inputs';
import { wholesaleLoaders } from './wholesale-loaders';
import { NegotiationConnection } from './wholesale.types';

@Resolver(() => Negotiation)
export class NegotiationResolver {
  constructor(
    private readonly negotiations: NegotiationService,
    private readonly offers: OfferService,
    private readonly orders: PurchaseOrderService,
    private readonly organisations: OrganisationService,
  ) {}

  @Query(() => NegotiationConnection, { description: 'Your co-op’s negotiations as buyer or seller, most recently active first' })
  wholesaleNegotiations(@OptionalViewer() viewer: Viewer | null, @Args() args: NegotiationsArgs) {
    return this.negotiations.listFor(viewer, args);
  }

  @Query(() => Negotiation, { description: 'A negotiation your co-op takes part in' })
  wholesaleNegotiation(@OptionalViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<Negotiation> {
    return this.negotiations.get(viewer, id);
  }

  @Mutation(() => Negotiation, {
    description: 'Asks the seller of an offer for a quote: quantity, wished price and date, message',
  })
  requestWholesaleQuote(@OptionalViewer() viewer: Viewer | null, @Args('input') input: RequestQuoteInput): Promise<Negotiation> {
    return this.negotiations.requestQuote(traderViewer(viewer), input);
  }

  @Mutation(() => Negotiation, {
    description: 'Answers the other side’s proposal with one of your own (an offer or a counter-offer)',
  })
  proposeWholesaleTerms(
    @OptionalViewer() viewer: Viewer | null,
    @IdArg('negotiationId') negotiationId: string,
    @Args('input') input: ProposalInput,
  ): Promise<Negotiation> {
    return this.negotiations.propose(traderViewer(viewer), negotiationId, input);
  }

  @Mutation(() => PurchaseOrder, { description: 'Accepts the other side’s proposal: it becomes a purchase order' })
  acceptWholesaleProposal(
    @OptionalViewer() viewer: Viewer | null,
    @IdArg('negotiationId') negotiationId: string,
  ): Promise<PurchaseOrder> {
    return this.negotiations.accept(traderViewer(viewer), negotiationId);
  }

  @Mutation(() => Negotiation, { description: 'Declines the other side’s proposal; the negotiation ends' })
  declineWholesaleProposal(@OptionalViewer() viewer: Viewer | null, @Args() args: NegotiationMessageArgs): Promise<Negotiation> {
    return this.negotiations.decline(traderViewer(viewer), args.negotiationId, args.message);
  }

  @Mutation(() => Negotiation, { description: 'Withdraws your own proposal; the negotiation ends' })
  withdrawWholesaleProposal(@OptionalViewer() viewer: Viewer | null, @Args() args: NegotiationMessageArgs): Promise<Negotiation> {
    return this.negotiations.withdraw(traderViewer(viewer), args.negotiationId, args.message);
  }

  @Mutation(() => NegotiationMessage, { description: 'Writes in the negotiation’s thread' })
  sendWholesaleMessage(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: NegotiationMessageArgs,
  ): Promise<NegotiationMessage> {
    return this.negotiations.sendMessage(traderViewer(viewer), args.negotiationId, args.message);
  }

  @ResolveField(() => WholesaleOffer)
  async offer(@Parent() negotiation: Negotiation, @Context() context: RequestContext): Promise<WholesaleOffer> {
    return (await wholesaleLoaders.offer(context, this.offers).load(negotiation.offerId))!;
  }

  @ResolveField(() => Organisation)
  buyer(@Parent() negotiation: Negotiation, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(negotiation.buyerOrganisationId);
  }

  @ResolveField(() => Organisation)
  seller(@Parent() negotiation: Negotiation, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(negotiation.sellerOrganisationId);
  }

  @ResolveField(() => [Proposal], { description: 'Every round, the request for quote first' })
  proposals(@Parent() negotiation: Negotiation, @Context() context: RequestContext) {
    return wholesaleLoaders.proposals(context, this.negotiations).load(negotiation.id);
  }

  @ResolveField(() => Proposal, { description: 'The proposal on the table (or the last one, once closed)' })
  async onTable(@Parent() negotiation: Negotiation, @Context() context: RequestContext): Promise<Proposal> {
    const proposals = await wholesaleLoaders.proposals(context, this.negotiations).load(negotiation.id);
    return proposals.find((proposal) => proposal.round === negotiation.round)!;
  }

  @ResolveField(() => [NegotiationMessage], { description: 'The thread, oldest first' })
  messages(@Parent() negotiation: Negotiation, @Context() context: RequestContext) {
    return wholesaleLoaders.messages(context, this.negotiations).load(negotiation.id);
  }

  @ResolveField(() => PurchaseOrder, { nullable: true, description: 'The purchase order, once accepted' })
  purchaseOrder(@Parent() negotiation: Negotiation, @Context() context: RequestContext) {
    return wholesaleLoaders.purchaseOrder(context, this.orders).load(negotiation.id);
  }
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @ResolveField(() => MoneyType)
  unitPrice(@Parent() proposal: Proposal): Money {
    return { amount: proposal.unitPrice, currency: proposal.currency };
  }

  @ResolveField(() => MoneyType, { description: 'Quantity times unit price, before VAT' })
  total(@Parent() proposal: Proposal): Money {
    return { amount: proposal.quantity * proposal.unitPrice, currency: proposal.currency };
  }
}
