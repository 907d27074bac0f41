import { DynamicModule, Module } from '@nestjs/common';
import { DevMailboxResolver } from './dev-mailbox.resolver';
import { MAIL_OPTIONS, MailOptions, MailService } from './mail.service';
import { FileMailTransport, MailTransport, SmtpMailTransport } from './mail-transport';

export interface MailModuleOptions extends MailOptions {
  /** smtp:// or smtps:// of a real server; without it mail is written as files into `mailDirectory`. */
  smtpUrl: string | null;
  mailDirectory: string;
}

@Module({})
export class MailModule {
  static forRoot(options: MailModuleOptions): DynamicModule {
    const transport = options.smtpUrl ? new SmtpMailTransport(options.smtpUrl) : new FileMailTransport(options.mailDirectory);
    return {
      module: MailModule,
      // Every context that tells people something sends through it.
      global: true,
      providers: [
        { provide: MAIL_OPTIONS, useValue: { from: options.from, publicUrl: options.publicUrl } satisfies MailOptions },
        { provide: MailTransport, useValue: transport },
        MailService,
        DevMailboxResolver,
      ],
      exports: [MailService],
    };
  }
}
