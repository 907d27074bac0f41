import { Injectable } from '@nestjs/common';
import { Connection, encodeCursor, TxHost } from '@allmende/core';
import { Product } from '../entities/product.entity';
import {
  buildSearchStatements,
  buildWordStatement,
  PRICE_BANDS,
  priceBandKey,
  ProductSearchInput,
  searchTerms,
  searchQuery,
  WordExpansion,
} from './product-search';

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

const bandKeys = PRICE_BANDS.map(priceBandKey);

/** GROUPING() of the () set: a bit for every facet column, since that row is grouped by none. */
const ALL_AGGREGATED = (1 << FACET_COLUMNS.length) - 1;

type FacetRow = Record<string, unknown> & { count: number; grouping: number };

/**
 * Full-text product search with facet counts over the search index: one statement looks the
 * words up (synonyms, near spellings), then the page and the facets run side by side.
 */
@Injectable()
export class ProductSearchService {
  constructor(private readonly txHost: TxHost) {}

  async search(input: ProductSearchInput): Promise<ProductSearchResult> {
    const terms = searchTerms(input.query);
    const expansions = terms.length ? await this.expand(terms) : [];
    const { page, facets } = buildSearchStatements(input, terms.length ? searchQuery(expansions) : null);
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

  private expand(terms: string[]): Promise<WordExpansion[]> {
    const { text, values } = buildWordStatement(terms);
    return this.txHost.tx.query<WordExpansion[]>(text, values);
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
        const value = column === 'price_band' ? bandKeys[Number(row[column])] : String(row[column]);
        facets[name].push({ value, count: row.count });
      }
    }
    facets[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  });
  facets.priceBands.sort((a, b) => bandKeys.indexOf(a.value) - bandKeys.indexOf(b.value));
  return facets;
}
