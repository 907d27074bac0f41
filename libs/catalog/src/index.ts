export * from './catalog.module';
export * from './api/errors';
export * from './services/product-photos';
export * from './services/product-photo.service';
export { Category } from './entities/category.entity';
export {
  PRODUCT_CONDITIONS,
  ProductConditionEnum,
  MEASURE_UNITS,
  MeasureUnitEnum,
  LISTING_LANGUAGES,
  ListingLanguageEnum,
  SELLER_KINDS,
  SellerKindEnum,
  FRIENDLY_PERCENTS,
  Product,
} from './entities/product.entity';
export type { ProductCondition, MeasureUnit, ListingLanguage, SellerKind } from './entities/product.entity';
export { ProductImage } from './entities/product-image.entity';
export {
  PRODUCT_IMPORT_STATUSES,
  ProductImportStatusEnum,
  ImportRowError,
  ProductImport,
} from './entities/product-import.entity';
export type { ProductImportStatus } from './entities/product-import.entity';
export type { SellerSetting } from './entities/seller-setting.entity';
export { Seller } from './api/catalog.types';
export * from './state/product-state';
export * from './services/category.service';
export * from './services/product.service';
export * from './services/product-csv';
export * from './services/product-import.service';
export * from './services/product-search';
export * from './services/search-synonyms';
export * from './services/product-search.service';
export * from './services/seller.service';
export * from './services/stock.service';

import { Category } from './entities/category.entity';
import { Product } from './entities/product.entity';
import { ProductImage } from './entities/product-image.entity';
import { ProductImport } from './entities/product-import.entity';
import { SellerSetting } from './entities/seller-setting.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const CATALOG_ENTITIES = [Category, Product, ProductImage, ProductImport, SellerSetting];
