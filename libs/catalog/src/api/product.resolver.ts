import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IdentityLoaders, Organisation } from '@allmende/identity';
import {
  Authenticated,
  CurrentViewer,
  groupByKey,
  IdArg,
  indexByKey,
  Money,
  MoneyType,
  OptionalViewer,
  PageArgs,
  RequestContext,
  requestLoader,
  Viewer,
} from '@allmende/core';
import { FeePolicy, PolicyService, priceBreakdown } from '@allmende/policy';
import { Category } from '../entities/category.entity';
import { MeasureUnit, Product } from '../entities/product.entity';
import { ProductImage } from '../entities/product-image.entity';
import { CategoryService } from '../services/category.service';
import { ProductService } from '../services/product.service';
import { ProductSearchService } from '../services/product-search.service';
import { SellerProfile, SellerService } from '../services/seller.service';
import {
  FairQuestionnaireAnswers,
  PriceBreakdownType,
  ProductConnection,
  ProductSearchResult,
  SearchProductsArgs,
  Seller,
  UnitPrice,
} from './catalog.types';
import { CreateProductInput, ProductFieldsInput } from './dto/product.inputs';

/** Package content in base units: grams count as kilograms, millilitres as litres, centimetres as metres. */
const BASE_UNIT: Record<MeasureUnit, { per: string; factor: number }> = {
  KG: { per: 'kg', factor: 1 },
  G: { per: 'kg', factor: 0.001 },
  L: { per: 'l', factor: 1 },
  ML: { per: 'l', factor: 0.001 },
  M: { per: 'm', factor: 1 },
  CM: { per: 'm', factor: 0.01 },
  PIECE: { per: 'piece', factor: 1 },
};

@ArgsType()
class MyProductsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'An organisation you act for; leave out for your own private listings' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}

export function sellerLoader(context: RequestContext, sellers: SellerService) {
  return requestLoader<string, SellerProfile>(context, 'sellerProfile', (keys) =>
    sellers.profiles(
      keys.map((key) => {
        const [kind, id] = key.split(':') as ['PERSON' | 'ORGANISATION', string];
        return { id, kind };
      }),
    ),
  );
}

@Resolver(() => Product)
export class ProductResolver {
  constructor(
    private readonly products: ProductService,
    private readonly categoryService: CategoryService,
    private readonly search: ProductSearchService,
    private readonly sellers: SellerService,
    private readonly policy: PolicyService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => Product)
  product(@IdArg('id') id: string, @OptionalViewer() viewer: Viewer | null): Promise<Product> {
    return this.products.getVisible(viewer, id);
  }

  @Query(() => ProductConnection, { description: 'Listed products, newest first' })
  listedProducts(@Args() args: PageArgs) {
    return this.products.listNewest(args.first, args.after);
  }

  @Query(() => ProductSearchResult, { description: 'Full-text search with facets, filters and sorting' })
  searchProducts(@Args() args: SearchProductsArgs) {
    return this.search.search(args);
  }

  @Query(() => ProductConnection, { description: 'Your own listings (or an organisation’s you act for), every state' })
  @Authenticated()
  async myProducts(@CurrentViewer() viewer: Viewer, @Args() args: MyProductsArgs) {
    const { sellerId } = await this.sellers.sellerFor(viewer, args.organisationId);
    return this.products.listBySeller(sellerId, true, args.first, args.after);
  }

  @Mutation(() => Product, { description: 'A new listing, as a draft' })
  @Authenticated()
  createProduct(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProductInput): Promise<Product> {
    return this.products.create(viewer, input);
  }

  @Mutation(() => Product)
  @Authenticated()
  updateProduct(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: ProductFieldsInput,
  ): Promise<Product> {
    return this.products.update(viewer, id, input);
  }

