import { EntityManager } from 'typeorm';
import { Product } from '@allmende/catalog';
import type { ProductShippingOption, ShippingProfile, ShippingZoneRate } from '@allmende/trade';

type Rate = Omit<ShippingZoneRate, 'sellerId'>;

const rate = (
  zone: string,
  combined: [price: number, items: number] | null,
  freeFrom: number | null,
  itemPrice: number | null = null,
): Rate => ({
  zone,
  itemPrice,
  combinedParcelPrice: combined?.[0] ?? null,
  combinedItemsPerParcel: combined?.[1] ?? null,
  freeShippingThreshold: freeFrom,
});

/**
 * Shipping as the demo sellers would set it, at German carriers' 2026 parcel prices. The
 * overseas co-ops sell what their importer keeps in a warehouse in Germany, so their parcels
 * leave from Germany too; nobody ships a parcel within Germany for free below a threshold.
 */
const PROFILES: Record<string, { origin: string; rates: Rate[]; ownParcels?: Record<string, number> }> = {
  'chiapas@allmende.example': {
    origin: 'DE',
    rates: [rate('DOMESTIC', [490, 10], 4900), rate('EU', [990, 10], 9900), rate('CH', [1890, 10], null)],
  },
  'darjeeling@allmende.example': {
    origin: 'DE',
    rates: [rate('DOMESTIC', [450, 8], 3900), rate('EU', [890, 8], 8900), rate('WORLD', [1990, 8], null)],
  },
  'kakao@allmende.example': {
    origin: 'DE',
    rates: [rate('DOMESTIC', [490, 10], 4000), rate('EU', [1090, 10], 10000)],
  },
  'shea@allmende.example': {
    origin: 'DE',
    rates: [rate('DOMESTIC', [550, 6], 5000), rate('EU', [1200, 6], null)],
  },
  'weberei@allmende.example': {
    origin: 'DE',
    rates: [rate('DOMESTIC', [590, 5], 8000), rate('EU', [1490, 5], 15000), rate('WORLD', [2990, 5], null)],
  },
  // Fragile pottery: each piece in its own padded parcel unless combined, never outside Europe,
  // and it may be fetched from the workshop in Halle.
  'keramik@allmende.example': {
    origin: 'DE',
    rates: [rate('DOMESTIC', [990, 4], 12000), rate('EU', [2490, 4], null)],
    ownParcels: { DOMESTIC: 699, EU: 1690 },
  },
};

/**
 * Gives every demo seller its shipping profile (and the workshop's pieces their own parcels and a
 * free pickup). Trade exports its tables' types only, so the seed, writing demo rows as a
 * migration would, names the repositories by entity.
 */
export async function seedDemoShipping(db: EntityManager, organisationOfOwner: Map<string, string>): Promise<void> {
  for (const [owner, profile] of Object.entries(PROFILES)) {
    const sellerId = organisationOfOwner.get(owner)!;
    await db
      .getRepository<ShippingProfile>('ShippingProfile')
      .insert({ sellerId, originCountry: profile.origin, currency: 'EUR' });
    await db.getRepository<ShippingZoneRate>('ShippingZoneRate').insert(profile.rates.map((r) => ({ ...r, sellerId })));
    if (profile.ownParcels) {
      const products = await db.getRepository(Product).find({ where: { sellerId }, select: { id: true } });
      const parcels = Object.entries(profile.ownParcels);
      await db
        .getRepository<ProductShippingOption>('ProductShippingOption')
        .insert(
          products.flatMap((p) => [
            { productId: p.id, kind: 'PICKUP' as const, zone: 'ANY', price: 0, itemsPerParcel: null },
            ...parcels.map(([zone, price]) => ({ productId: p.id, kind: 'PARCEL' as const, zone, price, itemsPerParcel: 1 })),
          ]),
        );
    }
  }
}
