import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Money, OptionalViewer, RequestContext, Viewer } from '@allmende/core';
import { CartService, CartView } from '../services/cart.service';
import { ShippingQuote } from '../services/shipping-cost';
import { CartArgs, CartItemArgs, ChooseShippingArgs, SetCartDestinationArgs, SetDeliveryAddressArgs } from './dto/trade.inputs';
import { CartType, ShippingQuoteType } from './trade.types';

export type HttpContext = RequestContext & { req?: { headers: Record<string, string | string[] | undefined> } };

/** The guest cart token from the argument, else from the X-Cart-Token header. */
export function cartTokenOf(args: CartArgs, context: HttpContext): string | null {
  if (args.cartToken) return args.cartToken;
  const header = context.req?.headers['x-cart-token'];
  return (Array.isArray(header) ? header[0] : header) || null;
}

function quoteOf(quote: ShippingQuote | null, currency: string): ShippingQuoteType | null {
  if (!quote) return null;
  const money = (amount: number): Money => ({ amount, currency });
  return {
    method: quote.method,
    amount: money(quote.amount),
    groups: quote.groups.map((group) => ({ ...group, amount: money(group.amount) })),
  };
}

export function toCartType(view: CartView): CartType {
  return {
    ...view,
    groups: view.groups.map((group) => ({
      sellerId: group.sellerId,
      sellerKind: group.sellerKind,
      sellerName: group.seller.name,
      lines: group.lines,
      itemsTotal: group.itemsTotal,
      deliveryZone: group.deliveryZone,
      delivery: quoteOf(group.delivery, group.itemsTotal.currency),
      pickup: quoteOf(group.pickup, group.itemsTotal.currency),
      shippingMethod: group.shippingMethod,
      shipping: group.shipping,
      total: group.total,
    })),
  };
}

@Resolver(() => CartType)
export class CartResolver {
  constructor(private readonly carts: CartService) {}

  @Query(() => CartType, { description: 'Your cart: the account’s when logged in, else the guest cart of the token' })
  async cart(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: CartArgs,
    @Context() context: HttpContext,
  ): Promise<CartType> {
    return toCartType(await this.carts.view(viewer, cartTokenOf(args, context)));
  }

  @Mutation(() => CartType, { description: 'Adds items (a guest gets a cart token back in Cart.token)' })
  async addToCart(@OptionalViewer() viewer: Viewer | null, @Args() args: CartItemArgs, @Context() context: HttpContext) {
    return toCartType(await this.carts.add(viewer, cartTokenOf(args, context), args.productId, Math.max(args.quantity, 1)));
  }

  @Mutation(() => CartType, { description: 'Sets a line’s quantity; 0 removes it' })
  async setCartItemQuantity(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: CartItemArgs,
    @Context() context: HttpContext,
  ) {
    return toCartType(await this.carts.setQuantity(viewer, cartTokenOf(args, context), args.productId, args.quantity));
  }

  @Mutation(() => CartType, { description: 'Delivery or pickup for one seller’s items' })
  async chooseShipping(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: ChooseShippingArgs,
    @Context() context: HttpContext,
  ) {
    return toCartType(await this.carts.chooseShipping(viewer, cartTokenOf(args, context), args.sellerId, args.method));
  }

  @Mutation(() => CartType, { description: 'Where the cart is to be delivered: the cart then says what does not ship there' })
  async setCartDestination(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: SetCartDestinationArgs,
    @Context() context: HttpContext,
  ) {
    return toCartType(await this.carts.setDestination(viewer, cartTokenOf(args, context), args.country));
  }

  @Mutation(() => CartType, {
    description: 'The checkout’s delivery step: an address from your address book or a new one (guests: with an e-mail address)',
  })
  async setDeliveryAddress(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: SetDeliveryAddressArgs,
    @Context() context: HttpContext,
  ) {
    return toCartType(
      await this.carts.setDeliveryAddress(viewer, cartTokenOf(args, context), {
        addressId: args.addressId,
        address: args.address,
        email: args.email,
        locale: args.locale,
        save: args.saveToAddressBook,
      }),
    );
  }

  @Mutation(() => CartType, { description: 'After logging in: moves the guest cart into your own' })
  @Authenticated()
  async mergeCart(@CurrentViewer() viewer: Viewer, @Args() args: CartArgs, @Context() context: HttpContext) {
    const token = cartTokenOf(args, context);
    return toCartType(token ? await this.carts.merge(viewer, token) : await this.carts.view(viewer, null));
  }
}
