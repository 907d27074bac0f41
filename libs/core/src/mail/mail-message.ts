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
}
