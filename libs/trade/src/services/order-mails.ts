import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { composeMail, formatMoney, MailContent, MailLocale, MailRecipient, MailService, TxHost } from '@allmende/core';
import { AccountService, OrganisationService } from '@allmende/identity';
import { Checkout } from '../entities/checkout.entity';
import { Order, OrderLine } from '../entities/order.entity';
import { orderTermsPdf, SellerLegalText } from './order-terms-pdf';

/**
 * The mails about orders, each in its recipient's language: to the buyer the confirmation (with
 * the seller's legal details, terms and withdrawal policy, in the mail and as a PDF), the
 * shipment and refunds; to the seller each new order. Sent after the change has committed.
 */
@Injectable()
export class OrderMails {
  constructor(
    private readonly txHost: TxHost,
    private readonly mail: MailService,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
  ) {}

  /** The buyer's confirmation of each paid order, and the new-order mail to each of its sellers. */
  async ordersPaid(orderIds: readonly string[]): Promise<void> {
    const orders = await this.txHost.tx.getRepository(Order).findBy({ id: In([...orderIds]) });
    const lines = await this.txHost.tx
      .getRepository(OrderLine)
      .find({ where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } });
    for (const order of orders) {
      const orderLines = lines.filter((line) => line.orderId === order.id);
      await this.confirmation(order, orderLines);
      await this.newOrderToSellers(order, orderLines);
    }
  }

  async shipped(order: Order): Promise<void> {
    const buyer = await this.buyerOf(order);
    if (!buyer) return;
    const de = buyer.locale === 'de';
    const tracking = order.trackingCode
      ? de
        ? `Die Sendungsnummer${order.carrier ? ` (${order.carrier})` : ''}: ${order.trackingCode}`
        : `The tracking number${order.carrier ? ` (${order.carrier})` : ''}: ${order.trackingCode}`
      : de
        ? 'Der Verkäufer hat keine Sendungsnummer angegeben.'
        : 'The seller gave no tracking number.';
    await this.send('order-shipped', buyer, {
      subject: de ? `Bestellung ${order.number} ist unterwegs` : `Order ${order.number} is on its way`,
      paragraphs: [
        de
          ? `${order.sellerName} hat deine Bestellung ${order.number} verschickt.`
          : `${order.sellerName} has shipped your order ${order.number}.`,
        tracking,
      ],
      action: { label: de ? 'Bestellung ansehen' : 'View the order', url: this.mail.link(`/orders/${order.id}`) },
    });
  }

  async refunded(order: Order, amount: number): Promise<void> {
    const buyer = await this.buyerOf(order);
    if (!buyer) return;
    const de = buyer.locale === 'de';
    const money = (value: number) => formatMoney({ amount: value, currency: order.currency }, buyer.locale);
    await this.send('order-refunded', buyer, {
      subject: de ? `Erstattung für Bestellung ${order.number}` : `Refund for order ${order.number}`,
      paragraphs: de
        ? [
            `${order.sellerName} hat dir ${money(amount)} für die Bestellung ${order.number} erstattet.`,
            `Insgesamt erstattet: ${money(order.refundedAmount)} von ${money(order.totalAmount)}. Das Geld geht auf dem Weg zurück, auf dem du bezahlt hast.`,
          ]
        : [
            `${order.sellerName} has refunded ${money(amount)} on order ${order.number}.`,
            `Refunded in all: ${money(order.refundedAmount)} of ${money(order.totalAmount)}. The money goes back the way you paid.`,
          ],
      action: { label: de ? 'Bestellung ansehen' : 'View the order', url: this.mail.link(`/orders/${order.id}`) },
    });
  }

  private async confirmation(order: Order, lines: OrderLine[]): Promise<void> {
    const buyer = await this.buyerOf(order);
    if (!buyer) return;
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
      action: { label: de ? 'Bestellung ansehen' : 'View the order', url: this.mail.link(`/orders/${order.id}`) },
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
    await this.mail.send({
      ...mail,
      attachments: [
        {
          filename: de ? `agb-widerruf-bestellung-${order.number}.pdf` : `terms-withdrawal-order-${order.number}.pdf`,
          contentType: 'application/pdf',
          content: pdf,
        },
      ],
    });
  }

  private async newOrderToSellers(order: Order, lines: OrderLine[]): Promise<void> {
    const recipients =
      order.sellerKind === 'ORGANISATION'
        ? await this.organisations.ownersOf(order.sellerId)
        : [await this.accounts.findById(order.sellerId)].filter((account) => account !== null);
    const buyer = await this.buyerOf(order);
    for (const seller of recipients) {
      const de = seller.locale === 'de';
      await this.send('new-order', seller, {
        subject: de ? `Neue Bestellung ${order.number}` : `New order ${order.number}`,
        paragraphs: [
          de
            ? `${buyer?.displayName ?? 'Jemand'} hat bei ${order.sellerName} bestellt und bezahlt. Bitte verschick die Bestellung.`
            : `${buyer?.displayName ?? 'Someone'} has ordered from ${order.sellerName} and paid. Please ship the order.`,
          ...this.summary(order, lines, seller.locale),
        ],
        action: { label: de ? 'Zu den Bestellungen' : 'Open the orders', url: this.mail.link('/dashboard/orders') },
      });
    }
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
      ? { email: checkout.guestEmail, displayName: order.deliveryAddress?.name ?? '', locale: 'en' }
      : null;
  }

  private send(kind: string, to: MailRecipient, content: Omit<MailContent, 'greeting'>): Promise<boolean> {
    return this.mail.send(composeMail(kind, to, content));
  }
}
