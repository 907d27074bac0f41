import { Args, Field, InputType, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsISO4217CurrencyCode } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { currencyExponent } from './currency';
import { formatMoney, Money, parseLocale } from './money';

@ObjectType('Money', { description: 'An amount in integer minor units (cents) of an ISO 4217 currency' })
export class MoneyType implements Money {
  @Field(() => SafeIntResolver, { description: 'Minor units, e.g. 1299 for 12.99 EUR' })
  amount: number;

  @Field({ description: 'ISO 4217 code, e.g. EUR' })
  currency: string;
}

/** Derived fields of every Money value, so resolvers can return plain `{ amount, currency }` objects. */
@Resolver(() => MoneyType)
export class MoneyFieldsResolver {
  @ResolveField(() => Int, { description: 'Digits after the decimal point for this currency (EUR 2, JPY 0)' })
  exponent(@Parent() value: Money): number {
    return currencyExponent(value.currency);
  }

  @ResolveField(() => String, { description: 'The amount formatted for display, e.g. "€12.99"' })
  formatted(@Parent() value: Money, @Args('locale', { type: () => String, defaultValue: 'en' }) locale: string): string {
    return formatMoney(value, parseLocale(locale));
  }
}

@InputType('MoneyInput')
export class MoneyInput implements Money {
  @Field(() => SafeIntResolver)
  @IsInt()
  amount: number;

  @Field()
  @IsISO4217CurrencyCode()
  currency: string;
}
