export * from './provenance.module';
export { CustodyModelEnum, ProvenanceLot } from './entities/provenance-lot.entity';
export * from './services/chain';
export * from './services/epcis';
export * from './services/provenance.service';
export * from './services/provenance-query.service';
export * from './api/errors';
export { AppendRecordInput, CreateLotInput } from './api/dto/provenance.inputs';
export { ProvenanceRecord, ProvenanceSummary, ProvenanceVerification } from './api/provenance.types';

import { LotProduct } from './entities/lot-product.entity';
import { ProvenanceAttestationRow } from './entities/provenance-attestation.entity';
import { ProvenanceLot } from './entities/provenance-lot.entity';
import { ProvenanceRecordRow } from './entities/provenance-record.entity';

/** The TypeORM entities of this context, for the app's DataSource. */
export const PROVENANCE_ENTITIES = [ProvenanceLot, LotProduct, ProvenanceRecordRow, ProvenanceAttestationRow];
