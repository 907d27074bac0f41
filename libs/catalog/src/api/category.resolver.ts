import { Args, Field, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { RequirePlatformRole } from '@allmende/core';
import { Category } from '../entities/category.entity';
import { CategoryService } from '../services/category.service';

@InputType()
export class CreateCategoryInput {
  @Field({ description: 'Lower-case words joined by hyphens, e.g. home-textiles' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' })
  @MaxLength(60)
  slug: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  nameEn: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  nameDe: string;

  @Field(() => ID, { nullable: true, description: 'The parent category; leave out for a top-level one' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a category id' })
  parentId?: string;

  @Field(() => Int, { nullable: true, description: 'Display order among its siblings' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly categoryService: CategoryService) {}

  @Query(() => [Category], { description: 'The whole category tree: each parent followed by its children, in display order' })
  categories(): Promise<Category[]> {
    return this.categoryService.tree();
  }

  @Mutation(() => Category, { description: 'Add a category; platform staff only' })
  @RequirePlatformRole('STAFF')
  createCategory(@Args('input') input: CreateCategoryInput): Promise<Category> {
    return this.categoryService.create(input);
  }

  @ResolveField(() => String)
  name(@Parent() category: Category, @Args('locale', { type: () => String, defaultValue: 'en' }) locale: string): string {
    return locale.startsWith('de') ? category.nameDe : category.nameEn;
  }
}
