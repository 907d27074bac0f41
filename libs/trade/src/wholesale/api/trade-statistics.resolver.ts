import { Args, Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Money, MoneyType } from '@allmende/core';
import { TradeAggregate, TradeStatistics, TradeStatisticsService } from '../services/trade-statistics.service';

@ObjectType('CoopTradeAggregate', { description: 'Co-op-to-co-op trades in one month, category or country pair' })
class TradeAggregateType {
  @Field({ description: 'YYYY-MM, a category id (or "none"), SOUTH_NORTH … or "all"' })
  key: string;

  @Field(() => Int)
  trades: number;

  @Field(() => Float, { nullable: true, description: 'Null for fewer than three trades' })
  quantity: number | null;

  @Field(() => MoneyType, { nullable: true, description: 'Net volume; null for fewer than three trades' })
  volume: Money | null;
}

@ObjectType('CoopTradeStatistics', {
  description: 'The movement’s public co-op-to-co-op trade, in aggregates of at least three trades',
})
class TradeStatisticsType {
  @Field()
  currency: string;

  @Field(() => TradeAggregateType)
  total: TradeAggregateType;

  @Field(() => [TradeAggregateType], { description: 'Oldest month first' })
  byMonth: TradeAggregateType[];

  @Field(() => [TradeAggregateType])
  byCategory: TradeAggregateType[];

  @Field(() => [TradeAggregateType], { description: 'SOUTH_SOUTH, SOUTH_NORTH (seller in the South), NORTH_SOUTH, NORTH_NORTH' })
  byCountryPair: TradeAggregateType[];

  @Field(() => Float, { nullable: true, description: 'Co-op-to-co-op share of all trade on the marketplace, 0 to 1' })
  coopShare: number | null;
}

const withVolume = (aggregate: TradeAggregate, currency: string): TradeAggregateType => ({
  key: aggregate.key,
  trades: aggregate.trades,
  quantity: aggregate.quantity,
  volume: aggregate.amount === null ? null : { amount: aggregate.amount, currency },
});

@Resolver()
export class TradeStatisticsResolver {
  constructor(private readonly statistics: TradeStatisticsService) {}

  @Query(() => TradeStatisticsType, { description: 'Public: co-op-to-co-op trade by month, category and country pair' })
  async coopTradeStatistics(
    @Args('currency', { type: () => String, defaultValue: 'EUR' }) currency: string,
  ): Promise<TradeStatisticsType> {
    const stats: TradeStatistics = await this.statistics.statistics(currency.toUpperCase().slice(0, 3));
    return {
      currency: stats.currency,
      total: withVolume(stats.total, stats.currency),
      byMonth: stats.byMonth.map((aggregate) => withVolume(aggregate, stats.currency)),
      byCategory: stats.byCategory.map((aggregate) => withVolume(aggregate, stats.currency)),
      byCountryPair: stats.byCountryPair.map((aggregate) => withVolume(aggregate, stats.currency)),
      coopShare: stats.coopShare,
    };
  }
}
