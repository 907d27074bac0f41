import { Module } from '@nestjs/common';
import { CatalogModule } from '@allmende/catalog';
import { ProductProvenanceResolver } from './api/product-provenance.resolver';
import { ProvenanceController } from './api/provenance.controller';
import { ProvenanceAttestationResolver, ProvenanceLotResolver, ProvenanceRecordResolver } from './api/provenance.resolver';
import { ProvenanceQueryService } from './services/provenance-query.service';
import { ProvenanceService } from './services/provenance.service';

/** Needs IdentityModule (organisations) in the app. */
@Module({
  imports: [CatalogModule],
  controllers: [ProvenanceController],
  providers: [
    ProvenanceService,
    ProvenanceQueryService,
    ProvenanceLotResolver,
    ProvenanceRecordResolver,
    ProvenanceAttestationResolver,
    ProductProvenanceResolver,
  ],
  exports: [ProvenanceService, ProvenanceQueryService],
})
export class ProvenanceModule {}
