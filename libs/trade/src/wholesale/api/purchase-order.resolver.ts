import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, Money, MoneyType, OptionalViewer, RequestContext, Viewer } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { Delivery } from '../entities/delivery.entity';
import { Invoice } from '../entities/invoice.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';
import { DeliveryService } from '../services/delivery.service';
import { InvoiceService } from '../services/invoice.service';
import { OfferService } from '../services/offer.service';
import { PurchaseOrderService } from '../services/purchase-order.service';
import { PurchaseOrdersArgs } from './dto/wholesale.inputs';
import { wholesaleLoaders } from './wholesale-loaders';
import { PurchaseOrderConnection } from './wholesale.types';

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  constructor(
    private readonly orders: PurchaseOrderService,
    private readonly offers: OfferService,
    private readonly organisations: OrganisationService,
    private readonly deliveryService: DeliveryService,
    private readonly invoiceService: InvoiceService,
  ) {}

  @Query(() => PurchaseOrderConnection, { description: 'Your co-op’s wholesale purchase orders, newest first' })
  wholesalePurchaseOrders(@OptionalViewer() viewer: Viewer | null, @Args() args: PurchaseOrdersArgs) {
    return this.orders.listFor(viewer, args);
  }

  @Query(() => PurchaseOrder, { description: 'A purchase order your co-op buys or sells' })
  wholesalePurchaseOrder(@OptionalViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<PurchaseOrder> {
    return this.orders.get(viewer, id);
  }

  @ResolveField(() => WholesaleOffer)
  async offer(@Parent() order: PurchaseOrder, @Context() context: RequestContext): Promise<WholesaleOffer> {
    return (await wholesaleLoaders.offer(context, this.offers).load(order.offerId))!;
  }

  @ResolveField(() => Organisation)
  buyer(@Parent() order: PurchaseOrder, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(order.buyerOrganisationId);
  }

  @ResolveField(() => Organisation)
  seller(@Parent() order: PurchaseOrder, @Context() context: RequestContext) {
    return wholesaleLoaders.organisation(context, this.organisations).load(order.sellerOrganisationId);
  }

  @ResolveField(() => [Delivery], { description: 'Deliveries so far, first first' })
  deliveries(@Parent() order: PurchaseOrder, @Context() context: RequestContext) {
    return wholesaleLoaders.deliveries(context, this.deliveryService).load(order.id);
  }

  @ResolveField(() => [Invoice], { description: 'Invoices so far, by number' })
  invoices(@Parent() order: PurchaseOrder, @Context() context: RequestContext) {
    return wholesaleLoaders.invoicesOfOrder(context, this.invoiceService).load(order.id);
  }

  @ResolveField(() => MoneyType)
  unitPrice(@Parent() order: PurchaseOrder): Money {
    return { amount: order.unitPrice, currency: order.currency };
  }

  @ResolveField(() => MoneyType, { description: 'Quantity times unit price, before VAT' })
  netTotal(@Parent() order: PurchaseOrder): Money {
    return { amount: order.quantity * order.unitPrice, currency: order.currency };
  }
}
