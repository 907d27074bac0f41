import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, requestLoader } from '@allmende/core';
import { Product } from '@allmende/catalog';
import { ProvenanceQueryService } from '../services/provenance-query.service';
import { ProvenanceSummary } from './provenance.types';

/** Adds the provenance of its newest lot to a product; catalog knows nothing of provenance. */
@Resolver(() => Product)
export class ProductProvenanceResolver {
  constructor(private readonly query: ProvenanceQueryService) {}

  @ResolveField(() => ProvenanceSummary, { nullable: true, description: 'Where it comes from: the chain of its newest lot' })
  provenance(@Parent() product: Product, @Context() context: RequestContext): Promise<ProvenanceSummary | null> {
    return requestLoader<string, ProvenanceSummary | null>(context, 'provenanceByProduct', async (productIds) => {
      const newestLot = new Map<string, string>();
      for (const link of await this.query.lotIdsOfProducts(productIds)) {
        if (!newestLot.has(link.productId)) newestLot.set(link.productId, link.lotId);
      }
      const summaries = await this.query.summaries([...new Set(newestLot.values())]);
      return productIds.map((id) => summaries.get(newestLot.get(id)!) ?? null);
    }).load(product.id);
  }
}
