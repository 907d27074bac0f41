import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuditLog,
  Authenticated,
  CurrentViewer,
  OptionalViewer,
  groupByKey,
  IdArg,
  indexByKey,
  Money,
  MoneyType,
  PageArgs,
  RateLimited,
  RequestContext,
  requestLoader,
  Viewer,
} from '@allmende/core';
import { Checkout } from '../entities/checkout.entity';
import { Order, OrderLine } from '../entities/order.entity';
import { OrderRefund, SellerRating } from '../entities/order-refund.entity';
import { CheckoutService } from '../services/checkout.service';
import { orderParts } from '../services/order-money';
import { OrderService } from '../services/order.service';
import { OrderRefundService } from '../services/order-refunds.service';
import { SellerRatingService } from '../services/seller-ratings.service';
import { cartTokenOf, HttpContext } from './cart.resolver';
import {
  CancelOrderArgs,
  CheckoutAccessArgs,
  CheckoutArgs,
  RateSellerArgs,
  RefundOrderInput,
  SellerOrdersArgs,
  ShipOrderArgs,
} from './dto/trade.inputs';
import {
  CheckoutType,
  DeliveryAddressType,
  OrderConnection,
  OrderFeesType,
  OrderLineType,
  OrderRefundType,
  OrderSellerType,
  OrderType,
  SellerRatingType,
} from './trade.types';

/** An order's refunds, except those the provider refused: they gave nothing back. */
function refundsLoader(context: RequestContext, orderRefunds: OrderRefundService) {
  return requestLoader<string, OrderRefund[]>(context, 'refundsByOrder', async (ids) =>
    groupByKey(
      ids,
      (await orderRefunds.refundsOf(ids)).filter((refund) => refund.status !== 'FAILED'),
      (refund) => refund.orderId,
    ),
  );
}

function linesLoader(context: RequestContext, orders: OrderService) {
  return requestLoader<string, OrderLine[]>(context, 'orderLinesByOrder', async (ids) =>
    groupByKey(ids, await orders.linesOf(ids), (line) => line.orderId),
  );
}

@Resolver(() => CheckoutType)
export class CheckoutResolver {
  constructor(private readonly checkouts: CheckoutService) {}

  @Mutation(() => CheckoutType, {
    description:
      'Pays for your cart (the last checkout step, after the delivery address): one order per seller, stock reserved, one payment started. The same key returns the same checkout. A guest gets Checkout.accessToken back.',
  })
  @RateLimited('checkout')
  checkout(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: CheckoutArgs,
    @Context() context: HttpContext,
  ): Promise<Checkout> {
    return this.checkouts.checkout(viewer, cartTokenOf(args, context), args.idempotencyKey);
  }

  @Mutation(() => CheckoutType, {
    description: 'Test mode only (no payment provider configured): pay the checkout with the offline form',
  })
  payCheckoutOffline(
    @OptionalViewer() viewer: Viewer | null,
    @IdArg('checkoutId') checkoutId: string,
    @Args() args: CheckoutAccessArgs,
  ): Promise<Checkout> {
    return this.checkouts.payOffline(viewer, checkoutId, args.accessToken);
  }

  @Query(() => CheckoutType, { description: 'One of your checkouts (a guest sends its access token)' })
  myCheckout(
    @OptionalViewer() viewer: Viewer | null,
    @IdArg('id') id: string,
    @Args() args: CheckoutAccessArgs,
  ): Promise<Checkout> {
    return this.checkouts.get(viewer, id, args.accessToken);
  }

