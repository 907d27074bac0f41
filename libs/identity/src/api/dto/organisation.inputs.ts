import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotBlank } from '@allmende/core';
import { ORGANISATION_KINDS, OrganisationKind, OrganisationKindEnum } from '../../entities/organisation.entity';
import { ORGANISATION_ROLES, OrganisationRole, OrganisationRoleEnum } from '../../entities/organisation-member.entity';

@InputType()
export class LegalDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  legalName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postalCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. DE' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be a two-letter ISO country code such as DE' })
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  vatId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  imprint?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  terms?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  withdrawalPolicy?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where payouts go (IBAN or payment-provider account id); shown only to the organisation',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  payoutAccount?: string;
}

@InputType()
export class CreateOrganisationInput extends LegalDetailsInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name: string;

  @Field(() => OrganisationKindEnum)
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;
}

@InputType()
export class UpdateOrganisationInput extends LegalDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name?: string;
}

@InputType()
export class AddOrganisationStaffInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field(() => OrganisationRoleEnum, { defaultValue: 'STAFF' })
  @IsIn(ORGANISATION_ROLES)
  role: OrganisationRole;
}
