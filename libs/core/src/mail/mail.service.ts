import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CallInsideTransactionError } from '../transactions/outside-calls';
import { TxHost } from '../transactions/transactions';
import { MailDelivery, mailDeliveryKey, OutgoingMail } from './mail-message';
import { FileMailTransport, MailTransport } from './mail-transport';

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** The sender every mail carries. */
  from: string;
  /** Where links in mails point (the storefront's public address); without it, the address the server listens on. */
  publicUrl: string | null;
}

/**
 * Sends mail, from the jobs that subscribe to domain events (never from a request or inside a
 * transaction: a mail cannot be taken back, and a rolled-back change must not have told anyone).
 */
@Injectable()
export class MailService {
  private listeningUrl = 'http://localhost:3000';

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    private readonly transport: MailTransport,
    private readonly dataSource: DataSource,
    private readonly txHost: TxHost,
  ) {}

  /** The server tells the service where it listens once it knows its port. */
  setListeningUrl(url: string): void {
    this.listeningUrl = url;
  }

  /** An absolute link to a storefront page, for a mail. */
  link(path: string): string {
    return new URL(path, this.options.publicUrl ?? this.listeningUrl).toString();
  }

  /** The development mailbox (files under DATA_DIR/mail), or null when a real SMTP server is set. */
  get devMailbox(): FileMailTransport | null {
    return this.transport instanceof FileMailTransport ? this.transport : null;
  }

  /**
   * Sends the mail of this delivery unless it was sent already: a redelivered event (at least
   * once) sends one mail. `compose` runs only when the mail is still to be sent (it may issue a
   * token in a short transaction of its own) and returns null when there is nothing to say any
   * more. A failure is thrown, so the event's job tries again later; the delivery is recorded
   * after the transport took the mail. Refused inside a transaction.
   */
  async deliverOnce(delivery: MailDelivery, compose: () => Promise<OutgoingMail | null>): Promise<boolean> {
    if (this.txHost.isTransactionActive()) throw new CallInsideTransactionError('MailService', 'deliverOnce');
    const key = mailDeliveryKey(delivery);
    const [sent] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM mail_delivery WHERE key = $1`, [key]);
    if (sent) return false;
    const mail = await compose();
    if (!mail) return false;
    if (this.txHost.isTransactionActive()) throw new CallInsideTransactionError('MailService', 'deliverOnce');
    await this.transport.deliver({ ...mail, to: delivery.recipient, kind: delivery.kind, deliveryKey: key }, this.options.from);
    await this.dataSource.query(
      `INSERT INTO mail_delivery (key, event_id, kind, recipient) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING`,
      [key, delivery.eventId, delivery.kind, delivery.recipient.trim().toLowerCase()],
    );
    return true;
  }
}
