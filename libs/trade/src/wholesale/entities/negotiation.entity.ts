import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { bigintAsNumber } from '../../entities/column-types';
import { NegotiationState, NegotiationStateEnum } from '../state/negotiation-state';

export const DEAL_SIDES = ['BUYER', 'SELLER'] as const;
export type DealSide = (typeof DEAL_SIDES)[number];
export const DealSideEnum = stringEnum('DealSide', DEAL_SIDES, 'Which party of a wholesale deal');

@ObjectType('WholesaleNegotiation', {
  description: 'A request for quote and the proposals answering it, between two co-operatives',
})
@Entity('wholesale_negotiation')
export class Negotiation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @Field(() => ID)
  @Column({ name: 'buyer_organisation_id', type: 'uuid' })
  buyerOrganisationId: string;

  @Field(() => ID)
  @Column({ name: 'seller_organisation_id', type: 'uuid' })
  sellerOrganisationId: string;

  @Field(() => NegotiationStateEnum)
  @Column({ type: 'text' })
  state: NegotiationState;

  @Field(() => Int, { description: 'The round of the proposal on the table (the request for quote is 0)' })
  @Column({ type: 'int' })
  round: number;

  @Field({ description: 'When the proposal on the table (or the offer) runs out' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

@ObjectType('WholesaleProposal', { description: 'One round of a negotiation: what one side proposes' })
@Entity('wholesale_proposal')
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'negotiation_id', type: 'uuid' })
  negotiationId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  round: number;

  @Field(() => DealSideEnum)
  @Column({ type: 'text' })
  side: DealSide;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintAsNumber })
  unitPrice: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field({ description: 'The wished delivery date (YYYY-MM-DD)' })
  @Column({ name: 'delivery_date', type: 'date' })
  deliveryDate: string;

  @Field()
  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('WholesaleMessage', { description: 'A message in a negotiation’s thread' })
@Entity('wholesale_message')
export class NegotiationMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'negotiation_id', type: 'uuid' })
  negotiationId: string;

  @Field(() => DealSideEnum)
  @Column({ type: 'text' })
  side: DealSide;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => ID, { nullable: true, description: 'The proposal this message came with' })
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @Field()
  @Column()
  body: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
