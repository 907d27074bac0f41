import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import { FileMailTransport, StoredMail } from './mail-transport';
import { MailService } from './mail.service';

@ObjectType({ description: 'A file attached to a mail in the development mailbox' })
class DevMailAttachment {
  @Field(() => Int)
  index: number;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int, { description: 'Bytes' })
  size: number;
}

@ObjectType({ description: 'A mail the development mailbox holds (written to DATA_DIR/mail because no SMTP_URL is set)' })
class DevMail {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What it is about, e.g. password-reset' })
  kind: string;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  html: string;

  @Field()
  sentAt: Date;

  @Field(() => [DevMailAttachment])
  attachments: DevMailAttachment[];
}

function toDevMail(mail: StoredMail): DevMail {
  return {
    ...mail,
    sentAt: new Date(mail.sentAt),
    attachments: mail.attachments.map((attachment, index) => ({ ...attachment, index })),
  };
}

/** The mails written without SMTP, so a developer can read what the shop sent. Gone as soon as SMTP_URL is set. */
@Resolver()
export class DevMailboxResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => Boolean, { description: 'Whether mail goes to the development mailbox (no SMTP_URL set)' })
  devMailboxEnabled(): boolean {
    return this.mail.devMailbox !== null;
  }

  @Query(() => [DevMail], { description: 'Mails written to DATA_DIR/mail, newest first; only when no SMTP_URL is set' })
  async devMailbox(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<DevMail[]> {
    const mails = await this.mailbox().list();
    return mails.slice(0, Math.max(0, Math.min(first, 200))).map(toDevMail);
  }

  @Query(() => DevMail, { nullable: true })
  async devMail(@Args('id', { type: () => ID }) id: string): Promise<DevMail | null> {
    const mail = await this.mailbox().read(id);
    return mail && toDevMail(mail);
  }

  @Query(() => String, { nullable: true, description: 'An attachment of a development mail, base64-encoded' })
  async devMailAttachment(
    @Args('id', { type: () => ID }) id: string,
    @Args('index', { type: () => Int }) index: number,
  ): Promise<string | null> {
    return (await this.mailbox().attachment(id, index))?.toString('base64') ?? null;
  }

  private mailbox(): FileMailTransport {
    const mailbox = this.mail.devMailbox;
    if (!mailbox) throw new DomainError('NOT_FOUND', 'There is no development mailbox: mail goes to the SMTP server');
    return mailbox;
  }
}
