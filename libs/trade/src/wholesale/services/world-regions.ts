/**
 * The Global North as the solidarity-economy movement usually draws it (the OECD's high-income
 * members and their neighbours); every other country counts as the Global South.
 */
const GLOBAL_NORTH = new Set(
  (
    'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK ' + 'GB NO IS LI CH US CA AU NZ JP KR IL'
  ).split(' '),
);

export const COUNTRY_PAIRS = ['SOUTH_SOUTH', 'SOUTH_NORTH', 'NORTH_SOUTH', 'NORTH_NORTH'] as const;
export type CountryPair = (typeof COUNTRY_PAIRS)[number];

const region = (country: string | null) => (country && GLOBAL_NORTH.has(country.toUpperCase()) ? 'NORTH' : 'SOUTH');

/** Seller's region first: SOUTH_NORTH is a co-op in the South selling to one in the North. */
export function countryPairOf(sellerCountry: string | null, buyerCountry: string | null): CountryPair {
  return `${region(sellerCountry)}_${region(buyerCountry)}` as CountryPair;
}
