import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { stringEnum } from '@allmende/core';
import { PARAMETER_TYPES } from '../parameters/parameters';

export const ParameterTypeEnum = stringEnum(
  'PolicyParameterType',
  PARAMETER_TYPES,
  'BASIS_POINTS (1 % = 100), MONEY (minor units of EUR), INTEGER, BOOLEAN, FRACTION ("2/3") or CHOICE (one of choices)',
);

@ObjectType('PolicyVersion', { description: 'One value a parameter had from a moment on' })
export class PolicyVersionType {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field({ description: 'The value as text: digits, true/false, "n/d" or a choice' })
  value: string;

  @Field()
  validFrom: Date;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'Display name of the account that set it' })
  setByName: string | null;

  @Field(() => ID, { nullable: true, description: 'The proposal whose passing set it' })
  proposalId: string | null;
}

@ObjectType('PolicyParameter', { description: 'A marketplace parameter with the value in force' })
export class PolicyParameterType {
  @Field()
  key: string;

  @Field(() => ParameterTypeEnum)
  type: string;

  @Field()
  description: string;

  @Field({ description: 'The value in force, as text' })
  value: string;

  @Field()
  defaultValue: string;

  @Field(() => Int, { nullable: true, description: 'Lowest whole-number value' })
  min: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest whole-number value' })
  max: number | null;

  @Field(() => [String], { description: 'The allowed values of a CHOICE' })
  choices: string[];

  @Field(() => PolicyVersionType, { nullable: true, description: 'The version in force; null while the default applies' })
  current: PolicyVersionType | null;
}

@InputType()
export class PolicyParameterChangeInput {
  @Field()
  @IsString()
  @Matches(/^[a-z]+(\.[A-Za-z]+)+$/, { message: 'key must be a parameter key like fees.fairRateBp' })
  @MaxLength(80)
  key: string;

  @Field({ description: 'The new value as text (see PolicyParameter.value)' })
  @IsString()
  @Length(1, 20)
  value: string;
}

@InputType()
export class SetPolicyParametersInput {
  @Field(() => [PolicyParameterChangeInput])
  @ValidateNested({ each: true })
  @Type(() => PolicyParameterChangeInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  changes: PolicyParameterChangeInput[];

  @Field()
  @IsString()
  @Length(3, 500)
  reason: string;
}
