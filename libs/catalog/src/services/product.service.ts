import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  assertCurrencyCode,
  Connection,
  DomainError,
  keysetPage,
  NotFoundError,
  Transactional,
  TxHost,
  Viewer,
} from '@allmende/core';
import { OrganisationService } from '@allmende/identity';
import { assertFeeCurrency } from '@allmende/policy';
import type { CreateProductInput, ProductFieldsInput } from '../api/dto/product.inputs';
import { Category } from '../entities/category.entity';
import { Product, SellerKind } from '../entities/product.entity';
import { ProductImage } from '../entities/product-image.entity';
import { LISTED_STATES, productMachine, ProductState, stateForStock } from '../state/product-state';
import { SellerService } from './seller.service';

@Injectable()
export class ProductService {
  constructor(
    private readonly txHost: TxHost,
    private readonly sellers: SellerService,
    private readonly organisations: OrganisationService,
  ) {}

  private get products() {
    return this.txHost.tx.getRepository(Product);
  }

  @Transactional()
  async create(viewer: Viewer, input: CreateProductInput): Promise<Product> {
    const { organisationId, ...fields } = input;
    const seller = await this.sellers.sellerFor(viewer, organisationId);
    return this.write(this.newListing(seller), fields);
  }

  @Transactional()
  async update(viewer: Viewer, id: string, input: ProductFieldsInput): Promise<Product> {
    const product = await this.getManaged(viewer, id);
    if (product.state === 'CLOSED') throw new DomainError('PRODUCT_CLOSED', 'A closed listing cannot be changed; list it anew');
    return this.write(product, input);
  }

  /**
   * Creates or updates the seller's listing with this SKU; unchanged input writes nothing. Used by the CSV import.
   * With `publish`, a draft is then put on sale through the product machine, as {@link activate} does; when the
   * machine refuses (incomplete listing, no stock, seller's legal details missing) it stays a draft and
   * `notOnSale` says why.
   */
  @Transactional()
  async upsertBySku(
    seller: { sellerId: string; sellerKind: SellerKind },
    sku: string,
    input: ProductFieldsInput,
    publish = false,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; state: ProductState; notOnSale?: string }> {
    const existing = await this.products.findOne({
      where: { sellerId: seller.sellerId, sku },
      relations: { images: true },
      order: { images: { position: 'ASC' } },
    });
    let outcome: 'created' | 'updated' | 'unchanged';
    let product: Product;
    if (!existing) {
      product = await this.write(this.newListing(seller), { ...input, sku });
      outcome = 'created';
    } else {
      if (existing.state === 'CLOSED') throw new DomainError('PRODUCT_CLOSED', `The listing with SKU ${sku} is closed`);
      const before = JSON.stringify(snapshot(existing));
      const after = snapshot(this.applyFields(this.products.create({ ...existing, images: existing.images }), input));
      outcome = JSON.stringify(after) === before ? 'unchanged' : 'updated';
      product = outcome === 'unchanged' ? existing : await this.write(existing, input);
    }
    if (!publish || product.state !== 'DRAFT') return { outcome, state: product.state };
    try {
      await this.putOnSale(product);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { outcome, state: 'DRAFT', notOnSale: error.message };
    }
    await this.products.update({ id: product.id }, { state: product.state, publishedAt: product.publishedAt });
    return { outcome, state: product.state };
  }

  private newListing(seller: { sellerId: string; sellerKind: SellerKind }): Product {
    return this.products.create({ ...seller, state: 'DRAFT', stock: 0, friendlyPercent: 0, description: '' });
  }

  /** DRAFT or SOLD_OUT -> ACTIVE, once the listing is complete and its seller may sell. */
  @Transactional()
  async activate(viewer: Viewer, id: string): Promise<Product> {
    const product = await this.getManaged(viewer, id);
    await this.putOnSale(product);
    return this.products.save(product);
  }

  /** Moves the listing to ACTIVE through the product machine (the caller saves it). */
  private async putOnSale(product: Product): Promise<void> {
    await productMachine.transition(product, 'ACTIVE', {
      missingLegalDetails: async () => {
        const seller = await this.sellers.profile(product.sellerId, product.sellerKind);
        return { name: seller.name, missing: seller.missingLegalDetails };
      },
    });
    product.publishedAt ??= new Date();
  }

  @Transactional()
  async close(viewer: Viewer, id: string): Promise<Product> {
    const product = await this.getManaged(viewer, id);
    productMachine.assert(product.state, 'CLOSED');
    product.state = 'CLOSED';
    return this.products.save(product);
  }

  async get(id: string): Promise<Product> {
    const product = await this.products.findOneBy({ id });
    if (!product) throw new NotFoundError('Product', id);
    return product;
  }

  /** A product as the viewer may see it: a draft only by its seller; to anyone else it does not exist. */
  async getVisible(viewer: Viewer | null, id: string): Promise<Product> {
    const product = await this.get(id);
    if (product.state !== 'DRAFT' || (viewer && (await this.sellers.manages(viewer, product.sellerId, product.sellerKind)))) {
      return product;
    }
    throw new NotFoundError('Product', id);
  }

  /** Marks products traceable or not; called by the provenance context, which knows their lots. */
  async setTraceable(ids: readonly string[], traceable: boolean): Promise<void> {
    if (ids.length) await this.txHost.tx.query(`UPDATE product SET traceable = $2 WHERE id = ANY($1)`, [ids, traceable]);
  }

  async findByIds(ids: readonly string[]): Promise<Product[]> {
    return ids.length ? this.products.findBy({ id: In([...ids]) }) : [];
  }

  async imagesOf(productIds: readonly string[]): Promise<ProductImage[]> {
    return this.txHost.tx
      .getRepository(ProductImage)
      .find({ where: { productId: In([...productIds]) }, order: { position: 'ASC' } });
  }

