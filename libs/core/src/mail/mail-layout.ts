import { MailLocale, OutgoingMail } from './mail-message';

/** What a mail says, before it is laid out as plain text and HTML. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A button (HTML) or a link on its own line (text). */
  action?: { label: string; url: string };
  /** Titled blocks of preformatted text, e.g. the seller's terms. */
  sections?: { heading: string; body: string }[];
}

const SIGN_OFF: Record<MailLocale, string> = {
  en: 'Your Allmende co-operative',
  de: 'Deine Allmende-Genossenschaft',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lays a mail out twice, as plain text and as simple inline-styled HTML (what mail clients render reliably). */
export function layoutMail(locale: MailLocale, content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.sections ?? []).flatMap((s) => [s.heading, '-'.repeat(s.heading.length), s.body, '']),
    SIGN_OFF[locale],
  ].join('\n');
  // A paragraph's own line breaks (a list of items, shipping and total) stay line breaks in HTML.
  const paragraph = (p: string) => `<p style="margin:0 0 1em">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2a1f;max-width:40em;margin:0 auto;padding:1em">',
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    content.action
      ? `<p style="margin:1.5em 0"><a href="${escapeHtml(content.action.url)}" style="background:#2f6b3a;color:#fff;padding:.6em 1.2em;border-radius:4px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
      : '',
    ...(content.sections ?? []).map(
      (s) =>
        `<h2 style="font-size:1.05em;margin:1.5em 0 .5em">${escapeHtml(s.heading)}</h2><div style="white-space:pre-wrap">${escapeHtml(s.body)}</div>`,
    ),
    paragraph(SIGN_OFF[locale]),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}

/** Who a mail is for: the address, the name it greets, the language it is written in. */
export interface MailRecipient {
  email: string;
  displayName: string;
  locale: MailLocale;
}

export function greeting(locale: MailLocale, name: string): string {
  return locale === 'de' ? `Hallo ${name},` : `Hello ${name},`;
}

/** A mail to one person: greeted by name, laid out in their language. */
export function composeMail(kind: string, to: MailRecipient, content: Omit<MailContent, 'greeting'>): OutgoingMail {
  return { kind, to: to.email, ...layoutMail(to.locale, { ...content, greeting: greeting(to.locale, to.displayName) }) };
}
