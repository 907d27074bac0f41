import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { MoneyType, stringEnum } from '@allmende/core';
import { MEMBER_CLASSES, MemberClass } from '@allmende/policy';
import { MEMBER_STATUSES, MemberStatus, MemberStatusEnum } from '../state/member-state';
import { SHARE_MOVEMENTS } from '../entities/share-register-entry.entity';

export const MemberClassEnum = stringEnum(
  'MemberClass',
  MEMBER_CLASSES,
  'CONSUMER (buys), PRODUCER (sells), WORKER (works for the co-op) or INVESTOR (invests only)',
);
export const ShareMovementEnum = stringEnum('ShareMovement', SHARE_MOVEMENTS, 'A line of the share register');
export const SharePurchaseStatusEnum = stringEnum(
  'SharePurchaseStatus',
  ['PENDING', 'PAID', 'CANCELLED'] as const,
  'A share order',
);

@ObjectType('ShareRegisterLine', { description: 'One line of the append-only share register' })
export class ShareRegisterLineType {
  @Field(() => ID)
  id: string;

  @Field(() => ShareMovementEnum)
  movement: string;

  @Field(() => Int, { description: '+ in, − out' })
  shares: number;

  @Field(() => MoneyType, { description: 'Nominal value of one share' })
  sharePrice: MoneyType;

  @Field(() => Int, { nullable: true, description: 'A transfer’s other side: its member number' })
  counterpartyNumber: number | null;

  @Field()
  recordedAt: Date;
}

@ObjectType('StandingChange', { description: 'A change of a member’s status, with its reason' })
export class StandingChangeType {
  @Field(() => MemberStatusEnum)
  fromStatus: MemberStatus;

  @Field(() => MemberStatusEnum)
  toStatus: MemberStatus;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}

@ObjectType('SharePurchase')
export class SharePurchaseType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  shares: number;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => SharePurchaseStatusEnum)
  status: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;
}

@ObjectType('Member', { description: 'A member of the co-operative (a person or an organisation)' })
export class MemberType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => MemberClassEnum)
  memberClass: MemberClass;

  @Field(() => MemberStatusEnum)
  status: MemberStatus;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => Date, { nullable: true })
  joinedAt: Date | null;

  @Field(() => Date, { nullable: true })
  noticeGivenAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the shares will be (or were) redeemed' })
  leavesAt: Date | null;

  @Field(() => Date, { nullable: true })
  leftAt: Date | null;
}

@ObjectType('MembershipTerms', { description: 'What joining costs, from the policy in force' })
export class MembershipTermsType {
  @Field(() => MoneyType)
  sharePrice: MoneyType;

  @Field(() => [ClassMinimumType])
  minimums: ClassMinimumType[];

  @Field(() => Int)
  noticeDays: number;
}

@ObjectType('ClassMinimum')
export class ClassMinimumType {
  @Field(() => MemberClassEnum)
  memberClass: MemberClass;

  @Field(() => Int)
  shares: number;
}

@ObjectType('SharePayment', { description: 'A share order and the payment to make for it' })
export class SharePaymentType {
  @Field(() => MemberType)
  member: MemberType;

  @Field(() => SharePurchaseType)
  purchase: SharePurchaseType;

  @Field(() => ID)
  paymentId: string;

  @Field(() => String, { nullable: true, description: 'For the Stripe Payment Element; null in test mode' })
  clientSecret: string | null;

  @Field()
  testMode: boolean;
}

@InputType()
export class JoinCoopInput {
  @Field(() => MemberClassEnum)
  @IsIn(MEMBER_CLASSES)
  memberClass: MemberClass;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  shares: number;

  @Field(() => ID, { nullable: true, description: 'Join as this organisation (you must own it); yourself when absent' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;
}

@ArgsType()
export class BuySharesArgs {
  @Field(() => ID)
  @IsUUID('all')
  memberId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  shares: number;
}

@ArgsType()
export class StandingArgs {
  @Field(() => ID)
  @IsUUID('all')
  memberId: string;

  @Field({ description: 'Why: kept in the member’s history' })
  @IsString()
  @Length(3, 500)
  reason: string;
}

@ArgsType()
export class MembersArgs {
  @Field(() => MemberStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;
}

@InputType()
export class TransferSharesInput {
  @Field(() => ID, { description: 'The member giving the shares: yours or an organisation’s you own' })
  @IsUUID('all')
  fromMemberId: string;

  @Field(() => Int, { description: 'The receiving member’s number' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  toMemberNumber: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  shares: number;

  @Field({ description: 'The same key again returns the transfer already made' })
  @IsString()
  @Length(1, 100)
  idempotencyKey: string;
}

@ObjectType('ShareTransfer', { description: 'Shares moved at nominal value from one member to another' })
export class ShareTransferType {
  @Field()
  reference: string;

  @Field(() => MemberType, { description: 'The sender, after the transfer' })
  from: MemberType;

  @Field(() => Int, { description: 'The recipient’s member number (the recipient’s details stay theirs)' })
  toMemberNumber: number;

  @Field(() => Int)
  shares: number;

  @Field(() => MoneyType, { description: 'Nominal value moved' })
  capital: MoneyType;

  @Field()
  recordedAt: Date;
}