  @Mutation(() => Product, { description: 'Put a complete listing on sale' })
  @Authenticated()
  activateProduct(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Product> {
    return this.products.activate(viewer, id);
  }

  @Mutation(() => Product, { description: 'Take a listing off sale for good' })
  @Authenticated()
  closeProduct(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Product> {
    return this.products.close(viewer, id);
  }

  @ResolveField(() => MoneyType, { description: 'Gross price, VAT included' })
  price(@Parent() product: Product): Money {
    return { amount: product.priceAmount, currency: product.currency };
  }

  @ResolveField(() => UnitPrice, {
    nullable: true,
    description: 'Price per kg, l, m or piece, where the package content is given',
  })
  unitPrice(@Parent() product: Product): UnitPrice | null {
    if (!product.unit || !product.unitQuantity) return null;
    const { per, factor } = BASE_UNIT[product.unit];
    const amount = Math.round(product.priceAmount / (product.unitQuantity * factor));
    return { per, price: { amount, currency: product.currency } };
  }

  @ResolveField(() => Category, { nullable: true })
  async category(@Parent() product: Product, @Context() context: RequestContext): Promise<Category | null> {
    if (!product.categoryId) return null;
    return requestLoader<string, Category | null>(context, 'categoryById', async (ids) =>
      indexByKey(ids, await this.categoryService.findByIds(ids), (category) => category.id),
    ).load(product.categoryId);
  }

  @ResolveField(() => [ProductImage], { description: 'The gallery, in order' })
  images(@Parent() product: Product, @Context() context: RequestContext): Promise<ProductImage[]> {
    if (product.images) return Promise.resolve(product.images);
    return requestLoader<string, ProductImage[]>(context, 'imagesByProduct', async (ids) =>
      groupByKey(ids, await this.products.imagesOf(ids), (image) => image.productId),
    ).load(product.id);
  }

  @ResolveField(() => Seller)
  seller(@Parent() product: Product, @Context() context: RequestContext): Promise<SellerProfile> {
    return sellerLoader(context, this.sellers).load(`${product.sellerKind}:${product.sellerId}`);
  }

  @ResolveField(() => Boolean, { description: 'On sale, in stock, and the seller not on vacation' })
  async buyable(@Parent() product: Product, @Context() context: RequestContext): Promise<boolean> {
    if (product.state !== 'ACTIVE' || product.stock === 0) return false;
    return !(await this.seller(product, context)).vacationMode;
  }

  @ResolveField(() => PriceBreakdownType, { description: 'Where the price goes, from the policy in force' })
  async priceBreakdown(@Parent() product: Product, @Context() context: RequestContext): Promise<PriceBreakdownType> {
    const [fees, seller] = await Promise.all([this.currentFees(context), this.seller(product, context)]);
    const parts = priceBreakdown(
      {
        gross: product.priceAmount,
        currency: product.currency,
        vatRateBp: product.vatRateBp,
        fair: product.fair,
        sellerIsNgo: seller.isNgo,
        friendlyPercent: product.friendlyPercent,
      },
      fees,
    );
    const asMoney = (amount: number) => ({ amount, currency: product.currency });
    return {
      gross: asMoney(parts.gross),
      vat: asMoney(parts.vat),
      donation: asMoney(parts.donation),
      platformFee: asMoney(parts.platformFee),
      fairFund: asMoney(parts.fairFund),
      producerShare: asMoney(parts.producerShare),
    };
  }

  @ResolveField(() => FairQuestionnaireAnswers, {
    nullable: true,
    description: 'The seller’s answers, for fair claims without a seal',
  })
  fairQuestionnaire(@Parent() product: Product): FairQuestionnaireAnswers | null {
    return (product.fairQuestionnaire as FairQuestionnaireAnswers | null) ?? null;
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The verified NGO that receives the friendly percent' })
  async donationOrganisation(@Parent() product: Product, @Context() context: RequestContext): Promise<Organisation | null> {
    if (!product.donationOrganisationId) return null;
    return this.identityLoaders.organisationById(context).load(product.donationOrganisationId);
  }

  /** One policy read per request, however many products show a breakdown. */
  private currentFees(context: RequestContext): Promise<FeePolicy> {
    return requestLoader<'fees', FeePolicy>(context, 'policyFees', async (keys) => {
      const fees = await this.policy.current('fees');
      return keys.map(() => fees);
    }).load('fees');
  }
}
