import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import {
  Connection,
  ForbiddenError,
  InvalidInputError,
  keysetPage,
  NotFoundError,
  Transactional,
  TxHost,
  Viewer,
} from '@allmende/core';
import { ProductService } from '@allmende/catalog';
import { ProvenanceQueryService } from '@allmende/provenance';
import type { OfferFilterInput, PublishOfferInput } from '../api/dto/wholesale.inputs';
import { WholesaleError } from '../api/errors';
import { WholesaleOffer, WholesaleOfferTier } from '../entities/wholesale-offer.entity';
import { checkTiers, tierUnitPrice } from './tier-pricing';
import { WholesaleAccess } from './wholesale-access.service';

/** Wholesale offers: published by verified co-ops, browsed by verified co-ops, reserved by purchase orders. */
@Injectable()
export class OfferService {
  constructor(
    private readonly txHost: TxHost,
    private readonly access: WholesaleAccess,
    private readonly products: ProductService,
    private readonly provenance: ProvenanceQueryService,
  ) {}

  private get offers() {
    return this.txHost.tx.getRepository(WholesaleOffer);
  }

  @Transactional()
  async publish(viewer: Viewer, input: PublishOfferInput, now = new Date()): Promise<WholesaleOffer> {
    const seller = await this.access.actingFor(viewer, input.organisationId);
    const validFrom = input.validFrom ?? now;
    if (input.validUntil <= validFrom || input.validUntil <= now) {
      throw new InvalidInputError('An offer must be valid for some time from now', { validUntil: ['must be in the future'] });
    }
    if (input.minimumQuantity > input.totalQuantity) {
      throw new InvalidInputError('The minimum order cannot exceed what you offer', {
        minimumQuantity: ['must not exceed totalQuantity'],
      });
    }
    if (input.skontoDays > input.paymentNetDays) {
      throw new InvalidInputError('The skonto period must end within the payment term', {
        skontoDays: ['must not exceed paymentNetDays'],
      });
    }
    if (!input.lotId && !input.productId) {
      throw new InvalidInputError('Offer a lot or a product', { lotId: ['give a lot or a product'] });
    }
    const tiers = checkTiers(
      input.tiers.map((tier) => ({ minQuantity: tier.minQuantity, unitPrice: tier.unitPrice })),
      input.minimumQuantity,
    );
    let categoryId = input.categoryId ?? null;
    if (input.lotId) {
      const lot = await this.provenance.getLot(input.lotId);
      if (lot.custodianOrganisationId !== seller.id) {
        throw new WholesaleError('LOT_NOT_IN_CUSTODY', `Lot ${lot.code} is not held by your co-operative`);
      }
      if (lot.quantity !== null && input.totalQuantity > lot.quantity) {
        throw new WholesaleError('LOT_QUANTITY_EXCEEDED', `Lot ${lot.code} holds only ${lot.quantity} ${lot.uom ?? ''}`.trim(), {
          fields: { totalQuantity: [`must not exceed ${lot.quantity}`] },
        });
      }
    }
    if (input.productId) {
      const product = await this.products.get(input.productId);
      if (product.sellerKind !== 'ORGANISATION' || product.sellerId !== seller.id) {
        throw new ForbiddenError('You can offer only products your co-operative sells');
      }
      categoryId ??= product.categoryId;
    }
    const offer = await this.offers.save(
      this.offers.create({
        sellerOrganisationId: seller.id,
        lotId: input.lotId ?? null,
        productId: input.productId ?? null,
        categoryId,
        title: input.title.trim(),
        description: input.description.trim(),
        unit: input.unit,
        totalQuantity: input.totalQuantity,
        availableQuantity: input.totalQuantity,
        minimumQuantity: input.minimumQuantity,
        currency: input.currency,
        vatRateBp: input.vatRateBp,
        incoterm: input.incoterm,
        incotermPlace: input.incotermPlace.trim(),
        leadTimeDays: input.leadTimeDays,
        paymentNetDays: input.paymentNetDays,
        skontoBp: input.skontoBp,
        skontoDays: input.skontoDays,
        invoicing: input.invoicing,
        validFrom,
        validUntil: input.validUntil,
        state: 'OPEN',
      }),
    );
    await this.txHost.tx
      .getRepository(WholesaleOfferTier)
      .insert(tiers.map((tier) => ({ offerId: offer.id, minQuantity: tier.minQuantity, unitPrice: tier.unitPrice })));
    return offer;
  }

