/**
 * Postal addresses: the countries we know, the EU's members (for shipping zones), and each
 * country's postcode format where it has a fixed one. Pure functions, no database.
 */
import { InvalidInputError } from '@allmende/core';

/** ISO 3166-1 alpha-2, every officially assigned code. */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const KNOWN_COUNTRIES = new Set(COUNTRY_CODES);

/** The 27 member states of the European Union. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** Postcode formats (after upper-casing and trimming), with an example to show when one does not match. */
const POSTCODE_FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  AT: { pattern: /^\d{4}$/, example: '1010' },
  AU: { pattern: /^\d{4}$/, example: '2000' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  BG: { pattern: /^\d{4}$/, example: '1000' },
  BR: { pattern: /^\d{5}-?\d{3}$/, example: '01310-100' },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: 'K1A 0B1' },
  CH: { pattern: /^\d{4}$/, example: '8001' },
  CY: { pattern: /^\d{4}$/, example: '1010' },
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: '110 00' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  EE: { pattern: /^\d{5}$/, example: '10111' },
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28001' },
  FI: { pattern: /^\d{5}$/, example: '00100' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: '105 57' },
  HR: { pattern: /^\d{5}$/, example: '10000' },
  HU: { pattern: /^\d{4}$/, example: '1051' },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, example: 'D02 X285' },
  IN: { pattern: /^\d{6}$/, example: '110001' },
  IS: { pattern: /^\d{3}$/, example: '101' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: '100-0001' },
  LI: { pattern: /^\d{4}$/, example: '9490' },
  LT: { pattern: /^(LT-)?\d{5}$/, example: 'LT-01100' },
  LU: { pattern: /^(L-)?\d{4}$/, example: '1111' },
  LV: { pattern: /^(LV-)?\d{4}$/, example: 'LV-1050' },
  MT: { pattern: /^[A-Z]{3} ?\d{4}$/, example: 'VLT 1117' },
  MX: { pattern: /^\d{5}$/, example: '06000' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  NO: { pattern: /^\d{4}$/, example: '0150' },
  NZ: { pattern: /^\d{4}$/, example: '6011' },
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-950' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1100-148' },
  RO: { pattern: /^\d{6}$/, example: '010011' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 22' },
  SI: { pattern: /^\d{4}$/, example: '1000' },
  SK: { pattern: /^\d{3} ?\d{2}$/, example: '811 01' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '20500' },
};

/** A postcode where the country has no fixed format: letters, digits, spaces and dashes. */
const ANY_POSTCODE = /^[A-Z\d][A-Z\d -]{0,11}$/;
const PHONE = /^\+?[\d ()/.-]{5,30}$/;

export interface PostalAddressFields {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

export interface PostalAddress {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string | null;
}

export function isCountryCode(value: string): boolean {
  return KNOWN_COUNTRIES.has(value);
}

/** The address tidied up: trimmed, inner whitespace collapsed, country and postcode upper-cased. */
export function normalisePostalAddress(input: PostalAddressFields): PostalAddress {
  const tidy = (value: string) => value.trim().replace(/\s+/g, ' ');
  return {
    name: tidy(input.name),
    street: tidy(input.street),
    postalCode: tidy(input.postalCode).toUpperCase(),
    city: tidy(input.city),
    country: tidy(input.country).toUpperCase(),
    phone: input.phone?.trim() ? tidy(input.phone) : null,
  };
}

/** Every field that is wrong, with why; empty when the (normalised) address is good. */
export function postalAddressProblems(address: PostalAddress): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, reason: string) => (problems[field] ??= []).push(reason);
  if (!address.name) add('name', 'must not be empty');
  if (!address.street) add('street', 'must not be empty');
  else if (!/\p{L}/u.test(address.street)) add('street', 'must name the street');
  if (!address.city) add('city', 'must not be empty');
  if (!isCountryCode(address.country)) add('country', 'must be a two-letter ISO country code such as DE');
  const format = POSTCODE_FORMATS[address.country];
  if (!address.postalCode) add('postalCode', 'must not be empty');
  else if (format && !format.pattern.test(address.postalCode)) {
    add('postalCode', `is not a postcode of ${address.country} (for example ${format.example})`);
  } else if (!format && !ANY_POSTCODE.test(address.postalCode))
    add('postalCode', 'may hold only letters, digits, spaces and dashes');
  if (address.phone && !PHONE.test(address.phone)) add('phone', 'must be a phone number such as +49 30 1234567');
  return problems;
}

/** Checks an address as a buyer typed it; a bad one is refused with the reason per field. */
export function validPostalAddress(input: PostalAddressFields): PostalAddress {
  const address = normalisePostalAddress(input);
  const problems = postalAddressProblems(address);
  if (Object.keys(problems).length) throw new InvalidInputError('Please check the address', problems);
  return address;
}
