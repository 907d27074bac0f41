import { Injectable, Logger } from '@nestjs/common';
import { OnEvent, Transactional, TxHost, Viewer } from '@allmende/core';
import { LedgerAccounts, LedgerService } from '@allmende/ledger';
import { PaymentFailed, PaymentsService, PaymentSucceeded, StartedPayment } from '@allmende/payments';
import { WholesaleError } from '../api/errors';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceOnlinePayment } from '../entities/online-payment.entity';
import { onlinePaymentMachine } from '../state/online-payment-state';
import { UNPAID_INVOICE_STATES } from '../state/invoice-state';
import { amountDue } from './invoice-money';
import { InvoiceService } from './invoice.service';
import { WholesaleAccess } from './wholesale-access.service';

export interface StartedInvoicePayment {
  invoice: Invoice;
  onlinePayment: InvoiceOnlinePayment;
  payment: StartedPayment;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Invoices paid online by the buyer co-op, through the payment port, as a saga of short steps:
 * (1) the intent is committed (the amount due today, skonto included when in its period); (2) only
 * then is the provider asked, with the idempotency key built from the intent's committed id; (3)
 * the provider's success (PaymentSucceeded, from its webhook or the offline form) settles the
 * invoice in the subscriber's own transaction, booked in both co-ops' accounts and the provider's
 * clearing. Every step may run again: the same buyer key returns the same intent, the provider the
 * same payment, and a repeated success settles nothing twice.
 */
@Injectable()
export class InvoicePaymentsService {
  private readonly logger = new Logger(InvoicePaymentsService.name);

  constructor(
    private readonly txHost: TxHost,
    private readonly access: WholesaleAccess,
    private readonly invoices: InvoiceService,
    private readonly payments: PaymentsService,
    private readonly ledger: LedgerService,
  ) {}

  private get intents() {
    return this.txHost.tx.getRepository(InvoiceOnlinePayment);
  }

  /** The buyer starts (or, with the same key, resumes) paying an invoice online. Runs no transaction around the provider. */
  async start(viewer: Viewer, invoiceId: string, idempotencyKey: string): Promise<StartedInvoicePayment> {
    const intent = await this.recordIntent(viewer, invoiceId, idempotencyKey);
    const invoice = await this.invoices.findByIds([invoiceId]).then(([found]) => found);
    const payment = await this.payments.startPayment({
      checkoutId: intent.id,
      amount: { amount: intent.amount, currency: intent.currency },
      description: `Invoice ${invoice.number} of ${invoice.seller.name} to ${invoice.buyer.name}`,
    });
    if (!intent.paymentId) await this.recordPaymentId(intent.id, payment.paymentId);
    return { invoice, onlinePayment: { ...intent, paymentId: payment.paymentId }, payment };
  }

  /** Test mode: the buyer pays offline, through the same success path as the provider's webhook. */
  async payOffline(viewer: Viewer, invoiceId: string, idempotencyKey: string): Promise<StartedInvoicePayment> {
    const started = await this.start(viewer, invoiceId, idempotencyKey);
    await this.payments.confirmOfflinePayment(started.payment.paymentId);
    const [invoice] = await this.invoices.findByIds([invoiceId]);
    const [onlinePayment] = await this.intents.findBy({ id: started.onlinePayment.id });
    return { ...started, invoice, onlinePayment };
  }

  /** Step 1: the intent, committed before anyone outside hears of it. Checked before anything is written. */
  @Transactional()
  private async recordIntent(viewer: Viewer, invoiceId: string, idempotencyKey: string): Promise<InvoiceOnlinePayment> {
    const invoice = await this.invoices.lock(invoiceId);
    if ((await this.access.sideOf(viewer, invoice)) !== 'BUYER') {
      throw new WholesaleError('NOT_YOUR_TURN', 'Only the buyer co-op pays an invoice online');
    }
    const existing = await this.intents.findOneBy({ invoiceId, idempotencyKey });
    if (existing) return existing;
    if (!UNPAID_INVOICE_STATES.includes(invoice.state)) {
      throw new WholesaleError('INVOICE_NOT_OPEN', `Invoice ${invoice.number} is already paid`);
    }
    const paidOn = today();
    const { due } = amountDue(invoice, paidOn);
    return this.intents.save(
      this.intents.create({
        invoiceId,
        idempotencyKey,
        amount: due,
        currency: invoice.currency,
        paidOn,
        state: 'STARTED',
        paymentId: null,
        invoicePaymentId: null,
        startedBy: viewer.accountId,
      }),
    );
  }

  @Transactional()
  private async recordPaymentId(intentId: string, paymentId: string): Promise<void> {
    await this.intents
      .createQueryBuilder()
      .update()
      .set({ paymentId })
      .where('id = :intentId AND payment_id IS NULL', { intentId })
      .execute();
  }

  /**
   * Step 3: the provider took the money. Settles the invoice with what was paid, on the day the
   * buyer started (so skonto offered then holds). Money for an invoice settled meanwhile (say, by
   * a bank transfer the seller recorded) is UNAPPLIED: held for the buyer co-op, never booked twice.
   */
  @OnEvent(PaymentSucceeded)
  async paymentSucceeded(event: PaymentSucceeded): Promise<void> {
    const intent = await this.intents.findOne({ where: { id: event.checkoutId }, lock: { mode: 'pessimistic_write' } });
    // Payments serve others too (checkouts, shares): a payment for no invoice is not ours.
    if (!intent || intent.state === 'SUCCEEDED' || intent.state === 'UNAPPLIED') return;
    const invoice = await this.invoices.lock(intent.invoiceId);
    const paid = event.amount.amount;
    const applicable =
      UNPAID_INVOICE_STATES.includes(invoice.state) &&
      event.amount.currency === invoice.currency &&
      paid <= amountDue(invoice, intent.paidOn).due;
    if (!applicable) {
      onlinePaymentMachine.assert(intent.state, 'UNAPPLIED');
      this.logger.warn(
        `Payment ${event.paymentId} arrived for invoice ${invoice.number}, which no longer owes it; held for the buyer`,
      );
      await this.ledger.post({
        kind: 'capture',
        reference: intent.id,
        description: `Online payment for invoice ${invoice.number}, which was settled otherwise: held for the buyer co-op`,
        entries: [
          { account: LedgerAccounts.PROVIDER_CLEARING, amount: event.amount },
          { account: `org:${invoice.buyerOrganisationId}:credit`, amount: { ...event.amount, amount: -paid } },
        ],
      });
      await this.intents.update(intent.id, { state: 'UNAPPLIED' });
      return;
    }
    onlinePaymentMachine.assert(intent.state, 'SUCCEEDED');
    const { payment } = await this.invoices.settle(intent.startedBy, invoice, {
      method: 'ONLINE',
      amount: paid,
      paidOn: intent.paidOn,
      reference: `online payment ${event.providerPaymentId || event.paymentId}`,
      capture: { reference: intent.id },
    });
    await this.intents.update(intent.id, { state: 'SUCCEEDED', invoicePaymentId: payment.id });
  }

  /** The provider said no: the invoice stays open; the buyer may retry (a later success still counts). */
  @OnEvent(PaymentFailed)
  async paymentFailed(event: PaymentFailed): Promise<void> {
    const intent = await this.intents.findOne({ where: { id: event.checkoutId }, lock: { mode: 'pessimistic_write' } });
    if (!intent || !onlinePaymentMachine.can(intent.state, 'FAILED')) return;
    await this.intents.update(intent.id, { state: 'FAILED' });
  }
}
