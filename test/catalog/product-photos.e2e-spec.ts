import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import sharp from 'sharp';
import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestAccount,
  TestApp,
} from '@allmende/testing';

const PRODUCT_IMAGES = `query($id: ID!) { product(id: $id) { images { id url srcset alt width height } } }`;
const ARRANGE = `mutation($productId: ID!, $input: ArrangePhotosInput!) {
  arrangeProductPhotos(productId: $productId, input: $input) { id alt }
}`;

/** A real photo-like picture of the given size and format, made here. */
function picture(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 80, b: 40 } } })
    .toFormat(format)
    .toBuffer();
}

/** Every file under the app's media folder, relative to it. */
function storedFiles(app: TestApp): string[] {
  const root = join(app.dataDir, 'media');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

describe('product photos: upload, sizes, cache headers, arranging', () => {
  let app: TestApp;
  let seller: TestAccount;
  let productId: string;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    seller = await registerAccount(app.gql, 'Photo Seller');
    const organisationId = await createSellerOrganisation(seller);
    const { coffee } = await createCategories(app.dataSource, { coffee: 'Coffee' });
    productId = await createActiveProduct(seller, organisationId, {
      title: 'Highland Coffee',
      categoryId: coffee,
      priceCents: 749,
    });
  });

  function upload(bytes: Buffer, contentType: string, alt?: string, token = seller.token) {
    return request(app.server.app.getHttpServer())
      .post(`/catalog/products/${productId}/photos${alt ? `?alt=${encodeURIComponent(alt)}` : ''}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', contentType)
      .send(bytes);
  }

  it('stores a JPEG as WebP in 320, 640 and 1280 pixel widths, served with a srcset and a year of caching', async () => {
    const response = await upload(await picture(2000, 1500, 'jpeg'), 'image/jpeg', 'Bag of beans on a table');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ widths: [320, 640, 1280], width: 2000, height: 1500 });

    const { product } = await app.gql.ok<{ product: { images: { id: string; url: string; srcset: string; alt: string }[] } }>(
      PRODUCT_IMAGES,
      { id: productId },
    );
    const [image] = product.images;
    const base = `/media/products/${productId}/${image.id}`;
    expect(image).toMatchObject({ url: `${base}-1280.webp`, alt: 'Bag of beans on a table', width: 2000, height: 1500 });
    expect(image.srcset).toBe(`${base}-320.webp 320w, ${base}-640.webp 640w, ${base}-1280.webp 1280w`);

    const served = await request(app.server.app.getHttpServer()).get(`${base}-640.webp`);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const metadata = await sharp(served.body as Buffer).metadata();
    // 640 wide keeps the 4:3 of the original: 480 high.
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', 640, 480]);
  });

  it('does not enlarge a small photo: an 800 px PNG is stored at 320, 640 and its own 800', async () => {
    const response = await upload(await picture(800, 600, 'png'), 'image/png');
    expect(response.body.widths).toEqual([320, 640, 800]);
  });

  it('judges the bytes, not the name or type: a GIF sent as image/jpeg and a text file are refused, nothing stored', async () => {
    const gif = await upload(await picture(400, 300, 'gif'), 'image/jpeg');
    expect(gif.status).toBe(415);
    expect(gif.body).toEqual({
      code: 'PHOTO_UNSUPPORTED_TYPE',
      message: 'That file is a GIF file: upload a JPEG, PNG or WebP photo',
    });
    const text = await upload(Buffer.from('name,price\nCoffee,7.49\n'), 'image/png');
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('PHOTO_UNSUPPORTED_TYPE');
    expect(storedFiles(app)).toEqual([]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM product_image`)).toEqual([{ n: 0 }]);
  });

  it('refuses a file over 10 MB and a photo under 200 px with a clear message, nothing stored', async () => {
    const tooLarge = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), 'image/jpeg');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({
      code: 'PHOTO_TOO_LARGE',
      message: 'The photo is larger than 10 MB; make it smaller or choose another',
    });
    const tiny = await upload(await picture(150, 100, 'webp'), 'image/webp');
    expect(tiny.status).toBe(400);
    expect(tiny.body).toEqual({
      code: 'PHOTO_TOO_SMALL',
      message: 'The photo is 150 × 100 pixels; each side needs at least 200',
    });
    expect(storedFiles(app)).toEqual([]);
  });

  it('lets only the seller upload: a guest is UNAUTHENTICATED, another account FORBIDDEN, nothing stored', async () => {
    const jpeg = await picture(400, 300, 'jpeg');
    const guest = await request(app.server.app.getHttpServer())
      .post(`/catalog/products/${productId}/photos`)
      .set('Content-Type', 'image/jpeg')
      .send(jpeg);
    expect([guest.status, guest.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const stranger = await registerAccount(app.gql, 'Stranger');
    const forbidden = await upload(jpeg, 'image/jpeg', undefined, stranger.token);
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(storedFiles(app)).toEqual([]);
  });

  it('reorders, re-describes and removes photos; a removed photo’s files are deleted', async () => {
    const first = (await upload(await picture(400, 300, 'jpeg'), 'image/jpeg', 'first')).body.id as string;
    const second = (await upload(await picture(400, 300, 'png'), 'image/png', 'second')).body.id as string;
    const third = (await upload(await picture(400, 300, 'webp'), 'image/webp', 'third')).body.id as string;
    expect(storedFiles(app)).toHaveLength(6);

    const arranged = await seller.gql.ok<{ arrangeProductPhotos: { id: string; alt: string }[] }>(ARRANGE, {
      productId,
      input: {
        images: [
          { id: third, alt: 'the third, now first' },
          { id: first, alt: 'first' },
        ],
      },
    });
    expect(arranged.arrangeProductPhotos).toEqual([
      { id: third, alt: 'the third, now first' },
      { id: first, alt: 'first' },
    ]);
    expect(storedFiles(app).some((file) => file.includes(second))).toBe(false);
    expect(storedFiles(app)).toHaveLength(4);

    const stranger = await registerAccount(app.gql, 'Stranger');
    const refused = await stranger.gql.request(ARRANGE, { productId, input: { images: [] } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await seller.gql.request(ARRANGE, { productId, input: { images: [{ id: second, alt: '' }] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(storedFiles(app)).toHaveLength(4);
  });
});
