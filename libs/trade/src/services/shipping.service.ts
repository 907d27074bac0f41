import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertCurrencyCode, DomainError, Transactional, TxHost, Viewer } from '@allmende/core';
import { Product, ProductService, SellerService } from '@allmende/catalog';
import { ProductShippingOption, SellerShipping, ShippingOptionKind } from '../entities/shipping.entity';
import { SellerShippingRules, ShippingLine } from './shipping-cost';

export interface ShippingOptionInput {
  kind: ShippingOptionKind;
  price: number;
  itemsPerParcel?: number | null;
}

export interface SellerShippingInput {
  organisationId?: string | null;
  currency: string;
  combinedParcelPrice?: number | null;
  combinedItemsPerParcel?: number | null;
  freeShippingThreshold?: number | null;
}

const NO_RULES: SellerShippingRules = { combined: null, freeShippingThreshold: null };

/** Sellers' shipping settings: each product's own options and the seller's combined parcels. */
@Injectable()
export class ShippingService {
  constructor(
    private readonly txHost: TxHost,
    private readonly products: ProductService,
    private readonly sellers: SellerService,
  ) {}

  private get options() {
    return this.txHost.tx.getRepository(ProductShippingOption);
  }

  /** Replaces a product's own options (an empty list: it ships the seller's way). */
  @Transactional()
  async setProductOptions(viewer: Viewer, productId: string, input: ShippingOptionInput[]): Promise<ProductShippingOption[]> {
    const product = await this.products.get(productId);
    await this.sellers.assertManages(viewer, product.sellerId, product.sellerKind);
    const kinds = input.map((option) => option.kind);
    if (new Set(kinds).size !== kinds.length) {
      throw new DomainError('BAD_USER_INPUT', 'Give each kind of shipping option once', {
        fields: { options: ['duplicate kind'] },
      });
    }
    for (const option of input) {
      if (option.kind === 'PARCEL' && !option.itemsPerParcel) {
        throw new DomainError('BAD_USER_INPUT', 'A parcel option needs the number of items per parcel', {
          fields: { itemsPerParcel: ['is required for PARCEL'] },
        });
      }
    }
    await this.options.delete({ productId });
    const rows = input.map((option) =>
      this.options.create({
        productId,
        kind: option.kind,
        price: option.price,
        itemsPerParcel: option.kind === 'PARCEL' ? option.itemsPerParcel! : null,
      }),
    );
    if (rows.length) await this.options.insert(rows);
    return rows;
  }

  @Transactional()
  async setSellerShipping(viewer: Viewer, input: SellerShippingInput): Promise<SellerShipping> {
    const { sellerId } = await this.sellers.sellerFor(viewer, input.organisationId);
    assertCurrencyCode(input.currency);
    if ((input.combinedParcelPrice == null) !== (input.combinedItemsPerParcel == null)) {
      throw new DomainError('BAD_USER_INPUT', 'Give the combined parcel price with its items per parcel, or neither', {
        fields: { combinedItemsPerParcel: ['goes with combinedParcelPrice'] },
      });
    }
    const repository = this.txHost.tx.getRepository(SellerShipping);
    await repository.upsert(
      {
        sellerId,
        currency: input.currency,
        combinedParcelPrice: input.combinedParcelPrice ?? null,
        combinedItemsPerParcel: input.combinedItemsPerParcel ?? null,
        freeShippingThreshold: input.freeShippingThreshold ?? null,
      },
      ['sellerId'],
    );
    return repository.findOneByOrFail({ sellerId });
  }

  async sellerShipping(viewer: Viewer, organisationId?: string | null): Promise<SellerShipping | null> {
    const { sellerId } = await this.sellers.sellerFor(viewer, organisationId);
    return this.txHost.tx.getRepository(SellerShipping).findOneBy({ sellerId });
  }

  productOf(id: string): Promise<Product> {
    return this.products.get(id);
  }

  async optionsOf(productIds: readonly string[]): Promise<ProductShippingOption[]> {
    return productIds.length ? this.options.find({ where: { productId: In([...productIds]) }, order: { kind: 'ASC' } }) : [];
  }

  /** The shipping rules of each seller, by seller id (a seller without settings has none). */
  async rulesOf(sellerIds: readonly string[]): Promise<Map<string, SellerShippingRules & { currency: string | null }>> {
    const rows = sellerIds.length
      ? await this.txHost.tx.getRepository(SellerShipping).findBy({ sellerId: In([...sellerIds]) })
      : [];
    const rules = new Map<string, SellerShippingRules & { currency: string | null }>(
      sellerIds.map((id) => [id, { ...NO_RULES, currency: null }]),
    );
    for (const row of rows) {
      rules.set(row.sellerId, {
        currency: row.currency,
        combined:
          row.combinedParcelPrice !== null && row.combinedItemsPerParcel !== null
            ? { price: row.combinedParcelPrice, itemsPerParcel: row.combinedItemsPerParcel }
            : null,
        freeShippingThreshold: row.freeShippingThreshold,
      });
    }
    return rules;
  }

  /** A cart line as the shipping calculation sees it. */
  static lineOf(product: Product, quantity: number, options: readonly ProductShippingOption[]): ShippingLine {
    const pickup = options.find((option) => option.kind === 'PICKUP');
    const parcel = options.find((option) => option.kind === 'PARCEL');
    return {
      productId: product.id,
      quantity,
      pickupPrice: pickup ? pickup.price : null,
      parcel: parcel ? { price: parcel.price, itemsPerParcel: parcel.itemsPerParcel! } : null,
    };
  }
}
