import { Field, ObjectType } from '@nestjs/graphql';
import { SafeIntResolver } from 'graphql-scalars';

@ObjectType('PaymentConfig', { description: 'What the storefront needs to take payments' })
export class PaymentConfigType {
  @Field({ description: 'STRIPE or OFFLINE' })
  provider: string;

  @Field({ description: 'No real money moves: show the test-mode payment form and say so' })
  testMode: boolean;

  @Field(() => String, { nullable: true, description: "Stripe's publishable key for Stripe.js; null offline" })
  publishableKey: string | null;
}

@ObjectType('PaymentReconciliationDifference', {
  description: 'A movement where the ledger (provider:clearing) and the payment provider disagree',
})
export class ReconciliationDifferenceType {
  @Field({ description: 'capture, transfer, refund or chargeback' })
  kind: string;

  @Field({ description: 'The checkout, order, refund reference or dispute it concerns' })
  reference: string;

  @Field()
  currency: string;

  @Field(() => SafeIntResolver, { description: 'Minor units the ledger moved through provider:clearing (+ in, − out)' })
  ledgerAmount: number;

  @Field(() => SafeIntResolver, { description: 'Minor units the provider says moved' })
  providerAmount: number;
}
