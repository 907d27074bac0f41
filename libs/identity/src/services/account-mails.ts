import { Injectable } from '@nestjs/common';
import { composeMail, MailContent, MailService } from '@allmende/core';
import { Account } from '../entities/account.entity';
import { Organisation } from '../entities/organisation.entity';
import { EMAIL_CONFIRMATION_TTL_MINUTES, PASSWORD_RESET_TTL_MINUTES } from './account.service';

type Recipient = Pick<Account, 'email' | 'displayName' | 'locale'>;

/** The mails about a person's own account and organisations, each in the recipient's language. Sent after commit. */
@Injectable()
export class AccountMails {
  constructor(private readonly mail: MailService) {}

  addressConfirmation(account: Recipient, token: string): Promise<boolean> {
    const url = this.mail.link(`/confirm-email?token=${encodeURIComponent(token)}`);
    const days = EMAIL_CONFIRMATION_TTL_MINUTES / (24 * 60);
    const de = account.locale === 'de';
    return this.send('address-confirmation', account, {
      subject: de ? 'Bitte bestätige deine E-Mail-Adresse' : 'Please confirm your email address',
      paragraphs: de
        ? [`Willkommen bei Allmende! Bitte bestätige, dass ${account.email} dir gehört.`, `Der Link gilt ${days} Tage.`]
        : [`Welcome to Allmende! Please confirm that ${account.email} is yours.`, `The link works for ${days} days.`],
      action: { label: de ? 'Adresse bestätigen' : 'Confirm address', url },
    });
  }

  passwordReset(account: Recipient, token: string): Promise<boolean> {
    const url = this.mail.link(`/reset-password?token=${encodeURIComponent(token)}`);
    const de = account.locale === 'de';
    return this.send('password-reset', account, {
      subject: de ? 'Dein neues Passwort für Allmende' : 'Your new password for Allmende',
      paragraphs: de
        ? [
            'Jemand (hoffentlich du) möchte das Passwort deines Kontos neu setzen.',
            `Der Link gilt ${PASSWORD_RESET_TTL_MINUTES} Minuten und nur einmal. Wenn du das nicht warst, ignoriere diese Mail: dein Passwort bleibt, wie es ist.`,
          ]
        : [
            'Someone (hopefully you) asked to set a new password for your account.',
            `The link works for ${PASSWORD_RESET_TTL_MINUTES} minutes and only once. If that was not you, ignore this mail: your password stays as it is.`,
          ],
      action: { label: de ? 'Neues Passwort setzen' : 'Set a new password', url },
    });
  }

  async organisationVerified(organisation: Organisation, owners: Recipient[]): Promise<void> {
    const url = this.mail.link(`/organisations/${organisation.id}`);
    for (const owner of owners) {
      const de = owner.locale === 'de';
      await this.send('organisation-verified', owner, {
        subject: de ? `${organisation.name} ist verifiziert` : `${organisation.name} is verified`,
        paragraphs: de
          ? [
              `Das Team der Plattform hat ${organisation.name} geprüft und verifiziert.`,
              organisation.kind === 'NGO'
                ? 'Verkäufer können dir jetzt einen Teil ihrer Verkäufe spenden.'
                : 'Du kannst jetzt den Großhandel zwischen Genossenschaften nutzen.',
            ]
          : [
              `The platform team has checked and verified ${organisation.name}.`,
              organisation.kind === 'NGO'
                ? 'Sellers can now donate a share of their sales to you.'
                : 'You can now use the co-op-to-co-op wholesale trade.',
            ],
        action: { label: de ? 'Zur Organisation' : 'Open the organisation', url },
      });
    }
  }

  async verificationRefused(organisation: Organisation, owners: Recipient[], reason: string): Promise<void> {
    const url = this.mail.link(`/organisations/${organisation.id}/edit`);
    for (const owner of owners) {
      const de = owner.locale === 'de';
      await this.send('verification-refused', owner, {
        subject: de ? `${organisation.name} wurde noch nicht verifiziert` : `${organisation.name} was not verified yet`,
        paragraphs: de
          ? [
              `Das Team der Plattform konnte ${organisation.name} noch nicht verifizieren.`,
              `Der Grund: ${reason}`,
              'Wenn du deine Angaben ergänzt oder berichtigt hast, prüfen wir sie gern noch einmal.',
            ]
          : [
              `The platform team could not verify ${organisation.name} yet.`,
              `The reason: ${reason}`,
              'Once you have completed or corrected your details, we will gladly look again.',
            ],
        action: { label: de ? 'Angaben bearbeiten' : 'Edit the details', url },
      });
    }
  }

  private send(kind: string, to: Recipient, content: Omit<MailContent, 'greeting'>): Promise<boolean> {
    return this.mail.send(composeMail(kind, to, content));
  }
}
