import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, MoneyType, NotBlank, PageArgs, stringEnum } from '@allmende/core';
import { MemberClassEnum } from '@allmende/membership';
import type { MemberClass } from '@allmende/policy';
import { PAYOUT_CHANNELS, PAYOUT_METHODS, PayoutMethod } from '../entities/allocation.entity';
import { AllocationStateEnum, type AllocationState } from '../state/allocation-state';
import { FiscalYearStateEnum, type FiscalYearState } from '../state/fiscal-year-state';

export const PayoutMethodEnum = stringEnum(
  'DividendPayoutMethod',
  PAYOUT_METHODS,
  'MONEY, or SHARES (new shares at the share price; the remainder below one share as money)',
);
export const PayoutChannelEnum = stringEnum(
  'DividendPayoutChannel',
  PAYOUT_CHANNELS,
  'SHARES booked in the register; STRIPE transfer to a connected account; SEPA credit transfer to an IBAN; HELD until the member gives bank details',
);
export const DividendTierEnum = stringEnum('DividendTier', ['INVESTOR', 'PATRONAGE'] as const, 'Investor return or patronage');

@ObjectType('FiscalCost', { description: 'A cost the board entered, posted to the ledger' })
export class FiscalCostType {
  @Field(() => ID)
  id: string;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field()
  description: string;

  @Field()
  documentReference: string;

  @Field()
  createdAt: Date;
}

@ObjectType('FiscalYear')
export class FiscalYearType {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'Exclusive: the first moment of the next year' })
  endsAt: Date;

  @Field(() => FiscalYearStateEnum)
  state: FiscalYearState;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  currency: string;
}

@ObjectType('FiscalYearFigures', {
  description: 'Revenue from the ledger (platform fees net of refunds), costs entered, surplus',
})
export class FiscalYearFiguresType {
  @Field(() => MoneyType)
  revenue: MoneyType;

  @Field(() => MoneyType)
  costs: MoneyType;

  @Field(() => MoneyType)
  surplus: MoneyType;
}

@ObjectType('WorkerHoursEntry', { description: 'Hours a worker member worked on a day (append-only)' })
export class WorkerHoursType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field({ description: 'YYYY-MM-DD' })
  workedOn: string;

  @Field(() => Float, { description: 'Hours, in hundredths' })
  hours: number;

  @Field()
  note: string;

  @Field()
  createdAt: Date;
}

@ObjectType('DividendClassPool')
export class ClassPoolType {
  @Field(() => MemberClassEnum)
  memberClass: MemberClass;

  @Field(() => DividendTierEnum)
  tier: string;

  @Field(() => Int)
  members: number;

  @Field(() => String, { description: 'Total weight of the class: patronage (minor units or hundredths of hours) or share-days' })
  totalWeight: string;

  @Field(() => MoneyType)
  pool: MoneyType;

  @Field(() => MoneyType, { description: 'What the members were given: equal to the pool' })
  allocated: MoneyType;
}

@ObjectType('DividendAllocation')
export class AllocationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  fiscalYearId: string;

  @Field(() => AllocationStateEnum)
  state: AllocationState;

  @Field(() => MoneyType)
  revenue: MoneyType;

  @Field(() => MoneyType)
  costs: MoneyType;

  @Field(() => MoneyType)
  surplus: MoneyType;

  @Field(() => MoneyType)
  reserve: MoneyType;

  @Field(() => MoneyType, { description: 'The investor return paid' })
  investorPool: MoneyType;

  @Field(() => MoneyType, { description: 'The highest investor return the policy allows on the time-weighted paid-in capital' })
  investorCap: MoneyType;

  @Field(() => MoneyType)
  patronagePool: MoneyType;

  @Field({ description: 'True when the surplus is zero or negative: nothing is allocated' })
  nothingToAllocate: boolean;

  @Field({ description: 'SHA-256 of the figures and every line: equal inputs, equal digest' })
  digest: string;

  @Field(() => Int, { description: 'How often the draft was computed' })
  runs: number;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field()
  computedAt: Date;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true })
  sepaExecutedAt: Date | null;

  currency: string;
}

@ObjectType('DividendLine', { description: 'One member’s part of an allocation and how it was computed' })
export class AllocationLineType {
  @Field(() => ID)
  memberId: string;

