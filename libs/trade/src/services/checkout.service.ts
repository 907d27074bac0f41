import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError, ForbiddenError, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { AccountService, normaliseEmail, OrganisationService } from '@allmende/identity';
import { PolicyService, priceBreakdown } from '@allmende/policy';
import { PaymentsService } from '@allmende/payments';
import { Product, StockService } from '@allmende/catalog';
import { Checkout } from '../entities/checkout.entity';
import { Order, OrderLine } from '../entities/order.entity';
import { TRADE_OPTIONS, TradeOptions } from '../trade.options';
import { Cart } from '../entities/cart.entity';
import { CartLineProblem, CartService, CartView } from './cart.service';

/** Thrown inside the reserving transaction when a concurrent call with the same key got there first. */
class KeyTaken extends Error {}

/**
 * Checkout, the last step of cart -> delivery address -> shipping per seller -> review -> pay:
 * "pay" splits the cart into one order per seller, reserves the stock and snapshots every line
 * and the delivery address in one transaction, then starts one payment for the total. Nothing is
 * reserved before. The idempotency key makes a repeated call (a double click, a retried request)
 * return the same checkout. A guest checks out with an e-mail address and gets an access token
 * for the checkout; registering with that address later claims it.
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly txHost: TxHost,
    private readonly carts: CartService,
    private readonly policy: PolicyService,
    private readonly organisations: OrganisationService,
    private readonly accounts: AccountService,
    private readonly payments: PaymentsService,
    private readonly stock: StockService,
    @Inject(TRADE_OPTIONS) private readonly options: TradeOptions,
  ) {}

  private get checkouts() {
    return this.txHost.tx.getRepository(Checkout);
  }

  async checkout(viewer: Viewer | null, cartToken: string | null | undefined, idempotencyKey: string): Promise<Checkout> {
    const cart = await this.carts.cartFor(viewer, cartToken);
    if (!cart) throw new DomainError('CART_EMPTY', 'Your cart is empty');
    let checkout = await this.checkouts.findOneBy({ cartId: cart.id, idempotencyKey });
    if (!checkout) {
      try {
        checkout = await this.reserve(viewer, cart, idempotencyKey);
      } catch (error) {
        // A concurrent call with the same key got there first: it holds the key, or has already
        // committed and emptied the cart this call then priced. Either way its checkout is the answer.
        const overtaken = error instanceof KeyTaken || (error instanceof DomainError && error.code === 'CART_EMPTY');
        const first = overtaken ? await this.checkouts.findOneBy({ cartId: cart.id, idempotencyKey }) : null;
        if (!first) throw error;
        checkout = first;
      }
    }
    return this.ensurePayment(checkout);
  }

  /** A checkout its buyer (or staff) may see, or a guest holding its access token. */
  async get(viewer: Viewer | null, id: string, accessToken?: string | null): Promise<Checkout> {
    const checkout = await this.checkouts.findOneBy({ id });
    if (!checkout) throw new NotFoundError('Checkout', id);
    if (!this.isBuyer(viewer, checkout, accessToken) && viewer?.platformRole !== 'STAFF') {
      throw new ForbiddenError('Only the buyer can see this checkout');
    }
    return checkout;
  }

  /** The test-mode form's "pay": confirms the checkout's offline payment (the same success path as a Stripe webhook). */
  async payOffline(viewer: Viewer | null, id: string, accessToken?: string | null): Promise<Checkout> {
    const checkout = await this.get(viewer, id, accessToken);
    if (!this.isBuyer(viewer, checkout, accessToken)) throw new ForbiddenError('Only the buyer can pay this checkout');
    if (checkout.state !== 'PENDING_PAYMENT') {
      throw new DomainError('CHECKOUT_NOT_PAYABLE', `This checkout is ${checkout.state.toLowerCase().replace('_', ' ')}`);
    }
    const payable = await this.ensurePayment(checkout);
    await this.payments.confirmOfflinePayment(payable.paymentId!);
    return this.checkouts.findOneByOrFail({ id });
  }

  /**
   * A guest's checkout becomes the account's: it takes the guest's access token (proof of having
   * placed it) and an account registered with the same e-mail address.
   */
  @Transactional()
  async claim(viewer: Viewer, id: string, accessToken: string): Promise<Checkout> {
    const checkout = await this.checkouts.findOneBy({ id });
    if (!checkout || checkout.buyerId || !checkout.accessToken || checkout.accessToken !== accessToken) {
      throw new DomainError('CHECKOUT_NOT_CLAIMABLE', 'There is no guest order to claim with this link');
    }
    const account = await this.accounts.findById(viewer.accountId);
    if (!account || account.email !== checkout.guestEmail) {
      throw new DomainError('CLAIM_EMAIL_MISMATCH', `Log in with ${checkout.guestEmail} to add this order to your account`);
    }
    await this.checkouts.update({ id }, { buyerId: viewer.accountId, accessToken: null });
    await this.txHost.tx.getRepository(Order).update({ checkoutId: id }, { buyerId: viewer.accountId });
    return this.checkouts.findOneByOrFail({ id });
  }

  private isBuyer(viewer: Viewer | null, checkout: Checkout, accessToken?: string | null): boolean {
    if (viewer && checkout.buyerId === viewer.accountId) return true;
    return Boolean(accessToken && checkout.accessToken && accessToken === checkout.accessToken);
  }

  async ordersOf(checkoutIds: readonly string[]): Promise<Order[]> {
    return checkoutIds.length
      ? this.txHost.tx.getRepository(Order).find({ where: { checkoutId: In([...checkoutIds]) }, order: { number: 'ASC' } })
      : [];
  }

  /** Starts the payment for a checkout that has none yet (after the reservation committed, or on a retry). */
  private async ensurePayment(checkout: Checkout): Promise<Checkout> {
    if (checkout.paymentId || checkout.state !== 'PENDING_PAYMENT') return checkout;
    const payment = await this.payments.startPayment({
      checkoutId: checkout.id,
      amount: { amount: checkout.totalAmount, currency: checkout.currency },
      description: `Allmende checkout ${checkout.id}`,
    });
    await this.checkouts
      .createQueryBuilder()
      .update()
      .set({ paymentId: payment.paymentId, clientSecret: payment.clientSecret, testMode: payment.testMode })
      .where('id = :id AND payment_id IS NULL', { id: checkout.id })
      .execute();
    return this.checkouts.findOneByOrFail({ id: checkout.id });
  }

  @Transactional()
  private async reserve(viewer: Viewer | null, cart: Cart, idempotencyKey: string): Promise<Checkout> {
    const manager = this.txHost.tx;
    const now = new Date();
    const view = await this.carts.price(cart);
    if (!view.groups.length) throw new DomainError('CART_EMPTY', 'Your cart is empty');
    assertCheckable(view);
    const address = view.deliveryAddress!;
    if (!viewer && !view.contactEmail) {
      throw new DomainError('CONTACT_EMAIL_MISSING', 'Give the e-mail address for your order confirmation');
    }
    const guestEmail = viewer ? null : normaliseEmail(view.contactEmail!);
    // The key first: a concurrent call with the same key waits here for the first to commit, then finds it taken.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Checkout)
      .values({
        buyerId: viewer?.accountId ?? null,
        guestEmail,
        guestLocale: viewer ? null : view.contactLocale,
        accessToken: viewer ? null : randomBytes(24).toString('base64url'),
        cartId: cart.id,
        idempotencyKey,
        state: 'PENDING_PAYMENT',
        totalAmount: 0,
        currency: 'EUR',
        expiresAt: new Date(now.getTime() + this.options.reservationMinutes * 60_000),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const checkoutId = (inserted.raw as { id: string }[])[0]?.id;
    if (!checkoutId) throw new KeyTaken();

    await this.stock.reserve(
      view.groups.flatMap((group) =>
        group.lines.map((line) => ({ productId: line.product.id, quantity: line.quantity, title: line.product.title })),
      ),
    );

    const fees = await this.policy.current('fees');
    const organisations = new Map(
      (await this.organisations.findByIds(view.groups.filter((g) => g.sellerKind === 'ORGANISATION').map((g) => g.sellerId))).map(
        (organisation) => [organisation.id, organisation],
      ),
    );
    const currency = view.currency!;
    const orders = manager.getRepository(Order);
    const orderLines = manager.getRepository(OrderLine);
    for (const group of view.groups) {
      const organisation = organisations.get(group.sellerId);
      const order = await orders.save(
        orders.create({
          checkoutId,
          buyerId: viewer?.accountId ?? null,
          buyerName: address.name,
          deliveryAddress: group.shippingMethod === 'DELIVERY' ? address : null,
          sellerId: group.sellerId,
          sellerKind: group.sellerKind,
          sellerName: group.seller.name,
          sellerTerms: organisation?.terms ?? null,
          sellerWithdrawalPolicy: organisation?.withdrawalPolicy ?? null,
          sellerImprint: organisation?.imprint ?? null,
          state: 'PENDING_PAYMENT',
          currency,
          itemsAmount: group.itemsTotal.amount,
          shippingMethod: group.shippingMethod!,
          shippingAmount: group.shipping!.amount,
          totalAmount: group.total.amount,
          refundedAmount: 0,
        }),
      );
      await orderLines.insert(
        group.lines.map((line, position) => {
          const gross = line.lineTotal.amount;
          const parts = priceBreakdown(
            {
              gross,
              currency: line.lineTotal.currency,
              vatRateBp: line.product.vatRateBp,
              fair: line.product.fair,
              sellerIsNgo: group.seller.isNgo,
              friendlyPercent: line.product.friendlyPercent,
            },
            fees,
          );
          return {
            orderId: order.id,
            position,
            productId: line.product.id,
            title: line.product.title,
            quantity: line.quantity,
            unitPrice: line.product.priceAmount,
            gross,
            vatRateBp: line.product.vatRateBp,
            vat: parts.vat,
            donation: parts.donation,
            donationOrganisationId: parts.donation > 0 ? line.product.donationOrganisationId : null,
            platformFee: parts.platformFee,
            fairFund: parts.fairFund,
            producerShare: parts.producerShare,
            fair: line.product.fair,
          };
        }),
      );
    }
    await manager.getRepository(Checkout).update({ id: checkoutId }, { totalAmount: view.total!.amount, currency });
    await this.carts.clear(cart);
    return manager.getRepository(Checkout).findOneByOrFail({ id: checkoutId });
  }
}

/** Why a cart line cannot be bought, each with its own registered code. */
const LINE_REFUSALS: Record<
  CartLineProblem,
  (product: Product, where: { seller: string; country: string | null }) => DomainError
> = {
  INSUFFICIENT_STOCK: (product) =>
    new DomainError('INSUFFICIENT_STOCK', `Only ${product.stock} of “${product.title}” are in stock`, {
      productId: product.id,
      available: product.stock,
    }),
  PRODUCT_NOT_AVAILABLE: (product) =>
    new DomainError('PRODUCT_NOT_AVAILABLE', `“${product.title}” is no longer on sale`, { productId: product.id }),
  SELLER_ON_VACATION: (product) =>
    new DomainError('SELLER_ON_VACATION', `The seller of “${product.title}” is on vacation`, { productId: product.id }),
  NOT_SHIPPABLE: (product, where) =>
    new DomainError('NOT_SHIPPABLE', `${where.seller} does not send “${product.title}” to ${where.country}`, {
      productId: product.id,
      country: where.country,
    }),
};

/** Refuses a cart that cannot be bought as it stands (or has no address yet), before anything is reserved. */
function assertCheckable(view: CartView): void {
  if (!view.deliveryAddress) {
    throw new DomainError('DELIVERY_ADDRESS_MISSING', 'Give the delivery address before paying');
  }
  for (const group of view.groups) {
    for (const line of group.lines) {
      if (line.problem) {
        throw LINE_REFUSALS[line.problem](line.product, { seller: group.seller.name, country: view.destinationCountry });
      }
    }
    if (!group.shippingMethod || !group.shipping) {
      throw new DomainError(
        'SHIPPING_UNAVAILABLE',
        `${group.seller.name} can neither deliver nor hand over these items together`,
        {
          sellerId: group.sellerId,
        },
      );
    }
  }
}
