import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, Money, MoneyType, OptionalViewer, RequestContext, Viewer } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { Delivery } from '../entities/delivery.entity';
import { Invoice, InvoiceLine, InvoicePayment } from '../entities/invoice.entity';
import { DeliveryService } from '../services/delivery.service';
import { InvoiceDocuments } from '../services/invoice-documents';
import { amountDue } from '../services/invoice-money';
import { InvoiceService } from '../services/invoice.service';
import { InvoicePaymentsService, StartedInvoicePayment } from '../services/invoice-payments.service';
import { traderViewer } from '../services/wholesale-access.service';
import { InvoicesArgs, MarkInvoicePaidInput, PayInvoiceOnlineArgs, RecordDeliveryInput } from './dto/wholesale.inputs';
import { wholesaleLoaders } from './wholesale-loaders';
import { InvoiceConnection, InvoiceOnlinePaymentType } from './wholesale.types';

const money = (amount: number, currency: string): Money => ({ amount, currency });

@Resolver(() => Delivery)
export class DeliveryResolver {
  constructor(private readonly deliveries: DeliveryService) {}

  @Mutation(() => Delivery, {
    description:
      'The seller records a delivery with its note: custody of the goods passes to the buyer, and it is invoiced as agreed',
  })
  recordWholesaleDelivery(
    @OptionalViewer() viewer: Viewer | null,
    @IdArg('purchaseOrderId') purchaseOrderId: string,
    @Args('input') input: RecordDeliveryInput,
  ): Promise<Delivery> {
    return this.deliveries.record(traderViewer(viewer), purchaseOrderId, input);
  }
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly documents: InvoiceDocuments,
    private readonly organisations: OrganisationService,
    private readonly onlinePayments: InvoicePaymentsService,
  ) {}

  @Query(() => InvoiceConnection, { description: 'Invoices your co-op issued or received, newest first' })
  wholesaleInvoices(@OptionalViewer() viewer: Viewer | null, @Args() args: InvoicesArgs) {
    return this.invoices.listFor(viewer, args);
  }

  @Query(() => Invoice, { description: 'An invoice your co-op issued or received' })
  wholesaleInvoice(@OptionalViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<Invoice> {
    return this.invoices.get(viewer, id);
  }

  @Mutation(() => Invoice, { description: 'The seller records a payment received by bank transfer' })
  markWholesaleInvoicePaid(
    @OptionalViewer() viewer: Viewer | null,
    @IdArg('invoiceId') invoiceId: string,
    @Args('input') input: MarkInvoicePaidInput,
  ): Promise<Invoice> {
    return this.invoices.markPaid(traderViewer(viewer), invoiceId, input);
  }

  @Mutation(() => InvoiceOnlinePaymentType, {
    description:
      'The buyer pays an invoice online through the payment provider: the amount due today (less skonto in its period); settled when the provider confirms',
  })
  async payWholesaleInvoiceOnline(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: PayInvoiceOnlineArgs,
  ): Promise<InvoiceOnlinePaymentType> {
    return presentOnline(await this.onlinePayments.start(traderViewer(viewer), args.invoiceId, args.idempotencyKey));
  }

  @Mutation(() => InvoiceOnlinePaymentType, {
    description: 'Test mode: the buyer pays an invoice offline (the same success path as the provider confirming)',
  })
  async payWholesaleInvoiceOffline(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: PayInvoiceOnlineArgs,
  ): Promise<InvoiceOnlinePaymentType> {
    return presentOnline(await this.onlinePayments.payOffline(traderViewer(viewer), args.invoiceId, args.idempotencyKey));
  }

  @ResolveField(() => Organisation)
  seller(@Parent() invoice: Invoice, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(invoice.sellerOrganisationId);
  }

  @ResolveField(() => Organisation)
  buyer(@Parent() invoice: Invoice, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(invoice.buyerOrganisationId);
  }

  @ResolveField(() => MoneyType)
  net(@Parent() invoice: Invoice): Money {
    return money(invoice.netAmount, invoice.currency);
  }

  @ResolveField(() => MoneyType)
  vat(@Parent() invoice: Invoice): Money {
    return money(invoice.vatAmount, invoice.currency);
  }

  @ResolveField(() => MoneyType)
  gross(@Parent() invoice: Invoice): Money {
    return money(invoice.grossAmount, invoice.currency);
  }

  @ResolveField(() => MoneyType, { description: 'Paid so far, skonto taken included' })
  paid(@Parent() invoice: Invoice): Money {
    return money(invoice.paidAmount, invoice.currency);
  }

  @ResolveField(() => MoneyType, { description: 'What is due if paid today (less skonto within its period)' })
  amountDueToday(@Parent() invoice: Invoice): Money {
    return money(amountDue(invoice, new Date().toISOString().slice(0, 10)).due, invoice.currency);
  }

  @ResolveField(() => Boolean, { description: 'Reverse charge: the buyer accounts for the VAT' })
  reverseCharge(@Parent() invoice: Invoice): boolean {
    return invoice.vatCategory === 'AE';
  }

  @ResolveField(() => [InvoiceLine])
  lines(@Parent() invoice: Invoice, @Context() context: RequestContext) {
    return wholesaleLoaders.invoiceLines(context, this.invoices).load(invoice.id);
  }

  @ResolveField(() => [InvoicePayment])
  payments(@Parent() invoice: Invoice, @Context() context: RequestContext) {
    return wholesaleLoaders.invoicePayments(context, this.invoices).load(invoice.id);
  }

  @ResolveField(() => String, { description: 'The invoice as a PDF, base64-encoded' })
  async pdfBase64(@Parent() invoice: Invoice): Promise<string> {
    return (await this.documents.pdf(invoice, await this.invoices.linesOf([invoice.id]))).toString('base64');
  }

  @ResolveField(() => String, { description: 'The EN 16931 e-invoice (XRechnung, UBL syntax) as XML' })
  async xrechnungXml(@Parent() invoice: Invoice): Promise<string> {
    return this.documents.xrechnung(invoice, await this.invoices.linesOf([invoice.id]));
  }
}

