import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError, Money, Transactional, TxHost, Viewer } from '@allmende/core';
import { Product, ProductService, SellerKind, SellerProfile, SellerService } from '@allmende/catalog';
import {
  AddressBookService,
  isCountryCode,
  normaliseEmail,
  PostalAddress,
  PostalAddressFields,
  validPostalAddress,
} from '@allmende/identity';
import { Cart, CartItem, CartShippingChoice } from '../entities/cart.entity';
import { ShippingService } from './shipping.service';
import { ShippingMethod, ShippingQuote, shippingQuotes } from './shipping-cost';

export const MAX_QUANTITY = 99;

/** Why a line cannot be bought as it stands. */
export type CartLineProblem = 'INSUFFICIENT_STOCK' | 'PRODUCT_NOT_AVAILABLE' | 'SELLER_ON_VACATION' | 'NOT_SHIPPABLE';

export interface CartLineView {
  product: Product;
  quantity: number;
  lineTotal: Money;
  /** False when the product is not sent to the cart's destination. */
  shipsToDestination: boolean;
  problem: CartLineProblem | null;
}

export interface CartSellerGroup {
  sellerId: string;
  sellerKind: SellerKind;
  seller: SellerProfile;
  lines: CartLineView[];
  itemsTotal: Money;
  /** The seller's shipping zone the destination falls in (null: the seller has no zones and ships its own way). */
  deliveryZone: string | null;
  delivery: ShippingQuote | null;
  pickup: ShippingQuote | null;
  /** The buyer's choice where it is offered, else delivery, else pickup; null when neither is offered. */
  shippingMethod: ShippingMethod | null;
  shipping: Money | null;
  total: Money;
}

export interface CartView {
  id: string | null;
  token: string | null;
  /** Where the cart goes: the buyer's choice, else the default address's country; null: not known yet. */
  destinationCountry: string | null;
  /** The delivery address chosen at checkout (its country is the destination). */
  deliveryAddress: PostalAddress | null;
  /** A guest's e-mail address for the confirmation. */
  contactEmail: string | null;
  /** The language of a guest's order mails. */
  contactLocale: string | null;
  groups: CartSellerGroup[];
  itemCount: number;
  currency: string | null;
  itemsTotal: Money | null;
  shippingTotal: Money | null;
  total: Money | null;
}

const EMPTY: CartView = {
  id: null,
  token: null,
  destinationCountry: null,
  deliveryAddress: null,
  contactEmail: null,
  contactLocale: null,
  groups: [],
  itemCount: 0,
  currency: null,
  itemsTotal: null,
  shippingTotal: null,
  total: null,
};

/** Carts of guests (by token) and logged-in buyers (by account), priced with each seller's cheapest shipping. */
@Injectable()
export class CartService {
  constructor(
    private readonly txHost: TxHost,
    private readonly products: ProductService,
    private readonly sellers: SellerService,
    private readonly shipping: ShippingService,
    private readonly addressBook: AddressBookService,
  ) {}

  private get carts() {
    return this.txHost.tx.getRepository(Cart);
  }

  private get items() {
    return this.txHost.tx.getRepository(CartItem);
  }

  /** The viewer's cart: the account's when logged in, else the guest cart of the token; made when `create`. */
  async cartFor(viewer: Viewer | null, token: string | null | undefined, create: true): Promise<Cart>;
  async cartFor(viewer: Viewer | null, token: string | null | undefined, create?: boolean): Promise<Cart | null>;
  async cartFor(viewer: Viewer | null, token: string | null | undefined, create = false): Promise<Cart | null> {
    if (viewer) {
      const own = await this.carts.findOneBy({ accountId: viewer.accountId });
      if (own || !create) return own;
      await this.carts.createQueryBuilder().insert().values({ accountId: viewer.accountId }).orIgnore().execute();
      return this.carts.findOneByOrFail({ accountId: viewer.accountId });
    }
    const found = token ? await this.carts.findOneBy({ token }) : null;
    if (found || !create) return found;
    // An unknown token is never adopted: a guest gets a fresh, unguessable one.
    return this.carts.save(this.carts.create({ token: randomBytes(24).toString('base64url') }));
  }

