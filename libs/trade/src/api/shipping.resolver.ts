import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, groupByKey, RequestContext, requestLoader, Viewer } from '@allmende/core';
import { Product } from '@allmende/catalog';
import { ProductShippingOption, SellerShipping } from '../entities/shipping.entity';
import { ShippingService } from '../services/shipping.service';
import { OrganisationArgs, SellerShippingInput, SetProductShippingArgs } from './dto/trade.inputs';
import { SellerShippingType, ShippingOptionType } from './trade.types';

function optionType(option: ProductShippingOption, currency: string): ShippingOptionType {
  return { kind: option.kind, price: { amount: option.price, currency }, itemsPerParcel: option.itemsPerParcel };
}

function sellerShippingType(row: SellerShipping): SellerShippingType {
  const money = (amount: number | null) => (amount === null ? null : { amount, currency: row.currency });
  return {
    sellerId: row.sellerId,
    combinedParcelPrice: money(row.combinedParcelPrice),
    combinedItemsPerParcel: row.combinedItemsPerParcel,
    freeShippingThreshold: money(row.freeShippingThreshold),
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

  @Mutation(() => [ShippingOptionType], { description: 'Sets a product’s own shipping options (the seller only)' })
  @Authenticated()
  async setProductShipping(@CurrentViewer() viewer: Viewer, @Args() args: SetProductShippingArgs): Promise<ShippingOptionType[]> {
    const product = await this.shipping.productOf(args.productId);
    const options = await this.shipping.setProductOptions(viewer, args.productId, args.options);
    return options.map((option) => optionType(option, product.currency));
  }
}

@Resolver(() => SellerShippingType)
export class SellerShippingResolver {
  constructor(private readonly shipping: ShippingService) {}

  @Query(() => SellerShippingType, { nullable: true, description: 'Your (or an organisation’s) combined shipping settings' })
  @Authenticated()
  async mySellerShipping(@CurrentViewer() viewer: Viewer, @Args() args: OrganisationArgs): Promise<SellerShippingType | null> {
    const row = await this.shipping.sellerShipping(viewer, args.organisationId);
    return row ? sellerShippingType(row) : null;
  }

  @Mutation(() => SellerShippingType, { description: 'Sets combined parcels and the free-shipping threshold' })
  @Authenticated()
  async setSellerShipping(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SellerShippingInput,
  ): Promise<SellerShippingType> {
    return sellerShippingType(await this.shipping.setSellerShipping(viewer, input));
  }
}