function presentOnline(started: StartedInvoicePayment): InvoiceOnlinePaymentType {
  return {
    invoice: started.invoice,
    paymentId: started.payment.paymentId,
    clientSecret: started.payment.clientSecret,
    testMode: started.payment.testMode,
    state: started.onlinePayment.state,
    amount: money(started.onlinePayment.amount, started.onlinePayment.currency),
  };
}

@Resolver(() => InvoiceLine)
export class InvoiceLineResolver {
  constructor(private readonly invoices: InvoiceService) {}

  @ResolveField(() => MoneyType)
  async unitPrice(@Parent() line: InvoiceLine, @Context() context: RequestContext): Promise<Money> {
    return money(line.unitPrice, await this.currencyOf(line, context));
  }

  @ResolveField(() => MoneyType)
  async net(@Parent() line: InvoiceLine, @Context() context: RequestContext): Promise<Money> {
    return money(line.netAmount, await this.currencyOf(line, context));
  }

  private async currencyOf(line: InvoiceLine, context: RequestContext): Promise<string> {
    return (await wholesaleLoaders.invoice(context, this.invoices).load(line.invoiceId))!.currency;
  }
}

@Resolver(() => InvoicePayment)
export class InvoicePaymentResolver {
  constructor(private readonly invoices: InvoiceService) {}

  @ResolveField(() => MoneyType)
  async amount(@Parent() payment: InvoicePayment, @Context() context: RequestContext): Promise<Money> {
    return money(payment.amount, (await wholesaleLoaders.invoice(context, this.invoices).load(payment.invoiceId))!.currency);
  }

  @ResolveField(() => MoneyType)
  async skonto(@Parent() payment: InvoicePayment, @Context() context: RequestContext): Promise<Money> {
    return money(
      payment.skontoAmount,
      (await wholesaleLoaders.invoice(context, this.invoices).load(payment.invoiceId))!.currency,
    );
  }
}
