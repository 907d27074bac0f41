import { Module } from '@nestjs/common';
import { PolicyModule } from '@allmende/policy';
import { CategoryResolver } from './api/category.resolver';
import { ProductResolver } from './api/product.resolver';
import { SellerResolver } from './api/seller.resolver';
import { ProductService } from './services/product.service';
import { ProductSearchService } from './services/product-search.service';
import { SellerService } from './services/seller.service';

/** Needs IdentityModule (accounts, organisations) in the app. */
@Module({
  imports: [PolicyModule],
  providers: [ProductService, ProductSearchService, SellerService, ProductResolver, CategoryResolver, SellerResolver],
  exports: [ProductService, SellerService],
})
export class CatalogModule {}
