import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, RequestContext, requestLoader } from '@allmende/core';
import { Seller } from '@allmende/catalog';
import { SellerRatingService, SellerRatingSummary } from '../services/seller-ratings.service';
import { SellerRatingSummaryType } from './trade.types';

/** Ratings are public by design: the share, the counts and the newest comments, never who wrote them. */
@Resolver(() => Seller)
export class SellerRatingsResolver {
  constructor(private readonly sellerRatingService: SellerRatingService) {}

  @Query(() => SellerRatingSummaryType, { description: 'How buyers rated a seller over the last 12 months' })
  async sellerRatings(@IdArg('sellerId') sellerId: string): Promise<SellerRatingSummaryType> {
    return present((await this.sellerRatingService.summaries([sellerId]))[0]);
  }

  @ResolveField(() => SellerRatingSummaryType, { description: 'How buyers rated this seller over the last 12 months' })
  async ratings(@Parent() seller: Seller, @Context() context: RequestContext): Promise<SellerRatingSummaryType> {
    const summary = await requestLoader<string, SellerRatingSummary>(context, 'ratingsBySeller', (ids) =>
      this.sellerRatingService.summaries(ids),
    ).load(seller.id);
    return present(summary);
  }
}

function present(summary: SellerRatingSummary): SellerRatingSummaryType {
  return { ...summary, count: summary.positive + summary.neutral + summary.negative };
}