  async view(viewer: Viewer | null, token: string | null | undefined): Promise<CartView> {
    const cart = await this.cartFor(viewer, token);
    return cart ? this.price(cart) : { ...EMPTY, destinationCountry: await this.defaultDestination(viewer) };
  }

  /** Where the cart is to go, so it can say what cannot be sent there before checkout. */
  @Transactional()
  async setDestination(viewer: Viewer | null, token: string | null | undefined, country: string): Promise<CartView> {
    const code = country.trim().toUpperCase();
    if (!isCountryCode(code)) {
      throw new InvalidInputError(`"${country}" is not a country`, {
        country: ['must be a two-letter ISO country code such as DE'],
      });
    }
    const cart = await this.cartFor(viewer, token, true);
    // An address chosen for another country no longer fits: the buyer gives one for the new destination.
    const deliveryAddress = cart.deliveryAddress?.country === code ? cart.deliveryAddress : null;
    await this.carts.update({ id: cart.id }, { destinationCountry: code, deliveryAddress, updatedAt: new Date() });
    return this.price({ ...cart, destinationCountry: code, deliveryAddress });
  }

  /**
   * The checkout's delivery step: an address from the buyer's address book (by id) or one typed
   * in (checked per country; saved to the address book when asked), and for a guest the e-mail
   * address the confirmation goes to. The address's country becomes the cart's destination.
   */
  @Transactional()
  async setDeliveryAddress(
    viewer: Viewer | null,
    token: string | null | undefined,
    input: {
      addressId?: string | null;
      address?: PostalAddressFields | null;
      email?: string | null;
      locale?: string | null;
      save?: boolean | null;
    },
  ): Promise<CartView> {
    if (!viewer && !input.email?.trim()) {
      throw new InvalidInputError('Give the e-mail address for your order confirmation', { email: ['is required for guests'] });
    }
    if (!input.addressId && !input.address) {
      throw new InvalidInputError('Choose an address or enter one', { address: ['choose an address or enter one'] });
    }
    if (input.addressId && !viewer)
      throw new InvalidInputError('Log in to use your address book', { addressId: ['log in first'] });
    let address: PostalAddress;
    if (input.addressId) {
      const { name, street, postalCode, city, country, phone } = await this.addressBook.get(viewer!, input.addressId);
      address = { name, street, postalCode, city, country, phone };
    } else {
      address = withFieldPrefix('address', () => validPostalAddress(input.address!));
      if (viewer && input.save) await this.addressBook.save(viewer, address);
    }
    const cart = await this.cartFor(viewer, token, true);
    const contactEmail = viewer ? null : normaliseEmail(input.email!);
    const contactLocale = viewer ? null : (input.locale ?? null);
    await this.carts.update(
      { id: cart.id },
      { deliveryAddress: address, destinationCountry: address.country, contactEmail, contactLocale, updatedAt: new Date() },
    );
    return this.price({ ...cart, deliveryAddress: address, destinationCountry: address.country, contactEmail, contactLocale });
  }

  @Transactional()
  async add(viewer: Viewer | null, token: string | null | undefined, productId: string, quantity: number): Promise<CartView> {
    const product = await this.products.get(productId);
    await this.assertBuyable(viewer, product);
    const cart = await this.cartFor(viewer, token, true);
    const existing = await this.items.findOneBy({ cartId: cart.id, productId });
    await this.assertQuantity(cart, product, (existing?.quantity ?? 0) + quantity);
    await this.items.upsert({ cartId: cart.id, productId, quantity: (existing?.quantity ?? 0) + quantity }, [
      'cartId',
      'productId',
    ]);
    await this.touch(cart);
    return this.price(cart);
  }

