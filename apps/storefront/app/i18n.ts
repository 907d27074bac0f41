import { useRouteLoaderData } from 'react-router';

/** Every string the storefront shows, in each language it speaks. English is the default. */
const en = {
  'site.name': 'Allmende',
  'site.skip': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.newOrganisation': 'Register an organisation',
  'nav.login': 'Log in',
  'nav.register': 'Register',
  'nav.logout': 'Log out',
  'nav.account': 'Signed in as',
  'footer.text': 'Allmende — a fair-trade marketplace owned by the co-operatives, producers and buyers who trade on it.',
  'footer.language': 'Language',
  'home.title': 'Fair trade, owned in common',
  'home.intro':
    'Allmende is a marketplace run as a co-operative: producers, co-ops and buyers own it together, fees are set by vote, and the surplus goes back to the members.',
  'home.catalog': 'The catalogue of fair products opens here soon.',
  'home.join': 'Create an account to join, or register your organisation to sell.',
  'login.title': 'Log in',
  'login.submit': 'Log in',
  'login.noAccount': 'No account yet?',
  'register.title': 'Create an account',
  'register.submit': 'Create account',
  'register.haveAccount': 'Already have an account?',
  'form.invalid': 'Please correct the marked fields.',
  'form.optional': 'optional',
  'field.email': 'Email',
  'field.password': 'Password',
  'field.passwordHint': 'At least 10 characters.',
  'field.displayName': 'Your name',
  'field.displayNameHint': 'Shown to others on Allmende.',
  'field.name': 'Name',
  'field.kind': 'Kind of organisation',
  'field.legalName': 'Legal name',
  'field.street': 'Street and number',
  'field.address': 'Address',
  'field.postalCode': 'Postal code',
  'field.city': 'City',
  'field.country': 'Country',
  'field.countryHint': 'Two-letter code, e.g. DE.',
  'field.vatId': 'VAT ID',
  'field.imprint': 'Imprint',
  'field.terms': 'Terms and conditions',
  'field.withdrawalPolicy': 'Withdrawal policy',
  'field.payoutAccount': 'Payout account (IBAN)',
  'kind.COOPERATIVE': 'Co-operative',
  'kind.COMPANY': 'Company',
  'kind.NGO': 'Non-profit organisation',
  'kind.SOLE_TRADER': 'Sole trader',
  'organisation.new.title': 'Register an organisation',
  'organisation.new.intro':
    'You become its owner. It can sell once its legal details are complete and our staff have verified it.',
  'organisation.new.legal': 'Legal details',
  'organisation.new.legalHint': 'Needed before you can sell; you can complete them later.',
  'organisation.new.submit': 'Register organisation',
  'organisation.verified': 'Verified',
  'organisation.unverified': 'Not yet verified',
  'organisation.complete': 'Legal details are complete.',
  'organisation.missing': 'Legal details still missing:',
  'organisation.details': 'Legal details',
  'error.title': 'Something went wrong',
  'error.notFound': 'This page does not exist.',
  'error.generic': 'Please try again in a moment.',
};

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, string> = {
  'site.name': 'Allmende',
  'site.skip': 'Zum Inhalt springen',
  'nav.label': 'Hauptmenü',
  'nav.home': 'Start',
  'nav.newOrganisation': 'Organisation registrieren',
  'nav.login': 'Anmelden',
  'nav.register': 'Registrieren',
  'nav.logout': 'Abmelden',
  'nav.account': 'Angemeldet als',
  'footer.text': 'Allmende — ein fairer Marktplatz im Besitz der Genossenschaften, Erzeuger und Käufer, die auf ihm handeln.',
  'footer.language': 'Sprache',
  'home.title': 'Fairer Handel in gemeinsamer Hand',
  'home.intro':
    'Allmende ist ein genossenschaftlich geführter Marktplatz: Erzeuger, Genossenschaften und Käufer besitzen ihn gemeinsam, die Gebühren werden per Abstimmung festgelegt und der Überschuss geht an die Mitglieder zurück.',
  'home.catalog': 'Der Katalog fairer Produkte öffnet hier bald.',
  'home.join': 'Legen Sie ein Konto an, um mitzumachen, oder registrieren Sie Ihre Organisation, um zu verkaufen.',
  'login.title': 'Anmelden',
  'login.submit': 'Anmelden',
  'login.noAccount': 'Noch kein Konto?',
  'register.title': 'Konto anlegen',
  'register.submit': 'Konto anlegen',
  'register.haveAccount': 'Sie haben schon ein Konto?',
  'form.invalid': 'Bitte korrigieren Sie die markierten Felder.',
  'form.optional': 'optional',
  'field.email': 'E-Mail',
  'field.password': 'Passwort',
  'field.passwordHint': 'Mindestens 10 Zeichen.',
  'field.displayName': 'Ihr Name',
  'field.displayNameHint': 'Für andere auf Allmende sichtbar.',
  'field.name': 'Name',
  'field.kind': 'Art der Organisation',
  'field.legalName': 'Rechtlicher Name',
  'field.street': 'Straße und Hausnummer',
  'field.address': 'Anschrift',
  'field.postalCode': 'Postleitzahl',
  'field.city': 'Ort',
  'field.country': 'Land',
  'field.countryHint': 'Zweistelliger Code, z. B. DE.',
  'field.vatId': 'USt-IdNr.',
  'field.imprint': 'Impressum',
  'field.terms': 'Allgemeine Geschäftsbedingungen',
  'field.withdrawalPolicy': 'Widerrufsbelehrung',
  'field.payoutAccount': 'Auszahlungskonto (IBAN)',
  'kind.COOPERATIVE': 'Genossenschaft',
  'kind.COMPANY': 'Unternehmen',
  'kind.NGO': 'Gemeinnützige Organisation',
  'kind.SOLE_TRADER': 'Einzelunternehmen',
  'organisation.new.title': 'Organisation registrieren',
  'organisation.new.intro':
    'Sie werden ihre Eigentümerin bzw. ihr Eigentümer. Verkaufen kann sie, sobald die rechtlichen Angaben vollständig sind und unser Team sie geprüft hat.',
  'organisation.new.legal': 'Rechtliche Angaben',
  'organisation.new.legalHint': 'Nötig, bevor Sie verkaufen können; Sie können sie später ergänzen.',
  'organisation.new.submit': 'Organisation registrieren',
  'organisation.verified': 'Geprüft',
  'organisation.unverified': 'Noch nicht geprüft',
  'organisation.complete': 'Die rechtlichen Angaben sind vollständig.',
  'organisation.missing': 'Es fehlen noch diese rechtlichen Angaben:',
  'organisation.details': 'Rechtliche Angaben',
  'error.title': 'Etwas ist schiefgegangen',
  'error.notFound': 'Diese Seite gibt es nicht.',
  'error.generic': 'Bitte versuchen Sie es gleich noch einmal.',
};

const MESSAGES = { en, de };
export type Locale = keyof typeof MESSAGES;
export const LOCALES = Object.keys(MESSAGES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in MESSAGES;
}

/** A message in the given language; a key that is not a message (e.g. an unknown field name) is shown as it is. */
export function t(locale: Locale, key: MessageKey | string): string {
  return MESSAGES[locale][key as MessageKey] ?? key;
}

/** The best of our languages for an Accept-Language header, e.g. "de-AT,de;q=0.9,en;q=0.5". */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0].toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** `t` bound to the page's language, which the root loader chose. */
export function useT(): (key: MessageKey | string) => string {
  const root = useRouteLoaderData<{ locale: Locale }>('root');
  const locale = root?.locale ?? DEFAULT_LOCALE;
  return (key) => t(locale, key);
}

/** A route's `meta`: the page title in the language the root loader chose. */
export function pageTitle(key: MessageKey) {
  return ({ matches }: { matches: readonly ({ data?: unknown } | undefined)[] }) => {
    const locale = (matches[0]?.data as { locale?: Locale } | undefined)?.locale ?? DEFAULT_LOCALE;
    return [{ title: `${t(locale, key)} · Allmende` }];
  };
}
