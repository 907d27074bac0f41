import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Category } from '../entities/category.entity';
import { ProductService } from '../services/product.service';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly products: ProductService) {}

  @Query(() => [Category], { description: 'The whole category tree, parents before children, in display order' })
  categories(): Promise<Category[]> {
    return this.products.categories();
  }

  @ResolveField(() => String)
  name(@Parent() category: Category, @Args('locale', { type: () => String, defaultValue: 'en' }) locale: string): string {
    return locale.startsWith('de') ? category.nameDe : category.nameEn;
  }
}