  /** Open offers still valid, newest first, for any verified co-op's staff. */
  async browse(
    viewer: Viewer | null,
    filter: OfferFilterInput,
    first: number,
    after?: string | null,
    now = new Date(),
  ): Promise<Connection<WholesaleOffer>> {
    await this.access.assertTrader(viewer);
    const query = this.offers.createQueryBuilder('o');
    if (filter.sellerOrganisationId) {
      query.where('o.seller_organisation_id = :seller', { seller: filter.sellerOrganisationId });
    } else {
      query.where(`o.state = 'OPEN' AND o.valid_until > :now AND o.valid_from <= :now`, { now });
    }
    if (filter.categoryId) query.andWhere('o.category_id = :categoryId', { categoryId: filter.categoryId });
    if (filter.incoterm) query.andWhere('o.incoterm = :incoterm', { incoterm: filter.incoterm });
    if (filter.currency) query.andWhere('o.currency = :currency', { currency: filter.currency });
    if (filter.search?.trim()) {
      const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((where) => where.where('o.title ILIKE :pattern', { pattern }).orWhere('o.description ILIKE :pattern')),
      );
    }
    return keysetPage(query, first, after, {
      sortColumn: 'o.created_at',
      idColumn: 'o.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (offer) => [offer.createdAt.toISOString(), offer.id],
    });
  }

  async get(viewer: Viewer | null, id: string): Promise<WholesaleOffer> {
    await this.access.assertTrader(viewer);
    return this.find(id);
  }

  async find(id: string): Promise<WholesaleOffer> {
    const offer = await this.offers.findOneBy({ id });
    if (!offer) throw new NotFoundError('Wholesale offer', id);
    return offer;
  }

  @Transactional()
  async withdraw(viewer: Viewer, id: string): Promise<WholesaleOffer> {
    const offer = await this.find(id);
    await this.access.actingFor(viewer, offer.sellerOrganisationId);
    if (offer.state !== 'OPEN') throw new WholesaleError('OFFER_NOT_OPEN', 'This offer is no longer open');
    offer.state = 'WITHDRAWN';
    return this.offers.save(offer);
  }

  async tiersOf(offerIds: readonly string[]): Promise<WholesaleOfferTier[]> {
    return offerIds.length
      ? this.txHost.tx
          .getRepository(WholesaleOfferTier)
          .find({ where: { offerId: In([...offerIds]) }, order: { minQuantity: 'ASC' } })
      : [];
  }

  async findByIds(ids: readonly string[]): Promise<WholesaleOffer[]> {
    return ids.length ? this.offers.findBy({ id: In([...ids]) }) : [];
  }

  /**
   * Checks a proposed quantity and unit price against the offer: open and valid, at least the
   * minimum, at most what is still available, and never dearer than the tier the quantity reaches
   * (the published price list binds the seller; negotiation only goes down from it). Returns the
   * tier price.
   */
  async checkProposal(offer: WholesaleOffer, quantity: number, unitPrice: number | null, now: Date): Promise<number> {
    assertOfferOpen(offer, now);
    if (quantity < offer.minimumQuantity) {
      throw new WholesaleError('QUANTITY_BELOW_MINIMUM', `The minimum order is ${offer.minimumQuantity} ${offer.unit}`, {
        fields: { quantity: [`must be at least ${offer.minimumQuantity}`] },
        minimumQuantity: offer.minimumQuantity,
      });
    }
    if (quantity > offer.availableQuantity) {
      throw new WholesaleError('QUANTITY_ABOVE_AVAILABLE', `Only ${offer.availableQuantity} ${offer.unit} are available`, {
        fields: { quantity: [`must be at most ${offer.availableQuantity}`] },
        availableQuantity: offer.availableQuantity,
      });
    }
    const tierPrice = tierUnitPrice(await this.tiersOf([offer.id]), quantity);
    if (tierPrice === null) throw new Error(`Offer ${offer.id} has no tier for its own minimum`);
    if (unitPrice !== null && unitPrice > tierPrice) {
      throw new WholesaleError('PRICE_ABOVE_TIER', 'A proposal may not ask more than the offer’s price for that quantity', {
        fields: { unitPrice: [`must be at most ${tierPrice}`] },
        tierUnitPrice: tierPrice,
      });
    }
    return tierPrice;
  }

  /**
   * Takes `quantity` from what the offer has available, in one conditional UPDATE: concurrent
   * acceptances queue on the row and each sees what the previous left, so the offer never
   * over-commits.
   */
  async reserve(offer: WholesaleOffer, quantity: number, now: Date): Promise<void> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE wholesale_offer SET available_quantity = available_quantity - $2
        WHERE id = $1 AND state = 'OPEN' AND valid_until > $3 AND available_quantity >= $2
        RETURNING available_quantity`,
      [offer.id, quantity, now],
    )) as [unknown[], number];
    if (!rows.length) {
      const current = await this.find(offer.id);
      assertOfferOpen(current, now);
      throw new WholesaleError(
        'QUANTITY_ABOVE_AVAILABLE',
        `Only ${current.availableQuantity} ${current.unit} are still available`,
        {
          availableQuantity: current.availableQuantity,
        },
      );
    }
  }

  /** Offers past their validity close; returns how many. */
  async expire(now: Date): Promise<number> {
    const result = await this.offers
      .createQueryBuilder()
      .update()
      .set({ state: 'EXPIRED' })
      .where(`state = 'OPEN' AND valid_until <= :now`, { now })
      .execute();
    return result.affected ?? 0;
  }
}

export function assertOfferOpen(offer: WholesaleOffer, now: Date): void {
  if (offer.state === 'EXPIRED' || (offer.state === 'OPEN' && offer.validUntil <= now)) {
    throw new WholesaleError('OFFER_EXPIRED', 'This offer has expired');
  }
  if (offer.state !== 'OPEN' || offer.validFrom > now) throw new WholesaleError('OFFER_NOT_OPEN', 'This offer is not open');
}
