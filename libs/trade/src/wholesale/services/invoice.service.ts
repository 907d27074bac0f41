import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Connection, JobQueue, keysetPage, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { Organisation, OrganisationService } from '@allmende/identity';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PAYMENT_LEDGER_KINDS } from '@allmende/payments';
import type { InvoicesArgs, MarkInvoicePaidInput } from '../api/dto/wholesale.inputs';
import { WholesaleError } from '../api/errors';
import { WholesaleInvoiceIssued, WholesaleInvoicePaid, WholesaleInvoiceReminded } from '../events/wholesale-events';
import { Delivery } from '../entities/delivery.entity';
import { Invoice, InvoiceLine, InvoiceParty, InvoicePayment, InvoicePaymentMethod } from '../entities/invoice.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { WholesaleOffer } from '../entities/wholesale-offer.entity';
import { invoiceMachine, UNPAID_INVOICE_STATES } from '../state/invoice-state';
import { addDays, amountDue, basisPointsOf, invoiceAmounts, vatCategoryOf } from './invoice-money';
import { WholesaleAccounts as Accounts } from './wholesale-accounts';
import { WholesaleAccess } from './wholesale-access.service';

export interface SettleInput {
  method: InvoicePaymentMethod;
  /** Minor units received. */
  amount: number;
  /** YYYY-MM-DD: the day that decides whether skonto applies. */
  paidOn: string;
  reference: string;
  /** Paid through the payment port: the payment's reference, under which the capture is posted. */
  capture?: { reference: string };
}

/** Days between payment reminders of an overdue invoice. */
export const REMINDER_INTERVAL_DAYS = 7;

/**
 * Invoices between co-ops: issued for deliveries, numbered without gaps per seller, booked in
 * both co-ops' ledger accounts, paid (with skonto in its period), overdue and reminded.
 */
@Injectable()
export class InvoiceService {
  constructor(
    private readonly txHost: TxHost,
    private readonly access: WholesaleAccess,
    private readonly organisations: OrganisationService,
    private readonly ledger: LedgerService,
    private readonly jobs: JobQueue,
  ) {}

  private get invoices() {
    return this.txHost.tx.getRepository(Invoice);
  }

  /** Issues one invoice for `deliveries` of the order and books it; runs inside the delivery's transaction. */
  async issue(order: PurchaseOrder, offer: WholesaleOffer, deliveries: readonly Delivery[], now: Date): Promise<Invoice> {
    const [seller, buyer] = await Promise.all([
      this.organisations.get(order.sellerOrganisationId),
      this.organisations.get(order.buyerOrganisationId),
    ]);
    const lines = deliveries.map((delivery, index) => ({
      position: index + 1,
      deliveryId: delivery.id,
      description: `${offer.title} (delivery ${delivery.position})`,
      unit: offer.unit,
      quantity: delivery.quantity,
      unitPrice: order.unitPrice,
      netAmount: delivery.quantity * order.unitPrice,
    }));
    const vatCategory = vatCategoryOf(seller, buyer);
    const amounts = invoiceAmounts(
      lines.map((line) => line.netAmount),
      order.vatRateBp,
      vatCategory,
    );
    const invoice = await this.invoices.save(
      this.invoices.create({
        sellerOrganisationId: seller.id,
        number: await this.nextNumber(seller.id),
        purchaseOrderId: order.id,
        buyerOrganisationId: buyer.id,
        state: 'ISSUED',
        currency: order.currency,
        netAmount: amounts.net,
        vatRateBp: order.vatRateBp,
        vatCategory,
        vatAmount: amounts.vat,
        grossAmount: amounts.gross,
        paidAmount: 0,
        skontoBp: offer.skontoBp,
        skontoUntil: addDays(now, offer.skontoDays),
        dueDate: addDays(now, offer.paymentNetDays),
        issuedAt: now,
        reminders: 0,
        seller: partyOf(seller),
        buyer: partyOf(buyer),
      }),
    );
    await this.txHost.tx.getRepository(InvoiceLine).insert(lines.map((line) => ({ ...line, invoiceId: invoice.id })));
    await this.bookIssue(invoice);
    await this.jobs.publish(
      new WholesaleInvoiceIssued({
        invoiceId: invoice.id,
        number: invoice.number,
        purchaseOrderId: order.id,
        sellerOrganisationId: seller.id,
        buyerOrganisationId: buyer.id,
        gross: { amount: invoice.grossAmount, currency: invoice.currency },
        dueDate: invoice.dueDate,
      }),
    );
    return invoice;
  }

  /** The seller records a payment received by bank transfer; the whole rest (less skonto in time) settles the invoice. */
  @Transactional()
  async markPaid(viewer: Viewer, id: string, input: MarkInvoicePaidInput): Promise<Invoice> {
    const invoice = await this.lock(id);
    const side = await this.access.sideOf(viewer, invoice);
    if (side !== 'SELLER') throw new WholesaleError('NOT_YOUR_TURN', 'Only the seller can record a payment received');
    const { invoice: settled } = await this.settle(viewer.accountId, invoice, {
      method: 'BANK_TRANSFER',
      amount: input.amount,
      paidOn: input.paidOn,
      reference: input.reference,
    });
    return settled;
  }

