import { Injectable } from '@nestjs/common';
import {
  composeMail,
  EventDelivery,
  formatMoney,
  MailLocale,
  MailRecipient,
  MailService,
  mailLocale,
  OnEvent,
  OutgoingMail,
  TxHost,
} from '@allmende/core';
import { AccountService, OrganisationService } from '@allmende/identity';
import { Checkout } from '../entities/checkout.entity';
import { Order, OrderLine } from '../entities/order.entity';
import { OrderPaid, OrderRefunded, OrderShipped } from '../events/order-events';
import { orderTermsPdf, SellerLegalText } from './order-terms-pdf';

/**
 * The mails about orders, each in its recipient's language: to the buyer the confirmation (with
 * the seller's legal details, terms and withdrawal policy, in the mail and as a PDF), the
 * shipment and refunds; to the seller each new order. Each is a subscriber of trade's events:
 * a job after the commit, outside any transaction, sending each mail of an event once however
 * often the event is delivered (MailService.deliverOnce); a failed send is retried by the job.
 */
@Injectable()
export class OrderMails {
  constructor(
    private readonly txHost: TxHost,
    private readonly mail: MailService,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
  ) {}

  /** The buyer's confirmation of the paid order, and the new-order mail to each of its sellers' owners. */
  @OnEvent(OrderPaid, { transaction: false })
  async orderPaid(event: OrderPaid, delivery: EventDelivery): Promise<void> {
    const order = await this.txHost.tx.getRepository(Order).findOneByOrFail({ id: event.orderId });
    const lines = await this.txHost.tx
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC' } });
    const buyer = await this.buyerOf(order);
    if (buyer) {
      await this.mail.deliverOnce({ eventId: delivery.eventId, kind: 'order-confirmation', recipient: buyer.email }, () =>
        this.confirmation(order, lines, buyer),
      );
    }
    const sellers =
      order.sellerKind === 'ORGANISATION'
        ? await this.organisations.ownersOf(order.sellerId)
        : [await this.accounts.findById(order.sellerId)].filter((account) => account !== null);
    for (const seller of sellers) {
      await this.mail.deliverOnce({ eventId: delivery.eventId, kind: 'new-order', recipient: seller.email }, async () =>
        this.newOrder(order, lines, seller, buyer),
      );
    }
  }

  @OnEvent(OrderShipped, { transaction: false })
  async shipped(event: OrderShipped, delivery: EventDelivery): Promise<void> {
    const order = await this.txHost.tx.getRepository(Order).findOneByOrFail({ id: event.orderId });
    const buyer = await this.buyerOf(order);
    if (!buyer) return;
    const de = buyer.locale === 'de';
    const carrier = event.carrier ? ` (${event.carrier})` : '';
    const tracking = event.trackingCode
      ? de
        ? `Die Sendungsnummer${carrier}: ${event.trackingCode}`
        : `The tracking number${carrier}: ${event.trackingCode}`
      : de
        ? 'Der Verkäufer hat keine Sendungsnummer angegeben.'
        : 'The seller gave no tracking number.';
    await this.mail.deliverOnce({ eventId: delivery.eventId, kind: 'order-shipped', recipient: buyer.email }, async () =>
      composeMail('order-shipped', buyer, {
        subject: de ? `Bestellung ${order.number} ist unterwegs` : `Order ${order.number} is on its way`,
        paragraphs: [
          de
            ? `${order.sellerName} hat deine Bestellung ${order.number} verschickt.`
            : `${order.sellerName} has shipped your order ${order.number}.`,
          tracking,
        ],
        action: { label: de ? 'Bestellung ansehen' : 'View the order', url: this.orderLink(order) },
      }),
    );
  }

  @OnEvent(OrderRefunded, { transaction: false })
  async refunded(event: OrderRefunded, delivery: EventDelivery): Promise<void> {
    const order = await this.txHost.tx.getRepository(Order).findOneByOrFail({ id: event.orderId });
    const buyer = await this.buyerOf(order);
    if (!buyer) return;
    const de = buyer.locale === 'de';
    const money = (value: number) => formatMoney({ amount: value, currency: order.currency }, buyer.locale);
    await this.mail.deliverOnce({ eventId: delivery.eventId, kind: 'order-refunded', recipient: buyer.email }, async () =>
      composeMail('order-refunded', buyer, {
        subject: de ? `Erstattung für Bestellung ${order.number}` : `Refund for order ${order.number}`,
        paragraphs: de
          ? [
              `${order.sellerName} hat dir ${money(event.amount.amount)} für die Bestellung ${order.number} erstattet.`,
              `Insgesamt erstattet: ${money(order.refundedAmount)} von ${money(order.totalAmount)}. Das Geld geht auf dem Weg zurück, auf dem du bezahlt hast.`,
            ]
          : [
              `${order.sellerName} has refunded ${money(event.amount.amount)} on order ${order.number}.`,
              `Refunded in all: ${money(order.refundedAmount)} of ${money(order.totalAmount)}. The money goes back the way you paid.`,
            ],
        action: { label: de ? 'Bestellung ansehen' : 'View the order', url: this.orderLink(order) },
      }),
    );
  }

