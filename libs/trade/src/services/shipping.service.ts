import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertCurrencyCode, InvalidInputError, Transactional, TxHost, Viewer } from '@allmende/core';
import { Product, ProductService, SellerKind, SellerService } from '@allmende/catalog';
import { isCountryCode, OrganisationService } from '@allmende/identity';
import {
  ProductShippingExclusion,
  ProductShippingOption,
  ShippingOptionKind,
  ShippingProfile,
  ShippingZoneRate,
} from '../entities/shipping.entity';
import { SellerShippingRules, ShippingLine } from './shipping-cost';
import { isShippingZone, zonesFor } from './shipping-zone';

export interface ShippingOptionInput {
  kind: ShippingOptionKind;
  price: number;
  itemsPerParcel?: number | null;
  /** For PARCEL: the zone this price is for; left out: wherever the product has no price for the zone. */
  zone?: string | null;
}

export interface ZoneRateInput {
  zone: string;
  itemPrice?: number | null;
  combinedParcelPrice?: number | null;
  combinedItemsPerParcel?: number | null;
  freeShippingThreshold?: number | null;
}

export interface ShippingProfileInput {
  organisationId?: string | null;
  originCountry: string;
  currency: string;
  rates: ZoneRateInput[];
}

/** How one seller ships to the cart's destination. */
export interface SellerDestination {
  /** The zones that apply, most specific first (the seller's own country when no destination is known yet). */
  zones: string[];
  /** The zone whose rate applies; null when the seller has no shipping profile (it ships everywhere its own way). */
  zone: string | null;
  /** False when the seller has a profile but no rate for the destination. */
  delivers: boolean;
  rules: SellerShippingRules;
  itemPrice: number | null;
}

const NO_RULES: SellerShippingRules = { combined: null, freeShippingThreshold: null };
const MAX_ZONE_RATES = 60;

/** Sellers' shipping settings: profiles with rates per zone, and each product's own options and exclusions. */
@Injectable()
export class ShippingService {
  constructor(
    private readonly txHost: TxHost,
    private readonly products: ProductService,
    private readonly sellers: SellerService,
    private readonly organisations: OrganisationService,
  ) {}

  private get options() {
    return this.txHost.tx.getRepository(ProductShippingOption);
  }

  private get exclusions() {
    return this.txHost.tx.getRepository(ProductShippingExclusion);
  }

  /** Replaces a product's own options (an empty list: it ships the seller's way) and the zones it is not sent to. */
  @Transactional()
  async setProductOptions(
    viewer: Viewer,
    productId: string,
    input: ShippingOptionInput[],
    notShippedTo: string[] = [],
  ): Promise<ProductShippingOption[]> {
    const product = await this.products.get(productId);
    await this.sellers.assertManages(viewer, product.sellerId, product.sellerKind);
    const rows = input.map((option) => ({
      productId,
      kind: option.kind,
      zone: option.kind === 'PARCEL' ? option.zone?.trim().toUpperCase() || 'ANY' : 'ANY',
      price: option.price,
      itemsPerParcel: option.kind === 'PARCEL' ? (option.itemsPerParcel ?? null) : null,
    }));
    const fields: Record<string, string[]> = {};
    const keys = rows.map((row) => `${row.kind}:${row.zone}`);
    if (new Set(keys).size !== keys.length) fields.options = ['give each kind of option once per zone'];
    if (rows.some((row) => row.kind === 'PARCEL' && !row.itemsPerParcel)) fields.itemsPerParcel = ['is required for PARCEL'];
    if (rows.some((row) => row.zone !== 'ANY' && !isShippingZone(row.zone))) fields.zone = [ZONE_REASON];
    const excluded = [...new Set(notShippedTo.map((zone) => zone.trim().toUpperCase()))];
    if (excluded.some((zone) => !isShippingZone(zone))) fields.notShippedTo = [ZONE_REASON];
    if (Object.keys(fields).length) throw new InvalidInputError('Please check the shipping options', fields);

    await this.options.delete({ productId });
    await this.exclusions.delete({ productId });
    if (rows.length) await this.options.insert(rows);
    if (excluded.length) await this.exclusions.insert(excluded.map((zone) => ({ productId, zone })));
    return this.options.findBy({ productId });
  }

