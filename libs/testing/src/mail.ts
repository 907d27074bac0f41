import { join } from 'node:path';
import { FileMailTransport, StoredMail } from '@allmende/core';
import type { TestApp } from './test-app';

/** The mails the app has written to its DATA_DIR/mail (no SMTP in tests), newest first, once its queued jobs (which send mail) have run. */
export async function readMails(app: TestApp): Promise<StoredMail[]> {
  await app.settle();
  return mailsWritten(app);
}

function mailsWritten(app: TestApp): Promise<StoredMail[]> {
  return new FileMailTransport(join(app.dataDir, 'mail')).list();
}

/** Waits (up to a few seconds) for a mail to this address of this kind, since mail goes out after the commit. */
export async function waitForMail(app: TestApp, to: string, kind: string, timeoutMs = 5000): Promise<StoredMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await mailsWritten(app)).find((m) => m.to === to && m.kind === kind);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`No ${kind} mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The `token` parameter of the first link to this storefront path in a mail's text. */
export function tokenFromMail(mail: StoredMail, path: string): string {
  const link = mail.text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w%-]+`))?.[0];
  if (!link) throw new Error(`The ${mail.kind} mail has no link to ${path}`);
  return new URL(link).searchParams.get('token')!;
}
