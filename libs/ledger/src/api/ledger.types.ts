import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionType, Money, MoneyType, PageArgs } from '@allmende/core';

@ObjectType('LedgerBalance', { description: "An account's balance in one currency, derived from its entries" })
export class LedgerBalanceType {
  @Field({ description: 'owner:...:purpose, e.g. seller:<id>:payable, platform:fees, provider:clearing' })
  account: string;

  @Field(() => MoneyType, { description: 'Signed: positive is a debit balance (held), negative a credit balance (owed)' })
  balance: Money;
}

export const LedgerBalanceConnection = ConnectionType(LedgerBalanceType, 'LedgerBalance');

@ArgsType()
export class LedgerBalancesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only accounts starting with this, e.g. "seller:" (all when absent)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  prefix?: string | null;
}

@ObjectType('TrialBalanceLine', { description: 'All debits and credits of one currency; in a sound ledger they sum to zero' })
export class TrialBalanceLineType {
  @Field()
  currency: string;

  @Field(() => MoneyType, { description: 'Sum of all debit entries (≥ 0)' })
  debit: Money;

  @Field(() => MoneyType, { description: 'Sum of all credit entries (≤ 0)' })
  credit: Money;

  @Field({ description: 'debit + credit is zero' })
  balanced: boolean;
}
