import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { deliveryDigest, OutgoingMail } from './mail-message';

/** Where finished mail goes: a real SMTP server, or files under DATA_DIR/mail for development. */
export abstract class MailTransport {
  abstract deliver(mail: OutgoingMail, from: string): Promise<void>;
}

export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    super();
    this.transporter = createTransport(smtpUrl);
  }

  async deliver(mail: OutgoingMail, from: string): Promise<void> {
    await this.transporter.sendMail({
      // The same delivery always carries the same Message-ID, so a repeat after a crash can be recognised.
      messageId: mail.deliveryKey ? `<${deliveryDigest(mail.deliveryKey)}@allmende.mail>` : undefined,
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
  }
}

/** What the file transport writes for each mail (message.json), with its attachments beside it. */
export interface StoredMail {
  id: string;
  kind: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
  attachments: { filename: string; contentType: string; size: number }[];
}

/** Each mail becomes a folder `<time>-<id>/` with message.json and its attachments; newest sorts last. */
export class FileMailTransport extends MailTransport {
  constructor(readonly directory: string) {
    super();
  }

  async deliver(mail: OutgoingMail, from: string): Promise<void> {
    const sentAt = new Date();
    const suffix = mail.deliveryKey ? deliveryDigest(mail.deliveryKey) : randomUUID().slice(0, 8);
    // A delivery written before (the process died before recording it) is not written twice.
    if (mail.deliveryKey && (await this.names()).some((name) => name.endsWith(`-${suffix}`))) return;
    const id = `${sentAt.toISOString().replace(/[:.]/g, '-')}-${suffix}`;
    // Written under a temporary name and renamed, so a reader never sees half a mail.
    const partial = join(this.directory, `.${id}`);
    await mkdir(partial, { recursive: true });
    const attachments = mail.attachments ?? [];
    for (const [index, attachment] of attachments.entries()) {
      await writeFile(join(partial, attachmentFileName(index, attachment.filename)), attachment.content);
    }
    const stored: StoredMail = {
      id,
      kind: mail.kind,
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      sentAt: sentAt.toISOString(),
      attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.content.length })),
    };
    await writeFile(join(partial, 'message.json'), JSON.stringify(stored, null, 2));
    await rename(partial, join(this.directory, id));
  }

  /** The folders of the written mails. */
  private async names(): Promise<string[]> {
    try {
      return (await readdir(this.directory)).filter((name) => !name.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Every written mail, newest first. */
  async list(): Promise<StoredMail[]> {
    const mails = await Promise.all(
      (await this.names())
        .sort()
        .reverse()
        .map((name) => this.read(name)),
    );
    return mails.filter((mail): mail is StoredMail => mail !== null);
  }

  async read(id: string): Promise<StoredMail | null> {
    if (!/^[\w-]+$/.test(id)) return null;
    try {
      return JSON.parse(await readFile(join(this.directory, id, 'message.json'), 'utf8')) as StoredMail;
    } catch {
      return null;
    }
  }

  async attachment(id: string, index: number): Promise<Buffer | null> {
    const mail = await this.read(id);
    const attachment = mail?.attachments[index];
    if (!attachment) return null;
    return readFile(join(this.directory, id, attachmentFileName(index, attachment.filename)));
  }
}

/** The attachment's name on disk: numbered, and stripped of anything that could leave the folder. */
function attachmentFileName(index: number, filename: string): string {
  return `${index}-${filename.replace(/[^\w.-]+/g, '_')}`;
}
