import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsISO31661Alpha2,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CustodyModelEnum } from '../../entities/provenance-lot.entity';
import {
  CERTIFICATE_SCOPES,
  CertificateScope,
  CUSTODY_MODELS,
  CustodyModel,
  RECORD_KINDS,
  RecordKind,
  TRANSPORT_MODES,
  TransportMode,
} from '../../services/chain';
import { CertificateScopeEnum, RecordKindEnum, TransportModeEnum } from '../provenance.types';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType()
export class CreateLotInput {
  @Field(() => ID, { description: 'The organisation that holds the goods and records their steps' })
  @IsUUID('all')
  organisationId: string;

  @Field({ description: 'Your own lot number, unique among your lots' })
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(80)
  code: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => CustodyModelEnum)
  @IsIn(CUSTODY_MODELS)
  custodyModel: CustodyModel;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsPositive()
  // numeric(14, 3): a smaller amount would be stored as 0, a larger one does not fit
  @Min(0.001)
  @Max(99_999_999_999)
  quantity?: number;

  @Field(() => String, { nullable: true, description: 'UN/CEFACT unit code, e.g. KGM' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,3}$/, { message: 'must be a UN/CEFACT unit code such as KGM' })
  uom?: string;

  @Field(() => [ID], { nullable: true, description: 'Your products sold from this lot' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  productIds?: string[];
}

@InputType()
export class PlaceInput {
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2()
  country: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @IsLongitude()
  longitude?: number;
}

@InputType()
export class EvidenceInput {
  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the document' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lowercase hex' })
  documentHash?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  url?: string;
}

@InputType()
export class TransportInput {
  @Field(() => PlaceInput, { description: 'Where the goods left; the record’s place is where they arrived' })
  @ValidateNested()
  @Type(() => PlaceInput)
  from: PlaceInput;

  @Field(() => TransportModeEnum)
  @IsIn(TRANSPORT_MODES)
  mode: TransportMode;
}

@InputType()
export class CertificationInput {
  @Field({ description: 'Who certifies, e.g. FLOCERT' })
  @IsString()
  @MaxLength(200)
  certifier: string;

  @Field(() => ID, { nullable: true, description: 'The certifier’s organisation on Allmende, if it has one' })
  @IsOptional()
  @IsUUID('all')
  certifierOrganisationId?: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  certificateId: string;

  @Field({ description: 'e.g. Fairtrade, WFTO Guaranteed Fair Trade, EU organic' })
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200)
  standard: string;

  @Field(() => CertificateScopeEnum)
  @IsIn(CERTIFICATE_SCOPES)
  scope: CertificateScope;

  @Field(() => ID, { nullable: true, description: 'For an ORGANISATION scope: whose certificate (default: the custodian)' })
  @IsOptional()
  @IsUUID('all')
  holderOrganisationId?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: 'must be a date YYYY-MM-DD' })
  validFrom: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @Matches(DAY, { message: 'must be a date YYYY-MM-DD' })
  validTo: string;
}

@InputType()
export class AppendRecordInput {
  @Field(() => RecordKindEnum)
  @IsIn(RECORD_KINDS)
  kind: RecordKind;

  @Field({ description: 'When it happened; not before the chain’s last record (a correction excepted)' })
  @IsDate()
  occurredAt: Date;

  @Field(() => PlaceInput)
  @ValidateNested()
  @Type(() => PlaceInput)
  place: PlaceInput;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description: string = '';

  @Field(() => EvidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;

  @Field(() => TransportInput, { nullable: true, description: 'For TRANSPORT' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TransportInput)
  transport?: TransportInput;

  @Field(() => CertificationInput, { nullable: true, description: 'For CERTIFICATION' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CertificationInput)
  certification?: CertificationInput;

  @Field(() => [ID], { nullable: true, description: 'For TRANSFORMATION: the lots this lot is made from' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  inputLotIds?: string[];

  @Field(() => ID, { nullable: true, description: 'For CUSTODY_TRANSFER: the organisation that takes the goods' })
  @IsOptional()
  @IsUUID('all')
  toOrganisationId?: string;

  @Field(() => ID, { nullable: true, description: 'The record of this lot that this one corrects' })
  @IsOptional()
  @IsUUID('all')
  correctsRecordId?: string;
}