  @Field(() => MemberClassEnum)
  memberClass: MemberClass;

  @Field(() => DividendTierEnum)
  tier: string;

  @Field(() => String, { description: 'Patronage (net purchases or sales in minor units, hundredths of hours) or share-days' })
  weight: string;

  @Field(() => MoneyType, { description: 'Consumers and producers: purchases or sales counted' })
  purchases: MoneyType;

  @Field(() => MoneyType, { description: 'Refunds booked within the year (also on earlier years’ orders)' })
  refunds: MoneyType;

  @Field(() => MoneyType, { description: 'The class’s pool (or the investor pool)' })
  classPool: MoneyType;

  @Field(() => String, { description: 'The class’s total weight' })
  classWeight: string;

  @Field(() => MoneyType, { description: 'floor(pool × weight / total)' })
  base: MoneyType;

  @Field(() => Int, { description: 'The cent the largest-remainder method added (0 or 1)' })
  rounding: number;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => PayoutMethodEnum)
  payoutMethod: PayoutMethod;
}

export const AllocationLineConnection = ConnectionType(AllocationLineType, 'DividendLine');

@ObjectType('DividendPayoutChoice')
export class PayoutChoiceType {
  @Field(() => ID)
  memberId: string;

  @Field(() => PayoutMethodEnum)
  method: PayoutMethod;

  @Field(() => String, { nullable: true, description: 'Electronic format' })
  iban: string | null;

  @Field(() => String, { nullable: true })
  accountHolder: string | null;

  @Field({ description: 'False while the method is the policy default (nothing chosen yet)' })
  chosen: boolean;
}

@ObjectType('DividendPayout')
export class PayoutType {
  @Field(() => ID)
  memberId: string;

  @Field(() => PayoutChannelEnum)
  channel: string;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => Int)
  shares: number;

  @Field()
  state: string;
}

@ObjectType('DividendStatement', { description: 'How a member’s dividend was computed' })
export class StatementType {
  @Field(() => ID)
  allocationId: string;

  @Field(() => ID)
  memberId: string;

  @Field()
  memberName: string;

  @Field()
  fiscalYear: string;

  @Field(() => AllocationStateEnum)
  state: AllocationState;

  @Field(() => AllocationLineType, {
    nullable: true,
    description: 'Null: the member had no patronage this year and gets nothing',
  })
  line: AllocationLineType | null;

  @Field(() => [PayoutType])
  payouts: PayoutType[];
}

@ObjectType('DividendSepaFile', { description: 'The run’s SEPA credit-transfer file (pain.001.001.09)' })
export class SepaFileType {
  @Field()
  fileName: string;

  @Field()
  xml: string;

  @Field(() => Int)
  transactions: number;

  @Field(() => MoneyType)
  total: MoneyType;
}

@InputType()
export class CreateFiscalYearInput {
  @Field()
  @IsString()
  @Length(1, 40)
  @NotBlank()
  label: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
}

@InputType()
export class AddFiscalCostInput {
  @Field(() => ID)
  @IsUUID()
  fiscalYearId: string;

  @Field(() => Int, { description: 'Minor units, more than zero' })
  @IsInt()
  @Min(1)
  @Max(100_000_000_000)
  amountCents: number;

  @Field()
  @IsString()
  @Length(1, 500)
  @NotBlank()
  description: string;

  @Field({ description: 'The invoice or receipt it is booked from' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  documentReference: string;
}

@InputType()
export class RecordWorkerHoursInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  @Length(10, 10)
  workedOn: string;

  @Field(() => Float, { description: 'More than 0, at most 24, in hundredths' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  hours: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string | null;
}

@InputType()
export class SetPayoutChoiceInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => PayoutMethodEnum)
  @IsIn(PAYOUT_METHODS)
  method: PayoutMethod;

  @Field(() => String, { nullable: true, description: 'For money by bank transfer; spaces allowed' })
  @IsOptional()
  @IsString()
  @Length(0, 50)
  iban?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 70)
  @NotBlank()
  accountHolder?: string | null;
}

@ArgsType()
export class AllocationLinesArgs extends PageArgs {}
