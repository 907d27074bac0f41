import { createHash } from 'node:crypto';

/** The languages mail is written in; an account's language decides which. */
export const MAIL_LOCALES = ['en', 'de'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export function mailLocale(value: string | null | undefined): MailLocale {
  return (MAIL_LOCALES as readonly string[]).includes(value ?? '') ? (value as MailLocale) : 'en';
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** One finished mail, rendered in its recipient's language, ready for a transport. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** What it is about (e.g. "password-reset"), for the dev mailbox and the logs. */
  kind: string;
  /** Set by MailService.deliverOnce: the transport sends one mail per key (file name, Message-ID). */
  deliveryKey?: string;
}

/** Which mail for which event: an event sends each kind of mail to each recipient once. */
export interface MailDelivery {
  /** The domain event the mail tells of (EventDelivery.eventId). */
  eventId: string;
  /** What it is about, e.g. "order-confirmation": one event may send several kinds to one person. */
  kind: string;
  /** The address it goes to. */
  recipient: string;
}

/** The delivery's key: stored once it is sent, and the mail's Message-ID, so a mail server can tell a repeat too. */
export function mailDeliveryKey(delivery: MailDelivery): string {
  return `${delivery.eventId}:${delivery.kind}:${delivery.recipient.trim().toLowerCase()}`;
}

/** A short stable name for a delivery key (file names, Message-IDs). */
export function deliveryDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 24);
}
