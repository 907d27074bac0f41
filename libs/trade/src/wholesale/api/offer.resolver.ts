import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, Money, MoneyType, OptionalViewer, RequestContext, Viewer } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { WholesaleOffer, WholesaleOfferTier } from '../entities/wholesale-offer.entity';
import { OfferService } from '../services/offer.service';
import { tierUnitPrice } from '../services/tier-pricing';
import { traderViewer } from '../services/wholesale-access.service';
import { OffersArgs, PublishOfferInput } from './dto/wholesale.inputs';
import { wholesaleLoaders } from './wholesale-loaders';
import { WholesaleOfferConnection } from './wholesale.types';

@Resolver(() => WholesaleOffer)
export class WholesaleOfferResolver {
  constructor(
    private readonly offers: OfferService,
    private readonly organisations: OrganisationService,
  ) {}

  @Query(() => WholesaleOfferConnection, {
    description: 'Open wholesale offers, newest first: for staff of verified co-operatives only (FORBIDDEN for anyone else)',
  })
  wholesaleOffers(@OptionalViewer() viewer: Viewer | null, @Args() args: OffersArgs) {
    return this.offers.browse(viewer, args.filter, args.first, args.after);
  }

  @Query(() => WholesaleOffer, { description: 'One wholesale offer, for staff of verified co-operatives' })
  wholesaleOffer(@OptionalViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<WholesaleOffer> {
    return this.offers.get(viewer, id);
  }

  @Mutation(() => WholesaleOffer, { description: 'Publishes a wholesale offer of your verified co-operative' })
  publishWholesaleOffer(
    @OptionalViewer() viewer: Viewer | null,
    @Args('input') input: PublishOfferInput,
  ): Promise<WholesaleOffer> {
    return this.offers.publish(traderViewer(viewer), input);
  }

  @Mutation(() => WholesaleOffer, { description: 'Closes your offer to new requests; running purchase orders stay' })
  withdrawWholesaleOffer(@OptionalViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<WholesaleOffer> {
    return this.offers.withdraw(traderViewer(viewer), id);
  }

  @ResolveField(() => Organisation)
  seller(@Parent() offer: WholesaleOffer, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(offer.sellerOrganisationId);
  }

  @ResolveField(() => [WholesaleOfferTier], { description: 'Price tiers, smallest quantity first' })
  tiers(@Parent() offer: WholesaleOffer, @Context() context: RequestContext) {
    return wholesaleLoaders.tiers(context, this.offers).load(offer.id);
  }

  @ResolveField(() => MoneyType, { nullable: true, description: 'The unit price for this quantity (null below the minimum)' })
  async unitPriceFor(
    @Parent() offer: WholesaleOffer,
    @Context() context: RequestContext,
    @Args('quantity', { type: () => Int }) quantity: number,
  ): Promise<Money | null> {
    const price = tierUnitPrice(await wholesaleLoaders.tiers(context, this.offers).load(offer.id), quantity);
    return price === null ? null : { amount: price, currency: offer.currency };
  }
}

@Resolver(() => WholesaleOfferTier)
export class WholesaleOfferTierResolver {
  constructor(private readonly offers: OfferService) {}

  @ResolveField(() => MoneyType)
  async unitPrice(@Parent() tier: WholesaleOfferTier, @Context() context: RequestContext): Promise<Money> {
    const offer = await wholesaleLoaders.offer(context, this.offers).load(tier.offerId);
    return { amount: tier.unitPrice, currency: offer!.currency };
  }
}
