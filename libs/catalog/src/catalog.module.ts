import { Module } from '@nestjs/common';
import { PolicyModule } from '@allmende/policy';
import { CategoryResolver } from './api/category.resolver';
import { ProductImportController } from './api/product-import.controller';
import { ProductPhotoController } from './api/product-photo.controller';
import { ProductPhotoResolver } from './api/product-photo.resolver';
import { ProductImportResolver } from './api/product-import.resolver';
import { ProductResolver } from './api/product.resolver';
import { SellerResolver } from './api/seller.resolver';
import { CategoryService } from './services/category.service';
import { ProductService } from './services/product.service';
import { ProductImportService } from './services/product-import.service';
import { ProductPhotoService } from './services/product-photo.service';
import { ProductSearchService } from './services/product-search.service';
import { SellerService } from './services/seller.service';
import { StockService } from './services/stock.service';

/** Needs IdentityModule (accounts, organisations) in the app. */
@Module({
  imports: [PolicyModule],
  controllers: [ProductImportController, ProductPhotoController],
  providers: [
    CategoryService,
    ProductService,
    ProductSearchService,
    SellerService,
    StockService,
    ProductImportService,
    ProductPhotoService,
    ProductPhotoResolver,
    ProductResolver,
    CategoryResolver,
    SellerResolver,
    ProductImportResolver,
  ],
  exports: [ProductService, SellerService, CategoryService, StockService, ProductPhotoService],
})
export class CatalogModule {}
