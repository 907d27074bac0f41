import { Args, Field, ID, InputType, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Authenticated, CurrentViewer, IdArg, Viewer } from '@allmende/core';
import { ProductImage } from '../entities/product-image.entity';
import { MAX_PHOTOS_PER_PRODUCT, ProductPhotoService } from '../services/product-photo.service';

@InputType()
class ArrangedPhotoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a photo id' })
  id: string;

  @Field({ description: 'Describes the picture for people who cannot see it' })
  @IsString()
  @MaxLength(300)
  alt: string;
}

@InputType()
export class ArrangePhotosInput {
  @Field(() => [ArrangedPhotoInput], { description: 'The gallery in its new order; photos left out are removed' })
  @IsArray()
  @ArrayMaxSize(MAX_PHOTOS_PER_PRODUCT)
  @ValidateNested({ each: true })
  @Type(() => ArrangedPhotoInput)
  images: ArrangedPhotoInput[];
}

@Resolver(() => ProductImage)
export class ProductPhotoResolver {
  constructor(private readonly photos: ProductPhotoService) {}

  @Mutation(() => [ProductImage], { description: 'Reorder, describe and remove the photos of a listing; its seller only' })
  @Authenticated()
  arrangeProductPhotos(
    @CurrentViewer() viewer: Viewer,
    @IdArg('productId') productId: string,
    @Args('input') input: ArrangePhotosInput,
  ): Promise<ProductImage[]> {
    return this.photos.arrange(viewer, productId, input.images);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The sizes of an uploaded photo for the img srcset attribute ("/media/…-320.webp 320w, …"); null for a linked picture',
  })
  srcset(@Parent() image: ProductImage): string | null {
    if (!image.storageKey || !image.widths?.length) return null;
    return image.widths.map((width) => `/media/${image.storageKey}-${width}.webp ${width}w`).join(', ');
  }
}
