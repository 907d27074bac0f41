import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, Money, MoneyType } from '@allmende/core';
import { OnlinePaymentState, OnlinePaymentStateEnum } from '../state/online-payment-state';
import { Invoice } from '../entities/invoice.entity';
import { Negotiation } from '../entities/negotiation.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';

export const WholesaleOfferConnection = ConnectionType(WholesaleOffer, 'WholesaleOffer');
export const NegotiationConnection = ConnectionType(Negotiation, 'WholesaleNegotiation');
export const PurchaseOrderConnection = ConnectionType(PurchaseOrder, 'WholesalePurchaseOrder');
export const InvoiceConnection = ConnectionType(Invoice, 'WholesaleInvoice');

@ObjectType('WholesaleInvoiceOnlinePayment', { description: 'An invoice being paid through the payment provider' })
export class InvoiceOnlinePaymentType {
  @Field(() => Invoice)
  invoice: Invoice;

  @Field(() => ID, { description: 'The payment at the provider' })
  paymentId: string;

  @Field(() => String, { nullable: true, description: 'For Stripe.js; null in test mode' })
  clientSecret: string | null;

  @Field({ description: 'No real money moves (the offline adapter)' })
  testMode: boolean;

  @Field(() => OnlinePaymentStateEnum)
  state: OnlinePaymentState;

  @Field(() => MoneyType, { description: 'What is paid: the amount due the day the payment started, skonto included' })
  amount: Money;
}
