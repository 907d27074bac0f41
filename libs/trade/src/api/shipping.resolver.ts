import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, groupByKey, RequestContext, requestLoader, Viewer } from '@allmende/core';
import { Product } from '@allmende/catalog';
import { ProductShippingExclusion, ProductShippingOption, ShippingProfile, ShippingZoneRate } from '../entities/shipping.entity';
import { ShippingService } from '../services/shipping.service';
import { OrganisationArgs, SetProductShippingArgs, ShippingProfileInput } from './dto/trade.inputs';
import { ShippingOptionType, ShippingProfileType } from './trade.types';

function optionType(option: ProductShippingOption, currency: string): ShippingOptionType {
  return {
    kind: option.kind,
    price: { amount: option.price, currency },
    itemsPerParcel: option.itemsPerParcel,
    zone: option.zone,
  };
}

function profileType(profile: ShippingProfile, rates: readonly ShippingZoneRate[]): ShippingProfileType {
  const money = (amount: number | null) => (amount === null ? null : { amount, currency: profile.currency });
  return {
    sellerId: profile.sellerId,
    originCountry: profile.originCountry,
    currency: profile.currency,
    rates: rates.map((rate) => ({
      zone: rate.zone,
      itemPrice: money(rate.itemPrice),
      combinedParcelPrice: money(rate.combinedParcelPrice),
      combinedItemsPerParcel: rate.combinedItemsPerParcel,
      freeShippingThreshold: money(rate.freeShippingThreshold),
    })),
  };
}

@Resolver(() => Product)
export class ProductShippingResolver {
  constructor(private readonly shipping: ShippingService) {}

  @ResolveField(() => [ShippingOptionType], {
    description: 'The product’s own shipping options; empty: it ships the seller’s way',
  })
  async shippingOptions(@Parent() product: Product, @Context() context: RequestContext): Promise<ShippingOptionType[]> {
    const options = await requestLoader<string, ProductShippingOption[]>(context, 'shippingOptionsByProduct', async (ids) =>
      groupByKey(ids, await this.shipping.optionsOf(ids), (option) => option.productId),
    ).load(product.id);
    return options.map((option) => optionType(option, product.currency));
  }

  @ResolveField(() => [String], { description: 'Zones or countries this product is not sent to' })
  async notShippedTo(@Parent() product: Product, @Context() context: RequestContext): Promise<string[]> {
    const exclusions = await requestLoader<string, ProductShippingExclusion[]>(
      context,
      'shippingExclusionsByProduct',
      async (ids) => groupByKey(ids, await this.shipping.exclusionsOf(ids), (exclusion) => exclusion.productId),
    ).load(product.id);
    return exclusions.map((exclusion) => exclusion.zone);
  }

  @Mutation(() => [ShippingOptionType], {
    description: 'Sets a product’s own shipping options and the zones it is not sent to (the seller only)',
  })
  @Authenticated()
  async setProductShipping(@CurrentViewer() viewer: Viewer, @Args() args: SetProductShippingArgs): Promise<ShippingOptionType[]> {
    const product = await this.shipping.productOf(args.productId);
    const options = await this.shipping.setProductOptions(viewer, args.productId, args.options, args.notShippedTo);
    return options.map((option) => optionType(option, product.currency));
  }
}

@Resolver(() => ShippingProfileType)
export class ShippingProfileResolver {
  constructor(private readonly shipping: ShippingService) {}

  @Query(() => ShippingProfileType, {
    nullable: true,
    description: 'Your (or an organisation’s) shipping profile; null: none yet, so everything ships its own way everywhere',
  })
  @Authenticated()
  async myShippingProfile(@CurrentViewer() viewer: Viewer, @Args() args: OrganisationArgs): Promise<ShippingProfileType | null> {
    const profile = await this.shipping.profile(viewer, args.organisationId);
    return profile ? profileType(profile, await this.shipping.ratesOf([profile.sellerId])) : null;
  }

  @Mutation(() => ShippingProfileType, { description: 'Sets where you ship from and your rates by zone (replacing all of them)' })
  @Authenticated()
  async setShippingProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ShippingProfileInput,
  ): Promise<ShippingProfileType> {
    const profile = await this.shipping.setProfile(viewer, input);
    return profileType(profile, await this.shipping.ratesOf([profile.sellerId]));
  }
}
