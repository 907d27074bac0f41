import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { stringEnum } from '@allmende/core';
import { Organisation } from './organisation.entity';

export const ORGANISATION_ROLES = ['OWNER', 'STAFF'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
export const OrganisationRoleEnum = stringEnum(
  'OrganisationRole',
  ORGANISATION_ROLES,
  'What an account may do for an organisation',
);

@ObjectType({ description: 'An account acting for an organisation' })
@Entity('organisation_member')
export class OrganisationMember {
  @Field(() => ID)
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => OrganisationRoleEnum)
  @Column({ type: 'text' })
  role: OrganisationRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Organisation, (organisation) => organisation.members)
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
