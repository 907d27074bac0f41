import { Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, IdArg, Viewer } from '@allmende/core';
import { ProductImport } from '../entities/product-import.entity';
import { ProductImportService } from '../services/product-import.service';

@Resolver(() => ProductImport)
export class ProductImportResolver {
  constructor(private readonly imports: ProductImportService) {}

  @Query(() => ProductImport, {
    description: 'A CSV import (upload it with POST /catalog/imports): its progress and every row it could not import',
  })
  @Authenticated()
  productImport(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ProductImport> {
    return this.imports.get(viewer, id);
  }
}