  private async confirmation(order: Order, lines: OrderLine[], buyer: MailRecipient): Promise<OutgoingMail> {
    const de = buyer.locale === 'de';
    const legal = await this.legalTextOf(order);
    const pdf = await orderTermsPdf(legal, buyer.locale);
    const words = de
      ? { seller: 'Verkäufer', terms: 'AGB', withdrawal: 'Widerrufsbelehrung', none: 'Der Verkäufer hat keine angegeben.' }
      : { seller: 'Seller', terms: 'Terms and conditions', withdrawal: 'Withdrawal policy', none: 'The seller has given none.' };
    const mail = composeMail('order-confirmation', buyer, {
      subject: de
        ? `Bestellbestätigung ${order.number} bei ${order.sellerName}`
        : `Order confirmation ${order.number} from ${order.sellerName}`,
      paragraphs: [
        de
          ? `Danke für deine Bestellung! ${order.sellerName} hat deine Zahlung erhalten und bereitet den Versand vor.`
          : `Thank you for your order! ${order.sellerName} has received your payment and is getting it ready to ship.`,
        ...this.summary(order, lines, buyer.locale),
        de
          ? 'Die AGB und die Widerrufsbelehrung des Verkäufers, wie sie bei deiner Bestellung galten, stehen unten und im angehängten PDF.'
          : 'The seller’s terms and withdrawal policy, as they stood when you ordered, are below and in the attached PDF.',
      ],
      action: { label: de ? 'Bestellung ansehen' : 'View the order', url: this.orderLink(order) },
      sections: [
        {
          heading: words.seller,
          body: [legal.legalName ?? legal.sellerName, legal.address, legal.vatId && `VAT ID ${legal.vatId}`, legal.imprint]
            .filter(Boolean)
            .join('\n'),
        },
        { heading: words.terms, body: legal.terms ?? words.none },
        { heading: words.withdrawal, body: legal.withdrawalPolicy ?? words.none },
      ],
    });
    return {
      ...mail,
      attachments: [
        {
          filename: de ? `agb-widerruf-bestellung-${order.number}.pdf` : `terms-withdrawal-order-${order.number}.pdf`,
          contentType: 'application/pdf',
          content: pdf,
        },
      ],
    };
  }

  private newOrder(order: Order, lines: OrderLine[], seller: MailRecipient, buyer: MailRecipient | null): OutgoingMail {
    const de = seller.locale === 'de';
    return composeMail('new-order', seller, {
      subject: de ? `Neue Bestellung ${order.number}` : `New order ${order.number}`,
      paragraphs: [
        de
          ? `${buyer?.displayName || 'Jemand'} hat bei ${order.sellerName} bestellt und bezahlt. Bitte verschick die Bestellung.`
          : `${buyer?.displayName || 'Someone'} has ordered from ${order.sellerName} and paid. Please ship the order.`,
        ...this.summary(order, lines, seller.locale),
      ],
      action: { label: de ? 'Zu den Bestellungen' : 'Open the orders', url: this.mail.link('/dashboard/orders') },
    });
  }

  private orderLink(order: Order): string {
    return this.mail.link(`/orders/${order.id}`);
  }

  /** One line per item, then shipping and the total, in the reader's money format. */
  private summary(order: Order, lines: OrderLine[], locale: MailLocale): string[] {
    const money = (value: number) => formatMoney({ amount: value, currency: order.currency }, locale);
    const de = locale === 'de';
    return [
      lines.map((line) => `${line.quantity} × ${line.title}: ${money(line.gross)}`).join('\n'),
      `${de ? 'Versand' : 'Shipping'}: ${money(order.shippingAmount)}\n${de ? 'Summe' : 'Total'}: ${money(order.totalAmount)}`,
    ];
  }

  private async legalTextOf(order: Order): Promise<SellerLegalText> {
    const organisation = order.sellerKind === 'ORGANISATION' ? await this.organisations.findByIds([order.sellerId]) : [];
    const seller = organisation[0];
    const address = seller
      ? [seller.street, [seller.postalCode, seller.city].filter(Boolean).join(' '), seller.country].filter(Boolean).join(', ')
      : null;
    return {
      sellerName: order.sellerName,
      orderNumber: order.number,
      orderedAt: order.paidAt ?? order.createdAt,
      legalName: seller?.legalName ?? null,
      address: address || null,
      vatId: seller?.vatId ?? null,
      // The snapshot taken with the order, so later edits never change what the buyer agreed to.
      imprint: order.sellerImprint,
      terms: order.sellerTerms,
      withdrawalPolicy: order.sellerWithdrawalPolicy,
    };
  }

  /** The buyer's account, or for an unclaimed guest order the address given at checkout. */
  private async buyerOf(order: Order): Promise<MailRecipient | null> {
    if (order.buyerId) return this.accounts.findById(order.buyerId);
    const checkout = await this.txHost.tx.getRepository(Checkout).findOneBy({ id: order.checkoutId });
    return checkout?.guestEmail
      ? { email: checkout.guestEmail, displayName: order.deliveryAddress?.name ?? '', locale: mailLocale(checkout.guestLocale) }
      : null;
  }
}