  /** Sets a line's quantity; 0 removes it. */
  @Transactional()
  async setQuantity(
    viewer: Viewer | null,
    token: string | null | undefined,
    productId: string,
    quantity: number,
  ): Promise<CartView> {
    const cart = await this.cartFor(viewer, token, true);
    if (quantity === 0) {
      await this.items.delete({ cartId: cart.id, productId });
    } else {
      const product = await this.products.get(productId);
      await this.assertBuyable(viewer, product);
      await this.assertQuantity(cart, product, quantity);
      await this.items.upsert({ cartId: cart.id, productId, quantity }, ['cartId', 'productId']);
    }
    await this.touch(cart);
    return this.price(cart);
  }

  @Transactional()
  async chooseShipping(
    viewer: Viewer | null,
    token: string | null | undefined,
    sellerId: string,
    method: ShippingMethod,
  ): Promise<CartView> {
    const cart = await this.cartFor(viewer, token, true);
    const group = (await this.price(cart)).groups.find((g) => g.sellerId === sellerId);
    if (!group) throw new DomainError('NOT_IN_CART', 'Nothing of this seller is in the cart');
    if (!(method === 'PICKUP' ? group.pickup : group.delivery)) {
      throw new DomainError(
        'SHIPPING_METHOD_UNAVAILABLE',
        `${group.seller.name} does not offer ${method.toLowerCase()} for these items`,
      );
    }
    await this.txHost.tx.getRepository(CartShippingChoice).upsert({ cartId: cart.id, sellerId, method }, ['cartId', 'sellerId']);
    return this.price(cart);
  }

  /** Moves a guest cart into the logged-in buyer's own, adding up quantities (never beyond stock), and drops the guest cart. */
  @Transactional()
  async merge(viewer: Viewer, token: string): Promise<CartView> {
    const guest = await this.carts.findOneBy({ token });
    const own = await this.cartFor(viewer, null, true);
    if (!guest) return this.price(own);
    const guestItems = await this.items.findBy({ cartId: guest.id });
    const ownItems = new Map((await this.items.findBy({ cartId: own.id })).map((item) => [item.productId, item.quantity]));
    const products = new Map((await this.products.findByIds(guestItems.map((i) => i.productId))).map((p) => [p.id, p]));
    for (const item of guestItems) {
      const product = products.get(item.productId);
      if (!product) continue;
      const quantity = Math.min((ownItems.get(item.productId) ?? 0) + item.quantity, product.stock, MAX_QUANTITY);
      if (quantity === 0) continue;
      // A moved line keeps when it was added, so the cart (and the orders it becomes) keep their order.
      if (ownItems.has(item.productId)) await this.items.update({ cartId: own.id, productId: item.productId }, { quantity });
      else await this.items.insert({ cartId: own.id, productId: item.productId, quantity, addedAt: item.addedAt });
    }
    const choices = this.txHost.tx.getRepository(CartShippingChoice);
    const ownChoices = new Set((await choices.findBy({ cartId: own.id })).map((c) => c.sellerId));
    for (const choice of await choices.findBy({ cartId: guest.id })) {
      if (!ownChoices.has(choice.sellerId)) await choices.insert({ ...choice, cartId: own.id });
    }
    await this.carts.delete({ id: guest.id });
    // The guest's checkout steps come along where the buyer's own cart had none (the guest e-mail is the account's now).
    const steps = own.deliveryAddress
      ? { destinationCountry: own.destinationCountry, deliveryAddress: own.deliveryAddress }
      : { destinationCountry: guest.destinationCountry ?? own.destinationCountry, deliveryAddress: guest.deliveryAddress };
    await this.carts.update({ id: own.id }, { ...steps, updatedAt: new Date() });
    return this.price({ ...own, ...steps });
  }

