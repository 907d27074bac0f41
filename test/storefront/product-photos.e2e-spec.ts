import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  launchBrowser,
  registerAccount,
  startTestServer,
  TEST_PASSWORD,
  TestApp,
} from '@allmende/testing';

jest.setTimeout(120_000);

describe('storefront: product photos in "My shop" (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    await app.reset();
    context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it('uploads a photo with its description, refuses a file that is not one, and shows it with srcset on the card', async () => {
    const seller = await registerAccount(app.gql, 'Photo Seller');
    const organisationId = await createSellerOrganisation(seller, 'Kaffee eG');
    const { coffee } = await createCategories(app.dataSource, { coffee: 'Coffee' });
    const productId = await createActiveProduct(seller, organisationId, {
      title: 'Highland Coffee',
      categoryId: coffee,
      priceCents: 749,
    });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email', { exact: true }).fill(seller.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('account-name').waitFor();

    await page.goto(`${app.baseUrl}/dashboard/products/${productId}/edit`);
    await page
      .getByLabel('Add a photo')
      .setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo') });
    await page.getByRole('button', { name: 'Upload photo' }).click();
    expect(await page.getByTestId('photo-error').textContent()).toBe(
      'That file is not a JPEG, PNG or WebP photo. Choose a photo.',
    );
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM product_image`)).toEqual([{ n: 0 }]);

    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 150, g: 100, b: 60 } } })
      .jpeg()
      .toBuffer();
    await page.getByLabel('Add a photo').setInputFiles({ name: 'beans.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await page.getByLabel(/^Photo description/).fill('Roasted beans in a paper bag');
    await page.getByRole('button', { name: 'Upload photo' }).click();
    await page.getByText('The photo is added to the listing.').waitFor();
    await page.getByTestId('photo-list').locator('img').waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await page.goto(`${app.baseUrl}/search?q=Highland`);
    const card = page.getByTestId('product-card').filter({ hasText: 'Highland Coffee' }).locator('img');
    const srcset = await card.getAttribute('srcset');
    expect(srcset).toMatch(/^\/media\/products\/\S+-320\.webp 320w, \S+-640\.webp 640w, \S+-1280\.webp 1280w$/);
    // The browser loaded one of the sizes, and it fits inside the card.
    await page.waitForFunction('[...document.images].every((image) => image.complete)');
    // The tests run without the DOM library's types, hence the narrow shapes.
    type Box = { getBoundingClientRect(): { right: number } };
    const fits = await page
      .getByTestId('product-card')
      .first()
      .evaluate((cardElement) => {
        const card = cardElement as unknown as Box & { querySelector(selector: string): (Box & { naturalWidth: number }) | null };
        const image = card.querySelector('img')!;
        return image.naturalWidth > 0 && image.getBoundingClientRect().right <= card.getBoundingClientRect().right + 0.5;
      });
    expect(fits).toBe(true);
  });
});