  @Mutation(() => CheckoutType, {
    description: 'Adds a guest checkout to your account: needs its access token and an account with the guest e-mail address',
  })
  @Authenticated()
  claimGuestCheckout(
    @CurrentViewer() viewer: Viewer,
    @IdArg('checkoutId') checkoutId: string,
    @Args('accessToken') accessToken: string,
  ): Promise<Checkout> {
    return this.checkouts.claim(viewer, checkoutId, accessToken.slice(0, 100));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'A guest’s key to this checkout (keep it to see and pay it); null for an account’s',
  })
  accessToken(@Parent() checkout: Checkout): string | null {
    return checkout.accessToken;
  }

  @ResolveField(() => MoneyType)
  total(@Parent() checkout: Checkout): Money {
    return { amount: checkout.totalAmount, currency: checkout.currency };
  }

  @ResolveField(() => [OrderType])
  orders(@Parent() checkout: Checkout, @Context() context: RequestContext): Promise<Order[]> {
    return requestLoader<string, Order[]>(context, 'ordersByCheckout', async (ids) =>
      groupByKey(ids, await this.checkouts.ordersOf(ids), (order) => order.checkoutId),
    ).load(checkout.id);
  }
}

@Resolver(() => OrderType)
export class OrderResolver {
  constructor(
    private readonly orders: OrderService,
    private readonly orderRefunds: OrderRefundService,
    private readonly ratings: SellerRatingService,
    private readonly audit: AuditLog,
  ) {}

