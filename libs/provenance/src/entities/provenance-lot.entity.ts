import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { CUSTODY_MODELS, CustodyModel } from '../services/chain';

export const CustodyModelEnum = stringEnum(
  'CustodyModel',
  CUSTODY_MODELS,
  'How a lot is kept apart from others: IDENTITY_PRESERVED (one source), SEGREGATED (certified sources only) or MASS_BALANCE (mixed, accounted by volume)',
);

const numericAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@ObjectType({ description: 'A batch of goods with its chain of provenance records' })
@Entity('provenance_lot')
export class ProvenanceLot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The creating organisation’s own lot number' })
  @Column()
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => CustodyModelEnum)
  @Column({ name: 'custody_model', type: 'text' })
  custodyModel: CustodyModel;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: numericAsNumber })
  quantity: number | null;

  @Field(() => String, { nullable: true, description: 'UN/CEFACT unit code of the quantity, e.g. KGM' })
  @Column({ type: 'text', nullable: true })
  uom: string | null;

  @Field(() => ID)
  @Column({ name: 'creator_organisation_id', type: 'uuid' })
  creatorOrganisationId: string;

  @Field(() => ID, { description: 'Who holds the goods now: only its staff may append records' })
  @Column({ name: 'custodian_organisation_id', type: 'uuid' })
  custodianOrganisationId: string;

  @Field(() => Int)
  @Column({ name: 'record_count', type: 'int', default: 0 })
  recordCount: number;

  @Field(() => String, { nullable: true, description: 'The hash of the chain’s last record' })
  @Column({ name: 'head_hash', type: 'text', nullable: true })
  headHash: string | null;

  @Field({ description: 'Traceable to its origin physically: never for a mass-balance lot' })
  @Column({ default: false })
  traceable: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
