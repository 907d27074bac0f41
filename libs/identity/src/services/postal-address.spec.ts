import { COUNTRY_CODES, EU_COUNTRIES, normalisePostalAddress, postalAddressProblems } from './postal-address';

const address = (overrides: Partial<Record<'name' | 'street' | 'postalCode' | 'city' | 'country' | 'phone', string>>) =>
  normalisePostalAddress({
    name: 'Anna Schmidt',
    street: 'Lindenstraße 5',
    postalCode: '10969',
    city: 'Berlin',
    country: 'DE',
    ...overrides,
  });

describe('postal addresses', () => {
  it('knows the 249 ISO countries and the 27 EU members', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(EU_COUNTRIES.size).toBe(27);
    for (const member of EU_COUNTRIES) expect(COUNTRY_CODES).toContain(member);
  });

  it('accepts good addresses, tidied: upper-case postcode and country, single spaces', () => {
    expect(postalAddressProblems(address({}))).toEqual({});
    const dutch = address({ postalCode: ' 1012  ab ', country: 'nl', city: 'Amsterdam', street: 'Damrak  1' });
    expect(dutch).toMatchObject({ postalCode: '1012 AB', country: 'NL', street: 'Damrak 1', phone: null });
    expect(postalAddressProblems(dutch)).toEqual({});
    expect(postalAddressProblems(address({ postalCode: 'SW1A 1AA', country: 'GB', city: 'London' }))).toEqual({});
    expect(postalAddressProblems(address({ postalCode: '00-950', country: 'PL', city: 'Warszawa' }))).toEqual({});
    // A country without a known format takes any plausible code.
    expect(postalAddressProblems(address({ postalCode: 'NT-0012', country: 'GH', city: 'Tamale' }))).toEqual({});
  });

  it('names each bad field: a postcode of the wrong shape for its country, an unknown country, empty fields, a bad phone', () => {
    expect(postalAddressProblems(address({ postalCode: '1096' }))).toEqual({
      postalCode: ['is not a postcode of DE (for example 10115)'],
    });
    expect(Object.keys(postalAddressProblems(address({ postalCode: '10969', country: 'AT' })))).toEqual(['postalCode']);
    expect(Object.keys(postalAddressProblems(address({ postalCode: '1012', country: 'NL' })))).toEqual(['postalCode']);
    expect(postalAddressProblems(address({ country: 'XX' }))).toEqual({
      country: ['must be a two-letter ISO country code such as DE'],
    });
    expect(postalAddressProblems(address({ name: ' ', street: '12', city: '', phone: 'call me' }))).toEqual({
      name: ['must not be empty'],
      street: ['must name the street'],
      city: ['must not be empty'],
      phone: ['must be a phone number such as +49 30 1234567'],
    });
  });
});