  async get(viewer: Viewer | null, id: string): Promise<Invoice> {
    const invoice = await this.find(id);
    await this.access.sideOf(viewer, invoice);
    return invoice;
  }

  async listFor(viewer: Viewer | null, args: InvoicesArgs): Promise<Connection<Invoice>> {
    await this.access.actingFor(viewer, args.organisationId);
    const query = this.invoices
      .createQueryBuilder('i')
      .where('(i.seller_organisation_id = :org OR i.buyer_organisation_id = :org)', { org: args.organisationId });
    if (args.purchaseOrderId) query.andWhere('i.purchase_order_id = :po', { po: args.purchaseOrderId });
    if (args.state) query.andWhere('i.state = :state', { state: args.state });
    return keysetPage(query, args.first, args.after, {
      sortColumn: 'i.issued_at',
      idColumn: 'i.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (invoice) => [invoice.issuedAt.toISOString(), invoice.id],
    });
  }

  async findByIds(ids: readonly string[]): Promise<Invoice[]> {
    return ids.length ? this.invoices.findBy({ id: In([...ids]) }) : [];
  }

  async linesOf(invoiceIds: readonly string[]): Promise<InvoiceLine[]> {
    return invoiceIds.length
      ? this.txHost.tx.getRepository(InvoiceLine).find({ where: { invoiceId: In([...invoiceIds]) }, order: { position: 'ASC' } })
      : [];
  }

  async paymentsOf(invoiceIds: readonly string[]): Promise<InvoicePayment[]> {
    return invoiceIds.length
      ? this.txHost.tx
          .getRepository(InvoicePayment)
          .find({ where: { invoiceId: In([...invoiceIds]) }, order: { createdAt: 'ASC' } })
      : [];
  }

  async ofOrders(orderIds: readonly string[]): Promise<Invoice[]> {
    return orderIds.length ? this.invoices.find({ where: { purchaseOrderId: In([...orderIds]) }, order: { number: 'ASC' } }) : [];
  }

  /** Unpaid invoices past their due date become OVERDUE; returns how many. */
  async markOverdue(now: Date): Promise<number> {
    const result = await this.invoices
      .createQueryBuilder()
      .update()
      .set({ state: 'OVERDUE' })
      .where('state IN (:...from) AND due_date < :today', {
        from: invoiceMachine.sourcesOf('OVERDUE', ['ISSUED']),
        today: now.toISOString().slice(0, 10),
      })
      .execute();
    return result.affected ?? 0;
  }

