import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutgoingMail } from './mail-message';
import { FileMailTransport, MailTransport } from './mail-transport';

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** The sender every mail carries. */
  from: string;
  /** Where links in mails point (the storefront's public address); without it, the address the server listens on. */
  publicUrl: string | null;
}

const ATTEMPTS = 3;

@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private listeningUrl = 'http://localhost:3000';

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    private readonly transport: MailTransport,
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
   * Delivers a mail, retrying a refused or unreachable server a few times. Call it only after
   * the transaction that decided to send it has committed: a mail cannot be taken back. A mail
   * that still fails is logged, never thrown: what was done stays done.
   */
  async send(mail: OutgoingMail): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.transport.deliver(mail, this.options.from);
        return true;
      } catch (error) {
        const message = `Sending the ${mail.kind} mail to ${mail.to} failed (attempt ${attempt} of ${ATTEMPTS}): ${(error as Error).message}`;
        if (attempt >= ATTEMPTS) {
          this.logger.error(message);
          return false;
        }
        this.logger.warn(message);
        await new Promise((resolve) => setTimeout(resolve, 500 * 4 ** (attempt - 1)));
      }
    }
  }
}
