import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError, InvalidInputError, MediaStorage, NotFoundError, Transactional, TxHost, Viewer } from '@allmende/core';
import { Product } from '../entities/product.entity';
import { ProductImage } from '../entities/product-image.entity';
import { PreparedPhoto, preparePhoto } from './product-photos';
import { SellerService } from './seller.service';

export const MAX_PHOTOS_PER_PRODUCT = 12;

/** The stored files of one photo: `<storageKey>-<width>.webp` for each of its widths. */
export function photoFileKeys(image: Pick<ProductImage, 'storageKey' | 'widths'>): string[] {
  return image.storageKey ? (image.widths ?? []).map((width) => `${image.storageKey}-${width}.webp`) : [];
}

/** Product photos: uploaded, checked and resized, stored behind the media port, arranged by the seller. */
@Injectable()
export class ProductPhotoService {
  private readonly logger = new Logger('ProductPhotos');

  constructor(
    private readonly txHost: TxHost,
    private readonly storage: MediaStorage,
    private readonly sellers: SellerService,
  ) {}

  private get images() {
    return this.txHost.tx.getRepository(ProductImage);
  }

  /**
   * Adds a photo at the end of the gallery. Everything is checked before anything is stored; the
   * files are written before the row (outside its transaction), and removed again if the row is not.
   */
  async upload(viewer: Viewer, productId: string, bytes: Buffer, alt: string): Promise<ProductImage> {
    await this.assertManages(viewer, productId);
    if (alt.length > 300) throw new InvalidInputError('The description is too long', { alt: ['must be at most 300 characters'] });
    const photo = await preparePhoto(bytes);
    const id = randomUUID();
    const storageKey = `products/${productId}/${id}`;
    await this.store(storageKey, photo);
    try {
      return await this.addRow(viewer, productId, { id, storageKey, photo, alt: alt.trim() });
    } catch (error) {
      await this.storage.delete(photo.renditions.map((r) => `${storageKey}-${r.width}.webp`));
      throw error;
    }
  }

  /**
   * Sets the gallery's order and descriptions; photos left out are removed (their files once the
   * removal has committed, and only when no other listing shows the same files).
   */
  async arrange(viewer: Viewer, productId: string, wanted: { id: string; alt: string }[]): Promise<ProductImage[]> {
    const removed = await this.reorder(viewer, productId, wanted);
    const stillShown = removed.length
      ? await this.images.find({ where: { storageKey: In(removed.map((image) => image.storageKey!)) } })
      : [];
    const shownKeys = new Set(stillShown.map((image) => image.storageKey));
    const orphaned = removed.filter((image) => !shownKeys.has(image.storageKey)).flatMap(photoFileKeys);
    await this.storage
      .delete(orphaned)
      .catch((error: unknown) => this.logger.warn(`Could not delete ${orphaned.join(', ')}: ${error}`));
    return this.images.find({ where: { productId }, order: { position: 'ASC' } });
  }

  /** Stores a prepared photo's files under the key (the demo seed uses it for its generated pictures). */
  async store(storageKey: string, photo: PreparedPhoto): Promise<void> {
    for (const rendition of photo.renditions) await this.storage.put(`${storageKey}-${rendition.width}.webp`, rendition.content);
  }

  @Transactional()
  private async addRow(
    viewer: Viewer,
    productId: string,
    row: { id: string; storageKey: string; photo: PreparedPhoto; alt: string },
  ): Promise<ProductImage> {
    // Locked, so two uploads at once get different positions and cannot pass the limit together.
    await this.txHost.tx.getRepository(Product).findOne({ where: { id: productId }, lock: { mode: 'pessimistic_write' } });
    const gallery = await this.images.find({ where: { productId }, order: { position: 'ASC' } });
    if (gallery.length >= MAX_PHOTOS_PER_PRODUCT) {
      throw new DomainError('TOO_MANY_PHOTOS', `A listing can show at most ${MAX_PHOTOS_PER_PRODUCT} photos; remove one first`);
    }
    return this.images.save(
      this.images.create({
        id: row.id,
        productId,
        url: `/media/${row.storageKey}-${row.photo.renditions.at(-1)!.width}.webp`,
        alt: row.alt,
        position: (gallery.at(-1)?.position ?? -1) + 1,
        storageKey: row.storageKey,
        widths: row.photo.renditions.map((r) => r.width),
        width: row.photo.width,
        height: row.photo.height,
      }),
    );
  }

  @Transactional()
  private async reorder(viewer: Viewer, productId: string, wanted: { id: string; alt: string }[]): Promise<ProductImage[]> {
    await this.assertManages(viewer, productId);
    const gallery = await this.images.find({ where: { productId } });
    const byId = new Map(gallery.map((image) => [image.id, image]));
    const unknown = wanted.filter((image) => !byId.has(image.id)).map((image) => image.id);
    if (unknown.length || new Set(wanted.map((image) => image.id)).size !== wanted.length) {
      throw new InvalidInputError('Each photo must be one of this listing’s, and named once', {
        images: [`unknown or repeated: ${unknown.join(', ') || 'a photo named twice'}`],
      });
    }
    const kept = new Set(wanted.map((image) => image.id));
    const removed = gallery.filter((image) => !kept.has(image.id));
    if (removed.length) await this.images.delete({ id: In(removed.map((image) => image.id)) });
    // Positions are unique per product only in order, so moving them in two steps never collides.
    for (const [position, image] of wanted.entries()) {
      await this.images.update(image.id, { position: position + gallery.length, alt: image.alt.trim() });
    }
    for (const [position, image] of wanted.entries()) await this.images.update(image.id, { position });
    return removed.filter((image) => image.storageKey);
  }

  private async assertManages(viewer: Viewer, productId: string): Promise<void> {
    const product = await this.txHost.tx.getRepository(Product).findOneBy({ id: productId });
    if (!product) throw new NotFoundError('Product', productId);
    await this.sellers.assertManages(viewer, product.sellerId, product.sellerKind);
  }
}