  /** Empties a cart after checkout (the address stays for next time). */
  async clear(cart: Cart): Promise<void> {
    await this.items.delete({ cartId: cart.id });
    await this.txHost.tx.getRepository(CartShippingChoice).delete({ cartId: cart.id });
  }

  /** The cart with current prices and stock, grouped by seller, each with its cheapest shipping to the destination. */
  async price(cart: Cart): Promise<CartView> {
    const destinationCountry = cart.destinationCountry ?? (await this.defaultDestination(cart.accountId));
    const items = await this.items.find({ where: { cartId: cart.id }, order: { addedAt: 'ASC', productId: 'ASC' } });
    const own = {
      id: cart.id,
      token: cart.token,
      destinationCountry,
      deliveryAddress: cart.deliveryAddress,
      contactEmail: cart.contactEmail,
      contactLocale: cart.contactLocale,
    };
    if (!items.length) return { ...EMPTY, ...own };
    const productIds = items.map((item) => item.productId);
    const [products, options, exclusions, choices] = await Promise.all([
      this.products.findByIds(productIds),
      this.shipping.optionsOf(productIds),
      this.shipping.exclusionsOf(productIds),
      this.txHost.tx.getRepository(CartShippingChoice).findBy({ cartId: cart.id }),
    ]);
    const byId = new Map(products.map((product) => [product.id, product]));
    const currency = byId.get(items[0].productId)!.currency;
    const sellerKeys = [...new Map(products.map((p) => [p.sellerId, { id: p.sellerId, kind: p.sellerKind }])).values()];
    const [profiles, destinations] = await Promise.all([
      this.sellers.profiles(sellerKeys),
      this.shipping.destinationsOf(sellerKeys, destinationCountry, currency),
    ]);
    const profileOf = new Map(profiles.map((profile) => [profile.id, profile]));
    const choiceOf = new Map(choices.map((choice) => [choice.sellerId, choice.method]));

    const groups = new Map<string, CartSellerGroup>();
    for (const item of items) {
      const product = byId.get(item.productId)!;
      const seller = profileOf.get(product.sellerId)!;
      let group = groups.get(product.sellerId);
      if (!group) {
        group = {
          sellerId: product.sellerId,
          sellerKind: product.sellerKind,
          seller,
          lines: [],
          itemsTotal: { amount: 0, currency },
          deliveryZone: destinations.get(product.sellerId)!.zone,
          delivery: null,
          pickup: null,
          shippingMethod: null,
          shipping: null,
          total: { amount: 0, currency },
        };
        groups.set(product.sellerId, group);
      }
      const lineTotal = product.priceAmount * item.quantity;
      group.lines.push({
        product,
        quantity: item.quantity,
        lineTotal: { amount: lineTotal, currency },
        shipsToDestination: true,
        problem: problemOf(product, seller, item.quantity),
      });
      group.itemsTotal = { amount: group.itemsTotal.amount + lineTotal, currency };
    }
    let itemsTotal = 0;
    let shippingTotal = 0;
    for (const group of groups.values()) {
      const destination = destinations.get(group.sellerId)!;
      const lines = group.lines.map((line) =>
        ShippingService.lineOf(
          line.product,
          line.quantity,
          options.filter((o) => o.productId === line.product.id),
          exclusions.filter((e) => e.productId === line.product.id),
          destination,
        ),
      );
      const quotes = shippingQuotes(lines, destination.rules, group.itemsTotal.amount);
      group.delivery = quotes.delivery;
      group.pickup = quotes.pickup;
      const chosen = choiceOf.get(group.sellerId);
      const quote =
        (chosen === 'PICKUP' ? quotes.pickup : chosen === 'DELIVERY' ? quotes.delivery : null) ??
        quotes.delivery ??
        quotes.pickup;
      group.shippingMethod = quote?.method ?? null;
      // What cannot travel to the destination is a problem unless the buyer picks the whole group up.
      group.lines.forEach((line, i) => {
        line.shipsToDestination = !lines[i].notShipped;
        if (!line.shipsToDestination && group.shippingMethod !== 'PICKUP') line.problem ??= 'NOT_SHIPPABLE';
      });
      group.shipping = quote ? { amount: quote.amount, currency } : null;
      group.total = { amount: group.itemsTotal.amount + (quote?.amount ?? 0), currency };
      itemsTotal += group.itemsTotal.amount;
      shippingTotal += quote?.amount ?? 0;
    }
    return {
      ...own,
      groups: [...groups.values()],
      itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
      currency,
      itemsTotal: { amount: itemsTotal, currency },
      shippingTotal: { amount: shippingTotal, currency },
      total: { amount: itemsTotal + shippingTotal, currency },
    };
  }

