import { EU_COUNTRIES, isCountryCode } from '@allmende/identity';

/**
 * Shipping zones, seen from the seller: its own country, the rest of the EU, the rest of the
 * world, or one country by its ISO code (which overrides the broader zone it lies in).
 */
export const BROAD_ZONES = ['DOMESTIC', 'EU', 'WORLD'] as const;
export type BroadZone = (typeof BROAD_ZONES)[number];
export type ShippingZone = BroadZone | string;

export function isShippingZone(value: string): value is ShippingZone {
  return (BROAD_ZONES as readonly string[]).includes(value) || isCountryCode(value);
}

/** The broad zone a destination lies in for a seller sending from `origin`. */
export function broadZoneOf(origin: string, destination: string): BroadZone {
  if (destination === origin) return 'DOMESTIC';
  return EU_COUNTRIES.has(destination) ? 'EU' : 'WORLD';
}

/** The zones that may apply to a destination, most specific first: the country itself, then its broad zone. */
export function zonesFor(origin: string, destination: string): [string, BroadZone] {
  return [destination, broadZoneOf(origin, destination)];
}
