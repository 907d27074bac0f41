import { Injectable } from '@nestjs/common';
import { Connection, encodeCursor, TxHost } from '@allmende/core';
import { Product } from '../entities/product.entity';
import { buildSearchStatements, PRICE_BANDS, priceBandKey, ProductSearchInput } from './product-search';

export interface FacetCount {
  value: string;
  count: number;
}

export interface ProductFacets {
  categories: FacetCount[];
  fair: FacetCount[];
  ecological: FacetCount[];
  smallAndPrecious: FacetCount[];
  condition: FacetCount[];
  originCountries: FacetCount[];
  traceable: FacetCount[];
  priceBands: FacetCount[];
}

export type ProductSearchResult = Connection<Product> & { facets: ProductFacets };

/** Facets in the column order of the GROUPING SETS statement. */
const FACET_COLUMNS = [
  ['categories', 'category'],
  ['fair', 'fair'],
  ['ecological', 'ecological'],
  ['smallAndPrecious', 'small_and_precious'],
  ['condition', 'condition'],
  ['originCountries', 'origin_country'],
  ['traceable', 'traceable'],
  ['priceBands', 'price_band'],
] as const;

/** GROUPING() of the () set: a bit for every facet column, since that row is grouped by none. */
const ALL_AGGREGATED = (1 << FACET_COLUMNS.length) - 1;

type FacetRow = Record<string, unknown> & { count: number; grouping: number };

/** Full-text product search with facet counts: always two SQL statements, whatever the page size. */
@Injectable()
export class ProductSearchService {
  constructor(private readonly txHost: TxHost) {}

  /** Full-text first; only when that finds nothing are titles matched by similarity, for typos. */
  async search(input: ProductSearchInput): Promise<ProductSearchResult> {
    const result = await this.run(input);
    if (result.totalCount > 0 || !input.query?.trim() || input.typoTolerant) return result;
    return this.run({ ...input, typoTolerant: true });
  }

  private async run(input: ProductSearchInput): Promise<ProductSearchResult> {
    const { page, facets } = buildSearchStatements(input);
    const [rows, facetRows] = await Promise.all([
      this.txHost.tx.query<(Record<string, unknown> & { sort_key: unknown })[]>(page.text, page.values),
      this.txHost.tx.query<FacetRow[]>(facets.text, facets.values),
    ]);
    const products = rows.map((row) => ({ product: this.hydrate(row), sortKey: row.sort_key }));
    const edges = products.slice(0, input.first).map(({ product, sortKey }) => ({
      node: product,
      cursor: encodeCursor([sortKey instanceof Date ? sortKey.toISOString() : sortKey, product.id]),
    }));
    const total = facetRows.find((row) => row.grouping === ALL_AGGREGATED)?.count ?? 0;
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > input.first, endCursor: edges.at(-1)?.cursor ?? null },
      facets: toFacets(facetRows),
    };
  }

  /** A raw product row as the entity TypeORM would give, by the entity's own column metadata. */
  private hydrate(row: Record<string, unknown>): Product {
    const product = new Product();
    for (const column of this.txHost.tx.getRepository(Product).metadata.columns) {
      const raw = row[column.databaseName];
      const transformer = column.transformer && !Array.isArray(column.transformer) ? column.transformer : null;
      (product as unknown as Record<string, unknown>)[column.propertyName] = transformer ? transformer.from(raw) : raw;
    }
    return product;
  }
}

function toFacets(rows: FacetRow[]): ProductFacets {
  const facets = Object.fromEntries(FACET_COLUMNS.map(([name]) => [name, [] as FacetCount[]])) as unknown as ProductFacets;
  FACET_COLUMNS.forEach(([name, column], index) => {
    const bit = 1 << (FACET_COLUMNS.length - 1 - index);
    for (const row of rows) {
      // The row of this facet's grouping set is aggregated over every other column.
      if (row.grouping === ALL_AGGREGATED - bit && row[column] !== null) {
        facets[name].push({ value: String(row[column]), count: row.count });
      }
    }
    facets[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  });
  const bandOrder = PRICE_BANDS.map(priceBandKey);
  facets.priceBands.sort((a, b) => bandOrder.indexOf(a.value) - bandOrder.indexOf(b.value));
  return facets;
}