  @Query(() => OrderType, { description: 'An order you bought or sold' })
  @Authenticated()
  order(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Order> {
    return this.orders.get(viewer, id);
  }

  @Query(() => OrderConnection, { description: 'What you bought, newest first' })
  @Authenticated()
  myOrders(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs) {
    return this.orders.buyerOrders(viewer, args.first, args.after);
  }

  @Query(() => OrderConnection, { description: 'What you (or an organisation you act for) sold, newest first' })
  @Authenticated()
  sellerOrders(@CurrentViewer() viewer: Viewer, @Args() args: SellerOrdersArgs) {
    return this.orders.sellerOrders(viewer, args.organisationId, args.state, args.first, args.after);
  }

  @Mutation(() => OrderType, { description: 'The seller sends the order (PAID -> SHIPPED)' })
  @Authenticated()
  markOrderShipped(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args() args: ShipOrderArgs): Promise<Order> {
    return this.orders.markShipped(viewer, id, args.carrier, args.trackingCode);
  }

  @Mutation(() => OrderType, { description: 'The buyer received the order (SHIPPED -> DELIVERED)' })
  @Authenticated()
  confirmDelivery(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Order> {
    return this.orders.confirmDelivery(viewer, id);
  }

  @Mutation(() => OrderType, { description: 'The buyer cancels until the order ships; paid money goes back' })
  @Authenticated()
  cancelOrder(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args() args: CancelOrderArgs): Promise<Order> {
    return this.orderRefunds.cancel(viewer, id, args.reason?.slice(0, 500), args.idempotencyKey);
  }

  @Mutation(() => OrderType, { description: 'The seller refunds part or all of an order, with a reason' })
  @Authenticated()
  @RateLimited('refund')
  async refundOrder(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: RefundOrderInput,
  ): Promise<Order> {
    const order = await this.orderRefunds.refund(viewer, id, input);
    await this.audit.record({
      action: 'order.refunded',
      actorAccountId: viewer.accountId,
      subject: { type: 'order', id },
      details: { amount: input.amount.amount, currency: input.amount.currency, reason: input.reason },
    });
    return order;
  }

  @Mutation(() => SellerRatingType, { description: 'The buyer rates the seller after delivery' })
  @Authenticated()
  rateSeller(
    @CurrentViewer() viewer: Viewer,
    @IdArg('orderId') orderId: string,
    @Args() args: RateSellerArgs,
  ): Promise<SellerRating> {
    return this.ratings.rate(viewer, orderId, args.rating, args.comment);
  }

  @ResolveField(() => DeliveryAddressType, {
    nullable: true,
    description: 'Where the order goes, as given at checkout; null for pickup',
  })
  deliveryAddress(@Parent() order: Order): DeliveryAddressType | null {
    return order.deliveryAddress;
  }

  @ResolveField(() => OrderSellerType)
  seller(@Parent() order: Order): OrderSellerType {
    return {
      id: order.sellerId,
      kind: order.sellerKind,
      name: order.sellerName,
      terms: order.sellerTerms,
      withdrawalPolicy: order.sellerWithdrawalPolicy,
      imprint: order.sellerImprint,
    };
  }

  @ResolveField(() => MoneyType)
  itemsTotal(@Parent() order: Order): Money {
    return { amount: order.itemsAmount, currency: order.currency };
  }

  @ResolveField(() => MoneyType)
  shipping(@Parent() order: Order): Money {
    return { amount: order.shippingAmount, currency: order.currency };
  }

  @ResolveField(() => MoneyType)
  total(@Parent() order: Order): Money {
    return { amount: order.totalAmount, currency: order.currency };
  }

  @ResolveField(() => MoneyType)
  refunded(@Parent() order: Order): Money {
    return { amount: order.refundedAmount, currency: order.currency };
  }

  @ResolveField(() => MoneyType, { description: 'What can still be refunded' })
  refundable(@Parent() order: Order): Money {
    const open = ['PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED'].includes(order.state);
    return { amount: open ? order.totalAmount - order.refundedAmount : 0, currency: order.currency };
  }

  @ResolveField(() => [OrderLineType])
  async lines(@Parent() order: Order, @Context() context: RequestContext): Promise<OrderLineType[]> {
    const money = (amount: number): Money => ({ amount, currency: order.currency });
    return (await linesLoader(context, this.orders).load(order.id)).map((line) => ({
      id: line.id,
      productId: line.productId,
      title: line.title,
      quantity: line.quantity,
      vatRateBp: line.vatRateBp,
      unitPrice: money(line.unitPrice),
      gross: money(line.gross),
      vat: money(line.vat),
      donation: money(line.donation),
      platformFee: money(line.platformFee),
      fairFund: money(line.fairFund),
      producerShare: money(line.producerShare),
    }));
  }

  @ResolveField(() => OrderFeesType, { description: 'Platform fee, fair fund, donation and the seller’s payout of this order' })
  async fees(@Parent() order: Order, @Context() context: RequestContext): Promise<OrderFeesType> {
    const [lines, refunds] = await Promise.all([
      linesLoader(context, this.orders).load(order.id),
      refundsLoader(context, this.orderRefunds).load(order.id),
    ]);
    const sum = (pick: (line: OrderLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
    const money = (amount: number): Money => ({ amount, currency: order.currency });
    // What refunds took back from the seller's parts (its line shares and the shipping).
    const sellerKeys = new Set(
      orderParts(lines, order.shippingAmount)
        .filter((part) => part.kind === 'SELLER' || part.kind === 'SHIPPING')
        .map((part) => part.key),
    );
    const refundedFromSeller = refunds.reduce(
      (total, refund) =>
        total + Object.entries(refund.parts).reduce((s, [key, value]) => s + (sellerKeys.has(key) ? value : 0), 0),
      0,
    );
    const sellerPayout = sum((l) => l.producerShare + l.vat) + order.shippingAmount;
    return {
      payoutAfterRefunds: money(sellerPayout - refundedFromSeller),
      platformFee: money(sum((l) => l.platformFee)),
      fairFund: money(sum((l) => l.fairFund)),
      donation: money(sum((l) => l.donation)),
      vat: money(sum((l) => l.vat)),
      sellerPayout: money(sellerPayout),
    };
  }

  @ResolveField(() => [OrderRefundType])
  async refunds(@Parent() order: Order, @Context() context: RequestContext): Promise<OrderRefundType[]> {
    const refunds = await refundsLoader(context, this.orderRefunds).load(order.id);
    return refunds.map((refund) => ({ ...refund, amount: { amount: refund.amount, currency: order.currency } }));
  }

  @ResolveField(() => SellerRatingType, { nullable: true })
  rating(@Parent() order: Order, @Context() context: RequestContext): Promise<SellerRating | null> {
    return requestLoader<string, SellerRating | null>(context, 'ratingByOrder', async (ids) =>
      indexByKey(ids, await this.ratings.ratingsOf(ids), (rating) => rating.orderId),
    ).load(order.id);
  }
}
