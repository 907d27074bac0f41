import { Args, ArgsType, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Authenticated, CurrentViewer, IdArg, PageArgs, Viewer } from '@allmende/core';
import { SELLER_KINDS, SellerKind, SellerKindEnum } from '../entities/product.entity';
import { ProductService } from '../services/product.service';
import { SellerProfile, SellerService } from '../services/seller.service';
import { ProductConnection, Seller } from './catalog.types';

@ArgsType()
class SellerArgs {
  @Field(() => SellerKindEnum)
  @IsIn(SELLER_KINDS)
  kind: SellerKind;
}

@ArgsType()
class VacationArgs {
  @Field()
  @IsBoolean()
  on: boolean;

  @Field(() => String, { nullable: true, description: 'An organisation you act for; leave out for your private listings' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}

@Resolver(() => Seller)
export class SellerResolver {
  constructor(
    private readonly sellers: SellerService,
    private readonly productService: ProductService,
  ) {}

  @Query(() => Seller, { description: 'A seller’s public profile' })
  seller(@IdArg('id') id: string, @Args() args: SellerArgs): Promise<SellerProfile> {
    return this.sellers.profile(id, args.kind);
  }

  @Mutation(() => Seller, { description: 'Vacation mode: listings stay visible but cannot be bought' })
  @Authenticated()
  setVacationMode(@CurrentViewer() viewer: Viewer, @Args() args: VacationArgs): Promise<SellerProfile> {
    return this.sellers.setVacationMode(viewer, args.organisationId ?? null, args.on);
  }

  @ResolveField(() => ProductConnection, { description: 'Its listed products, newest first' })
  products(@Parent() seller: SellerProfile, @Args() args: PageArgs) {
    return this.productService.listBySeller(seller.id, false, args.first, args.after);
  }
}