  /** Sets where the seller ships from and its rates, replacing every zone's rate (a zone left out: not delivered to). */
  @Transactional()
  async setProfile(viewer: Viewer, input: ShippingProfileInput): Promise<ShippingProfile> {
    const { sellerId } = await this.sellers.sellerFor(viewer, input.organisationId);
    assertCurrencyCode(input.currency);
    const originCountry = input.originCountry.trim().toUpperCase();
    const rates = input.rates.map((rate) => ({ ...rate, zone: rate.zone.trim().toUpperCase() }));
    const fields: Record<string, string[]> = {};
    if (!isCountryCode(originCountry)) fields.originCountry = ['must be a two-letter ISO country code such as DE'];
    rates.forEach((rate, i) => {
      if (!isShippingZone(rate.zone) || rate.zone === originCountry) fields[`rates.${i}.zone`] = [ZONE_REASON];
      if ((rate.combinedParcelPrice == null) !== (rate.combinedItemsPerParcel == null)) {
        fields[`rates.${i}.combinedItemsPerParcel`] = ['goes with combinedParcelPrice'];
      }
    });
    const zones = rates.map((rate) => rate.zone);
    if (new Set(zones).size !== zones.length) fields.rates = ['give each zone once'];
    if (rates.length > MAX_ZONE_RATES) fields.rates = [`at most ${MAX_ZONE_RATES} zones`];
    if (Object.keys(fields).length) throw new InvalidInputError('Please check the shipping rates', fields);

    const manager = this.txHost.tx;
    await manager.getRepository(ShippingProfile).upsert({ sellerId, originCountry, currency: input.currency }, ['sellerId']);
    await manager.getRepository(ShippingZoneRate).delete({ sellerId });
    if (rates.length) {
      await manager.getRepository(ShippingZoneRate).insert(
        rates.map((rate) => ({
          sellerId,
          zone: rate.zone,
          itemPrice: rate.itemPrice ?? null,
          combinedParcelPrice: rate.combinedParcelPrice ?? null,
          combinedItemsPerParcel: rate.combinedItemsPerParcel ?? null,
          freeShippingThreshold: rate.freeShippingThreshold ?? null,
        })),
      );
    }
    return manager.getRepository(ShippingProfile).findOneByOrFail({ sellerId });
  }

  async profile(viewer: Viewer, organisationId?: string | null): Promise<ShippingProfile | null> {
    const { sellerId } = await this.sellers.sellerFor(viewer, organisationId);
    return this.txHost.tx.getRepository(ShippingProfile).findOneBy({ sellerId });
  }

  /** The rates of each profile, broad zones first, then countries in alphabetical order. */
  async ratesOf(sellerIds: readonly string[]): Promise<ShippingZoneRate[]> {
    if (!sellerIds.length) return [];
    const rows = await this.txHost.tx.getRepository(ShippingZoneRate).findBy({ sellerId: In([...sellerIds]) });
    const rank = (zone: string) => ['DOMESTIC', 'EU', 'WORLD'].indexOf(zone) + 1 || 4;
    return rows.sort((a, b) => rank(a.zone) - rank(b.zone) || a.zone.localeCompare(b.zone));
  }

  productOf(id: string): Promise<Product> {
    return this.products.get(id);
  }

  async optionsOf(productIds: readonly string[]): Promise<ProductShippingOption[]> {
    return productIds.length
      ? this.options.find({ where: { productId: In([...productIds]) }, order: { kind: 'ASC', zone: 'ASC' } })
      : [];
  }