  /** Reminds every overdue invoice not reminded in the last week (WholesaleInvoiceReminded each); returns the reminded invoices. */
  @Transactional()
  async remindOverdue(now: Date): Promise<Invoice[]> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE wholesale_invoice SET reminders = reminders + 1, last_reminded_at = $1
        WHERE state = 'OVERDUE' AND (last_reminded_at IS NULL OR last_reminded_at <= $2)
        RETURNING id`,
      [now, new Date(now.getTime() - REMINDER_INTERVAL_DAYS * 86_400_000)],
    )) as [{ id: string }[], number];
    const reminded = rows.length ? await this.invoices.findBy({ id: In(rows.map((row) => row.id)) }) : [];
    for (const invoice of reminded) {
      await this.jobs.publish(
        new WholesaleInvoiceReminded({
          invoiceId: invoice.id,
          sellerOrganisationId: invoice.sellerOrganisationId,
          buyerOrganisationId: invoice.buyerOrganisationId,
          reminder: invoice.reminders,
        }),
      );
    }
    return reminded;
  }

  /**
   * Books a payment on a locked invoice, in the caller's transaction: the whole rest (less skonto
   * on a `paidOn` within its period) settles it. An online payment (`capture`) also books the money
   * arriving at the provider, held for the seller co-op.
   */
  async settle(
    recordedBy: string,
    invoice: Invoice,
    payment: SettleInput,
  ): Promise<{ invoice: Invoice; payment: InvoicePayment }> {
    const { method, amount, paidOn, reference } = payment;
    if (!UNPAID_INVOICE_STATES.includes(invoice.state)) {
      throw new WholesaleError('INVOICE_NOT_OPEN', `Invoice ${invoice.number} is already paid`);
    }
    const { due, skonto } = amountDue(invoice, paidOn);
    if (amount > due) {
      throw new WholesaleError('PAYMENT_EXCEEDS_DUE', `Only ${due} (minor units) are due on this invoice`, {
        fields: { amount: [`must be at most ${due}`] },
        amountDue: due,
      });
    }
    const settled = amount === due;
    const payments = this.txHost.tx.getRepository(InvoicePayment);
    const recorded = await payments.save(
      payments.create({
        invoiceId: invoice.id,
        method,
        amount,
        skontoAmount: settled ? skonto : 0,
        reference: reference.trim(),
        recordedBy,
        paidOn,
      }),
    );
    await this.bookPayment(invoice, recorded, payment.capture);
    invoice.paidAmount += amount + recorded.skontoAmount;
    if (settled) {
      invoiceMachine.assert(invoice.state, 'PAID');
      invoice.state = 'PAID';
      invoice.paidAt = new Date();
    }
    await this.jobs.publish(
      new WholesaleInvoicePaid({
        invoiceId: invoice.id,
        paymentId: recorded.id,
        method: recorded.method,
        amount: { amount: recorded.amount, currency: invoice.currency },
        settled,
      }),
    );
    return { invoice: await this.invoices.save(invoice), payment: recorded };
  }

  /**
   * Both co-ops' books: the seller's receivable against its sales and output VAT, the buyer's
   * purchases and input VAT against its payable. Under reverse charge the buyer accounts for the
   * VAT itself, as input and output VAT at once.
   */
  private async bookIssue(invoice: Invoice): Promise<void> {
    const { sellerOrganisationId: seller, buyerOrganisationId: buyer, currency } = invoice;
    const entries: [string, number][] = [
      [Accounts.receivable(seller), invoice.grossAmount],
      [Accounts.sales(seller), -invoice.netAmount],
      [Accounts.purchases(buyer), invoice.netAmount],
      [Accounts.payable(buyer), -invoice.grossAmount],
    ];
    if (invoice.vatAmount) {
      entries.push([Accounts.vatOutput(seller), -invoice.vatAmount], [Accounts.vatInput(buyer), invoice.vatAmount]);
    }
    if (invoice.vatCategory === 'AE') {
      const selfAssessed = basisPointsOf(invoice.netAmount, invoice.vatRateBp);
      entries.push([Accounts.vatInput(buyer), selfAssessed], [Accounts.vatOutput(buyer), -selfAssessed]);
    }
    await this.ledger.post({
      kind: 'wholesale-invoice',
      reference: invoice.id,
      description: `Invoice ${invoice.number} of ${invoice.seller.name} to ${invoice.buyer.name}`,
      entries: entries.map(([account, amount]) => ({ account, amount: { amount, currency } })),
    });
  }

  /**
   * The buyer's payable and the seller's receivable fall by what was paid and the skonto taken.
   * Paid online, the money arrived at the provider (`provider:clearing`) and the marketplace owes it
   * to the seller co-op (`seller:<id>:payable`), posted as the payment's capture so the
   * reconciliation with the provider finds it under the payment's reference.
   */
  private async bookPayment(invoice: Invoice, payment: InvoicePayment, capture?: { reference: string }): Promise<void> {
    const { sellerOrganisationId: seller, buyerOrganisationId: buyer, currency } = invoice;
    const entries: [string, number][] = [
      [Accounts.payable(buyer), payment.amount],
      [Accounts.receivable(seller), -payment.amount],
    ];
    if (payment.skontoAmount) {
      entries.push(
        [Accounts.payable(buyer), payment.skontoAmount],
        [Accounts.skontoReceived(buyer), -payment.skontoAmount],
        [Accounts.skontoGranted(seller), payment.skontoAmount],
        [Accounts.receivable(seller), -payment.skontoAmount],
      );
    }
    if (capture) {
      entries.push([LedgerAccounts.PROVIDER_CLEARING, payment.amount], [LedgerAccounts.sellerPayable(seller), -payment.amount]);
    }
    await this.ledger.post({
      kind: capture ? PAYMENT_LEDGER_KINDS.CAPTURE : `wholesale-payment-${payment.method.toLowerCase().replace('_', '-')}`,
      reference: capture ? capture.reference : payment.id,
      description: `Payment of invoice ${invoice.number} (${payment.reference})`,
      entries: entries.map(([account, amount]) => ({ account, amount: { amount, currency } })),
    });
  }

  /**
   * The seller's next invoice number. The upsert locks the seller's sequence row until commit, so
   * concurrent invoices of one seller queue, and a rolled-back one hands its number back.
   */
  private async nextNumber(sellerId: string): Promise<number> {
    const [row] = await this.txHost.tx.query<{ last_number: number }[]>(
      `INSERT INTO wholesale_invoice_sequence (seller_organisation_id, last_number) VALUES ($1, 1)
       ON CONFLICT (seller_organisation_id) DO UPDATE SET last_number = wholesale_invoice_sequence.last_number + 1
       RETURNING last_number`,
      [sellerId],
    );
    return row.last_number;
  }

  private async find(id: string): Promise<Invoice> {
    const invoice = await this.invoices.findOneBy({ id });
    if (!invoice) throw new NotFoundError('Invoice', id);
    return invoice;
  }

  /** The invoice, locked for this transaction. */
  async lock(id: string): Promise<Invoice> {
    await this.find(id);
    return this.invoices.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

function partyOf(organisation: Organisation): InvoiceParty {
  return {
    name: organisation.name,
    legalName: organisation.legalName,
    street: organisation.street,
    postalCode: organisation.postalCode,
    city: organisation.city,
    country: organisation.country,
    vatId: organisation.vatId,
    payoutAccount: organisation.payoutAccount,
  };
}