  /** A seller's listings, newest first: all of them for the seller, listed ones for everyone else. */
  async listBySeller(
    sellerId: string,
    includeUnlisted: boolean,
    first: number,
    after?: string | null,
  ): Promise<Connection<Product>> {
    const query = this.products.createQueryBuilder('p').where('p.seller_id = :sellerId', { sellerId });
    if (!includeUnlisted) query.andWhere('p.state IN (:...listed)', { listed: LISTED_STATES });
    return this.page(query, first, after, 'created_at');
  }

  /** Listed products, newest first. */
  async listNewest(first: number, after?: string | null): Promise<Connection<Product>> {
    const query = this.products.createQueryBuilder('p').where('p.state IN (:...listed)', { listed: LISTED_STATES });
    return this.page(query, first, after, 'published_at');
  }

  private page(
    query: ReturnType<ProductService['products']['createQueryBuilder']>,
    first: number,
    after: string | null | undefined,
    column: 'created_at' | 'published_at',
  ): Promise<Connection<Product>> {
    const key = column === 'created_at' ? 'createdAt' : 'publishedAt';
    return keysetPage(query, first, after, {
      sortColumn: `p.${column}`,
      idColumn: 'p.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (p) => [(p[key] as Date).toISOString(), p.id],
    });
  }

  private async getManaged(viewer: Viewer, id: string): Promise<Product> {
    const product = await this.get(id);
    await this.sellers.assertManages(viewer, product.sellerId, product.sellerKind);
    return product;
  }

  /** Checks the input against the rules (before anything is written), applies it and saves the listing with its gallery. */
  private async write(product: Product, input: ProductFieldsInput): Promise<Product> {
    const next = this.applyFields(product, input);
    await this.assertValid(next);
    if (input.stock !== undefined) next.state = stateForStock(next.state, next.stock);
    // The gallery is replaced as a whole below: saving it with the row would collide with the old positions.
    next.images = undefined;
    const saved = await this.products.save(next);
    if (input.images) {
      const images = this.txHost.tx.getRepository(ProductImage);
      await images.delete({ productId: saved.id });
      saved.images = input.images.map((image, position) =>
        images.create({ productId: saved.id, url: image.url, alt: image.alt ?? '', position }),
      );
      if (saved.images.length) await images.insert(saved.images);
    }
    return saved;
  }

  private applyFields(product: Product, input: ProductFieldsInput): Product {
    const { price, images, fairQuestionnaire, ...fields } = input;
    Object.assign(product, withoutUndefined(fields));
    if (price) Object.assign(product, { priceAmount: price.amount, currency: price.currency });
    if (fairQuestionnaire !== undefined) product.fairQuestionnaire = fairQuestionnaire ? { ...fairQuestionnaire } : null;
    if (images) product.images = images.map((image, position) => Object.assign(new ProductImage(), { ...image, position }));
    return product;
  }

  private async assertValid(product: Product): Promise<void> {
    if (!product.title?.trim())
      throw new DomainError('BAD_USER_INPUT', 'A listing needs a title', { fields: { title: ['must not be empty'] } });
    if (!product.priceAmount || product.priceAmount <= 0) {
      throw new DomainError('BAD_USER_INPUT', 'A listing needs a price above zero', {
        fields: { price: ['must be above zero'] },
      });
    }
    assertCurrencyCode(product.currency);
    assertFeeCurrency(product.currency);
    if (product.vatRateBp === undefined || product.vatRateBp === null) {
      throw new DomainError('BAD_USER_INPUT', 'A listing needs its VAT rate', { fields: { vatRateBp: ['is required'] } });
    }
    if (product.categoryId && !(await this.txHost.tx.getRepository(Category).existsBy({ id: product.categoryId }))) {
      throw new DomainError('UNKNOWN_CATEGORY', `There is no category ${product.categoryId}`);
    }
    if (product.fair && !product.fairSeal && !product.fairQuestionnaire) {
      throw new DomainError('FAIR_CLAIM_UNSUPPORTED', 'A fair listing needs a fair seal or a completed fair-trust questionnaire');
    }
    if (product.ecological && !product.ecologicalSeal) {
      throw new DomainError('ECOLOGICAL_CLAIM_UNSUPPORTED', 'An ecological listing needs the name of its seal');
    }
    if ((product.unit == null) !== (product.unitQuantity == null)) {
      throw new DomainError('BAD_USER_INPUT', 'Give the package content with its unit, or neither', {
        fields: { unitQuantity: ['goes with unit'] },
      });
    }
    if ((product.friendlyPercent ?? 0) > 0 !== Boolean(product.donationOrganisationId)) {
      throw new DomainError(
        'DONATION_INCOMPLETE',
        'A friendly percent needs an NGO to receive it, and an NGO needs a percent above 0',
      );
    }
    if (product.donationOrganisationId) {
      const ngo = await this.organisations.get(product.donationOrganisationId);
      if (ngo.kind !== 'NGO' || !ngo.verifiedAt) {
        throw new DomainError('DONATION_NOT_ALLOWED', `${ngo.name} is not a verified NGO, so it cannot receive donations`);
      }
    }
    if (product.sku) {
      const twin = await this.products.findOneBy({ sellerId: product.sellerId, sku: product.sku });
      if (twin && twin.id !== product.id)
        throw new DomainError('SKU_TAKEN', `You already have a listing with SKU ${product.sku}`);
    }
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What the CSV import compares to tell whether a row changes a listing. */
function snapshot(product: Product) {
  const { id: _id, createdAt: _c, updatedAt: _u, publishedAt: _p, images, ...fields } = product;
  return { ...fields, images: (images ?? []).map((image) => [image.url, image.alt]) };
}