  async exclusionsOf(productIds: readonly string[]): Promise<ProductShippingExclusion[]> {
    return productIds.length ? this.exclusions.find({ where: { productId: In([...productIds]) }, order: { zone: 'ASC' } }) : [];
  }

  /**
   * How each seller ships to `destination` (a country; null: not known yet, priced as within the
   * seller's own country). Rates in another currency than the cart's do not apply.
   */
  async destinationsOf(
    sellers: readonly { id: string; kind: SellerKind }[],
    destination: string | null,
    currency: string,
  ): Promise<Map<string, SellerDestination>> {
    const ids = sellers.map((seller) => seller.id);
    const [profiles, rates, organisations] = await Promise.all([
      ids.length ? this.txHost.tx.getRepository(ShippingProfile).findBy({ sellerId: In(ids) }) : [],
      this.ratesOf(ids),
      this.organisations.findByIds(sellers.filter((s) => s.kind === 'ORGANISATION').map((s) => s.id)),
    ]);
    const profileOf = new Map(profiles.map((profile) => [profile.sellerId, profile]));
    const countryOf = new Map(organisations.map((organisation) => [organisation.id, organisation.country]));
    const result = new Map<string, SellerDestination>();
    for (const { id } of sellers) {
      const profile = profileOf.get(id);
      // Without a profile the seller's legal address tells where it sends from (a private seller: Germany, the platform's home).
      const origin = profile?.originCountry ?? countryOf.get(id) ?? 'DE';
      const zones = destination ? zonesFor(origin, destination) : ['DOMESTIC'];
      if (!profile) {
        result.set(id, { zones, zone: null, delivers: true, rules: NO_RULES, itemPrice: null });
        continue;
      }
      const rate = zones.map((zone) => rates.find((r) => r.sellerId === id && r.zone === zone)).find(Boolean);
      if (!rate) {
        result.set(id, { zones, zone: null, delivers: false, rules: NO_RULES, itemPrice: null });
        continue;
      }
      const applies = profile.currency === currency;
      result.set(id, {
        zones,
        zone: rate.zone,
        delivers: true,
        rules: applies
          ? {
              combined:
                rate.combinedParcelPrice !== null && rate.combinedItemsPerParcel !== null
                  ? { price: rate.combinedParcelPrice, itemsPerParcel: rate.combinedItemsPerParcel }
                  : null,
              freeShippingThreshold: rate.freeShippingThreshold,
            }
          : NO_RULES,
        itemPrice: applies ? rate.itemPrice : null,
      });
    }
    return result;
  }

  /**
   * A cart line as the shipping calculation sees it for the seller's destination: the product's
   * own parcel for the most specific zone it has one for, else (a product without options of its
   * own) the seller's price per item in that zone.
   */
  static lineOf(
    product: Product,
    quantity: number,
    options: readonly ProductShippingOption[],
    exclusions: readonly ProductShippingExclusion[],
    destination: SellerDestination,
  ): ShippingLine {
    const pickup = options.find((option) => option.kind === 'PICKUP');
    const parcels = options.filter((option) => option.kind === 'PARCEL');
    const parcel = [...destination.zones, 'ANY'].map((zone) => parcels.find((p) => p.zone === zone)).find(Boolean);
    const shipsSellersWay = !pickup && !parcel;
    const excluded = exclusions.some((exclusion) => destination.zones.includes(exclusion.zone));
    return {
      productId: product.id,
      quantity,
      notShipped: !destination.delivers || excluded,
      pickupPrice: pickup ? pickup.price : null,
      parcel: parcel
        ? { price: parcel.price, itemsPerParcel: parcel.itemsPerParcel! }
        : shipsSellersWay && destination.itemPrice !== null
          ? { price: destination.itemPrice, itemsPerParcel: 1 }
          : null,
    };
  }
}

const ZONE_REASON = 'must be DOMESTIC, EU, WORLD or a two-letter ISO country code other than the origin';
