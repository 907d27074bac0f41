import { Injectable } from '@nestjs/common';
import { composeMail, EventDelivery, MailContent, MailService, OnEvent, TxHost } from '@allmende/core';
import { Account } from '../entities/account.entity';
import { Organisation } from '../entities/organisation.entity';
import {
  EmailConfirmationRequested,
  OrganisationVerificationRefused,
  OrganisationVerified,
  PasswordResetRequested,
} from '../events/account-events';
import { EMAIL_CONFIRMATION_TTL_MINUTES, PASSWORD_RESET_TTL_MINUTES } from './account.service';
import { AccountTokenService } from './account-token.service';
import { OrganisationService } from './organisation.service';

type Recipient = Pick<Account, 'email' | 'displayName' | 'locale'>;

/**
 * The mails about a person's own account and organisations, each in the recipient's language.
 * Each is a subscriber of the event that asks for it: it runs as a job after the commit, outside
 * any transaction, and sends each mail of an event once however often the event is delivered.
 * The link's token is issued when the mail goes out, so no token is ever stored in the outbox.
 */
@Injectable()
export class AccountMails {
  constructor(
    private readonly mail: MailService,
    private readonly txHost: TxHost,
    private readonly tokens: AccountTokenService,
    private readonly organisations: OrganisationService,
  ) {}

  @OnEvent(EmailConfirmationRequested, { transaction: false })
  async addressConfirmation(event: EmailConfirmationRequested, delivery: EventDelivery): Promise<void> {
    const account = await this.account(event.accountId);
    // Confirmed meanwhile (or a demo account): nothing to ask for.
    if (!account || account.emailConfirmedAt || account.suspendedAt) return;
    await this.mail.deliverOnce(
      { eventId: delivery.eventId, kind: 'address-confirmation', recipient: account.email },
      async () => {
        const token = await this.issue(account.id, 'CONFIRM_EMAIL', EMAIL_CONFIRMATION_TTL_MINUTES);
        const url = this.mail.link(`/confirm-email?token=${encodeURIComponent(token)}`);
        const days = EMAIL_CONFIRMATION_TTL_MINUTES / (24 * 60);
        const de = account.locale === 'de';
        return this.compose('address-confirmation', account, {
          subject: de ? 'Bitte bestätige deine E-Mail-Adresse' : 'Please confirm your email address',
          paragraphs: de
            ? [`Willkommen bei Allmende! Bitte bestätige, dass ${account.email} dir gehört.`, `Der Link gilt ${days} Tage.`]
            : [`Welcome to Allmende! Please confirm that ${account.email} is yours.`, `The link works for ${days} days.`],
          action: { label: de ? 'Adresse bestätigen' : 'Confirm address', url },
        });
      },
    );
  }

  @OnEvent(PasswordResetRequested, { transaction: false })
  async passwordReset(event: PasswordResetRequested, delivery: EventDelivery): Promise<void> {
    const account = await this.account(event.accountId);
    if (!account || account.suspendedAt) return;
    await this.mail.deliverOnce({ eventId: delivery.eventId, kind: 'password-reset', recipient: account.email }, async () => {
      const token = await this.issue(account.id, 'RESET_PASSWORD', PASSWORD_RESET_TTL_MINUTES);
      const url = this.mail.link(`/reset-password?token=${encodeURIComponent(token)}`);
      const de = account.locale === 'de';
      return this.compose('password-reset', account, {
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
    });
  }

  @OnEvent(OrganisationVerified, { transaction: false })
  async organisationVerified(event: OrganisationVerified, delivery: EventDelivery): Promise<void> {
    const organisation = await this.organisations.get(event.organisationId);
    const url = this.mail.link(`/organisations/${organisation.id}`);
    for (const owner of await this.organisations.ownersOf(organisation.id)) {
      const de = owner.locale === 'de';
      await this.mail.deliverOnce(
        { eventId: delivery.eventId, kind: 'organisation-verified', recipient: owner.email },
        async () =>
          this.compose('organisation-verified', owner, {
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
          }),
      );
    }
  }

  @OnEvent(OrganisationVerificationRefused, { transaction: false })
  async verificationRefused(event: OrganisationVerificationRefused, delivery: EventDelivery): Promise<void> {
    const organisation: Organisation = await this.organisations.get(event.organisationId);
    const url = this.mail.link(`/organisations/${organisation.id}/edit`);
    for (const owner of await this.organisations.ownersOf(organisation.id)) {
      const de = owner.locale === 'de';
      await this.mail.deliverOnce({ eventId: delivery.eventId, kind: 'verification-refused', recipient: owner.email }, async () =>
        this.compose('verification-refused', owner, {
          subject: de ? `${organisation.name} wurde noch nicht verifiziert` : `${organisation.name} was not verified yet`,
          paragraphs: de
            ? [
                `Das Team der Plattform konnte ${organisation.name} noch nicht verifizieren.`,
                `Der Grund: ${event.reason}`,
                'Wenn du deine Angaben ergänzt oder berichtigt hast, prüfen wir sie gern noch einmal.',
              ]
            : [
                `The platform team could not verify ${organisation.name} yet.`,
                `The reason: ${event.reason}`,
                'Once you have completed or corrected your details, we will gladly look again.',
              ],
          action: { label: de ? 'Angaben bearbeiten' : 'Edit the details', url },
        }),
      );
    }
  }

  private account(id: string): Promise<Account | null> {
    return this.txHost.tx.getRepository(Account).findOneBy({ id });
  }

  /** A fresh link token, in a short transaction of its own (earlier unused ones stop working). */
  private issue(accountId: string, purpose: 'CONFIRM_EMAIL' | 'RESET_PASSWORD', ttlMinutes: number): Promise<string> {
    return this.txHost.withTransaction(() => this.tokens.issue(accountId, purpose, ttlMinutes));
  }

  private compose(kind: string, to: Recipient, content: Omit<MailContent, 'greeting'>) {
    return composeMail(kind, to, content);
  }
}
