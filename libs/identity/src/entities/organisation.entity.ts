import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { OrganisationMember } from './organisation-member.entity';

export const ORGANISATION_KINDS = ['COOPERATIVE', 'COMPANY', 'NGO', 'SOLE_TRADER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const OrganisationKindEnum = stringEnum('OrganisationKind', ORGANISATION_KINDS, 'The legal form of an organisation');

/** Kinds a platform worker can verify: co-ops (for wholesale) and NGOs (to receive donations). */
export const VERIFIABLE_KINDS: readonly OrganisationKind[] = ['COOPERATIVE', 'NGO'];

@ObjectType({ description: 'A co-operative, company, NGO or sole trader, with its legal details' })
@Entity('organisation')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OrganisationKindEnum)
  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Field(() => String, { nullable: true })
  @Column({ name: 'legal_name', type: 'text', nullable: true })
  legalName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  /** ISO 3166-1 alpha-2 */
  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'vat_id', type: 'text', nullable: true })
  vatId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  imprint: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  terms: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'withdrawal_policy', type: 'text', nullable: true })
  withdrawalPolicy: string | null;

  @Column({ name: 'payout_account', type: 'text', nullable: true })
  payoutAccount: string | null;

  @Field(() => Date, { nullable: true, description: 'When a platform worker verified it; null while unverified' })
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When platform staff last refused to verify it; cleared by a verification' })
  @Column({ name: 'verification_refused_at', type: 'timestamptz', nullable: true })
  verificationRefusedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why staff refused to verify it, as the organisation was told' })
  @Column({ name: 'verification_refusal_reason', type: 'text', nullable: true })
  verificationRefusalReason: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => OrganisationMember, (member) => member.organisation)
  members?: OrganisationMember[];
}

/** The details an organisation seller must give before its listings go live (VAT id only where it has one). */
export const REQUIRED_LEGAL_DETAILS = [
  'legalName',
  'street',
  'postalCode',
  'city',
  'country',
  'imprint',
  'terms',
  'withdrawalPolicy',
  'payoutAccount',
] as const satisfies readonly (keyof Organisation)[];

export function missingLegalDetails(organisation: Organisation): string[] {
  return REQUIRED_LEGAL_DETAILS.filter((field) => !organisation[field]?.trim());
}
