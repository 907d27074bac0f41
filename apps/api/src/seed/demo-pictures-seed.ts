import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ProductImage, ProductPhotoService, renderWebp } from '@allmende/catalog';
import { PICTURE_HEIGHT, PICTURE_WIDTH, pictureKey, renderDemoPicture } from './demo-pictures';

/** Pictures drawn at once; sharp runs each on its own threads, so a few in parallel keep both cores busy. */
const PARALLEL = 4;

/**
 * Gives every demo listing a picture. Listings that differ only in pack size share one drawing
 * (and its stored files), so the first start draws a few dozen pictures, not one per listing.
 */
export async function seedDemoPictures(db: EntityManager, photos: ProductPhotoService): Promise<number> {
  const listings: { id: string; title: string; slug: string }[] = await db.query(
    `SELECT p.id, p.title, c.slug FROM product p JOIN category c ON c.id = p.category_id ORDER BY p.title`,
  );
  const listingsOfPicture = new Map<string, typeof listings>();
  for (const listing of listings) {
    const [name, ...variant] = listing.title.split(', ');
    const key = pictureKey(listing.slug, name, variant.join(', '));
    listingsOfPicture.set(key, [...(listingsOfPicture.get(key) ?? []), listing]);
  }
  const rows: Partial<ProductImage>[] = [];
  const pictures = [...listingsOfPicture.entries()];
  for (let start = 0; start < pictures.length; start += PARALLEL) {
    await Promise.all(
      pictures.slice(start, start + PARALLEL).map(async ([key, shownOn]) => {
        const renditions = await renderWebp(await renderDemoPicture(key), PICTURE_WIDTH);
        const storageKey = `demo/${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
        await photos.store(storageKey, { width: PICTURE_WIDTH, height: PICTURE_HEIGHT, renditions });
        const widths = renditions.map((r) => r.width);
        for (const listing of shownOn) {
          rows.push({
            productId: listing.id,
            url: `/media/${storageKey}-${widths.at(-1)}.webp`,
            alt: listing.title,
            position: 0,
            storageKey,
            widths,
            width: PICTURE_WIDTH,
            height: PICTURE_HEIGHT,
          });
        }
      }),
    );
  }
  await db.getRepository(ProductImage).insert(rows);
  return pictures.length;
}