  /** A logged-in buyer's cart goes to the default address until they say otherwise. */
  private async defaultDestination(viewerOrAccount: Viewer | string | null): Promise<string | null> {
    const accountId = typeof viewerOrAccount === 'string' ? viewerOrAccount : viewerOrAccount?.accountId;
    return accountId ? ((await this.addressBook.defaultOf(accountId))?.country ?? null) : null;
  }

  private async assertBuyable(viewer: Viewer | null, product: Product): Promise<void> {
    if (product.state !== 'ACTIVE' && product.state !== 'SOLD_OUT') {
      throw new DomainError('PRODUCT_NOT_AVAILABLE', `“${product.title}” is not on sale`);
    }
    const seller = await this.sellers.profile(product.sellerId, product.sellerKind);
    if (seller.vacationMode) {
      throw new DomainError('SELLER_ON_VACATION', `${seller.name} is on vacation; “${product.title}” cannot be bought now`);
    }
    if (viewer && product.sellerKind === 'PERSON' && product.sellerId === viewer.accountId) {
      throw new DomainError('OWN_PRODUCT', 'You cannot buy your own listing');
    }
  }

  private async assertQuantity(cart: Cart, product: Product, quantity: number): Promise<void> {
    if (quantity > MAX_QUANTITY) throw new DomainError('QUANTITY_LIMIT', `At most ${MAX_QUANTITY} of one item fit in a cart`);
    if (quantity > product.stock) {
      throw new DomainError('INSUFFICIENT_STOCK', `Only ${product.stock} of “${product.title}” are in stock`, {
        available: product.stock,
      });
    }
    const other = await this.items.findOne({ where: { cartId: cart.id }, order: { addedAt: 'ASC' } });
    if (other && other.productId !== product.id) {
      const [first] = await this.products.findByIds([other.productId]);
      if (first && first.currency !== product.currency) {
        throw new DomainError(
          'CURRENCY_MISMATCH',
          `This cart is in ${first.currency}; “${product.title}” is priced in ${product.currency}`,
        );
      }
    }
  }

  private async touch(cart: Cart): Promise<void> {
    await this.carts.update({ id: cart.id }, { updatedAt: new Date() });
  }
}

function problemOf(product: Product, seller: SellerProfile, quantity: number): CartLineProblem | null {
  if (product.state !== 'ACTIVE' && product.state !== 'SOLD_OUT') return 'PRODUCT_NOT_AVAILABLE';
  if (seller.vacationMode) return 'SELLER_ON_VACATION';
  if (product.stock < quantity) return 'INSUFFICIENT_STOCK';
  return null;
}

/** Names the fields of a nested input's refusal as the API's caller sent them (`address.postalCode`). */
function withFieldPrefix<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const fields =
      error instanceof InvalidInputError ? (error.details?.fields as Record<string, string[]> | undefined) : undefined;
    if (!fields) throw error;
    throw new InvalidInputError(
      error instanceof Error ? error.message : 'Please check the address',
      Object.fromEntries(Object.entries(fields).map(([field, reasons]) => [`${prefix}.${field}`, reasons])),
    );
  }
}
