import { Browser, Page } from 'playwright-core';
import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createShop,
  launchBrowser,
  rateAfterDelivery,
  registerAccount,
  startTestServer,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
} from '@allmende/testing';

describe('storefront: catalogue and producer dashboard (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let producer: TestAccount;
  let categories: Record<string, string>;

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
    categories = await createCategories(app.dataSource, { coffee: 'Coffee', tea: 'Tea' });
    producer = await registerAccount(app.gql, 'Ana Producer');
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterEach(() => page?.close());

  async function logIn(next: string): Promise<void> {
    await page.goto(`${app.baseUrl}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email', { exact: true }).fill(producer.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === next);
  }

  it('filters a search by the Fair facet, opens a product and shows where its price goes', async () => {
    const organisationId = await createSellerOrganisation(producer, 'Café Sur');
    const coffee = categories.coffee;
    await createActiveProduct(producer, organisationId, {
      title: 'Highland coffee',
      categoryId: coffee,
      priceCents: 1450,
      fair: true,
    });
    await createActiveProduct(producer, organisationId, {
      title: 'Decaf coffee',
      categoryId: coffee,
      priceCents: 990,
      fair: true,
    });
    await createActiveProduct(producer, organisationId, { title: 'Instant coffee', categoryId: coffee, priceCents: 650 });
    await createActiveProduct(producer, organisationId, {
      title: 'Darjeeling tea',
      categoryId: categories.tea,
      priceCents: 800,
      fair: true,
    });

    await page.goto(`${app.baseUrl}/search?q=coffee`);
    expect(await page.getByTestId('result-count').textContent()).toBe('3 results');
    await page.getByTestId('facets').getByRole('link', { name: 'Fair (2)', exact: true }).click();

    await page.waitForURL((url) => url.searchParams.get('fair') === '1');
    expect(new URL(page.url()).searchParams.get('q')).toBe('coffee');
    await page.getByTestId('result-count').filter({ hasText: '2 results' }).waitFor();
    const cards = page.getByTestId('product-card');
    expect((await cards.getByRole('heading').allTextContents()).sort()).toEqual(['Decaf coffee', 'Highland coffee']);
    expect(await cards.locator('.badge.fair').count()).toBe(2);

    await cards.getByRole('link', { name: 'Highland coffee' }).click();
    await page.getByRole('heading', { name: 'Highland coffee' }).waitFor();
    expect(await page.getByTestId('price').textContent()).toBe('€14.50');
    const breakdown = page.getByTestId('breakdown');
    const parts = await breakdown
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number((row as unknown as { dataset: Record<string, string> }).dataset.amount)));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.reduce((sum, amount) => sum + amount, 0)).toBe(1450);
    expect(await breakdown.getByTestId('breakdown-total').getAttribute('data-amount')).toBe('1450');
    expect(await breakdown.getByRole('rowheader').allTextContents()).toEqual(
      expect.arrayContaining(['Producer', 'Platform fee', 'VAT', 'Price']),
    );

    await page.getByTestId('seller-card').getByRole('link', { name: 'Café Sur' }).click();
    await page.getByRole('heading', { name: 'Café Sur' }).waitFor();
    expect(await page.getByTestId('product-card').count()).toBe(4);
  });

  it('shows the seller’s ratings of the last 12 months on the product and seller pages, in German', async () => {
    const shop = await createShop(app.gql, 'Kaffeerösterei Süd', categories.coffee, [
      { title: 'Hochlandkaffee', priceCents: 1450, stock: 10 },
    ]);
    const buyer = await registerAccount(app.gql, 'Bea Buyer');
    for (const [rating, comment] of [
      ['POSITIVE', 'Frisch geröstet, danke!'],
      ['POSITIVE', ''],
      ['NEUTRAL', 'Kam spät, aber gut'],
      ['NEGATIVE', 'Karton zerdrückt'],
    ] as const) {
      await rateAfterDelivery(buyer, shop.owner, shop.productIds[0], rating, comment);
    }
    page = await browser.newPage({ locale: 'de-DE' });
    await page.goto(`${app.baseUrl}/products/${shop.productIds[0]}`);
    // Two positive and one negative: 67 %; the neutral one counts neither way, but in the total of 4.
    const card = page.getByTestId('seller-card').getByTestId('seller-ratings');
    expect((await card.locator('p').first().textContent())!.replace(/\s/g, ' ')).toBe(
      '67 % positiv · 4 Bewertungen in den letzten 12 Monaten',
    );
    await page.getByTestId('seller-card').getByRole('link', { name: 'Kaffeerösterei Süd' }).click();
    await page.getByRole('heading', { name: 'Bewertungen von Käufer*innen' }).waitFor();
    // The three newest comments, newest first (the rating without a comment shows none).
    expect(await page.getByTestId('seller-ratings').locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Negativ „Karton zerdrückt“/),
      expect.stringMatching(/^Neutral „Kam spät, aber gut“/),
      expect.stringMatching(/^Positiv „Frisch geröstet, danke!“/),
    ]);
  });

  it('creates a product in the dashboard, shows why a field was refused, and lists it once fixed', async () => {
    await createSellerOrganisation(producer, 'Café Sur');
    await logIn('/dashboard');
    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByRole('heading', { name: 'New product' }).waitFor();

    await page.getByLabel('Title').fill('Cocoa nibs');
    await page.getByLabel('Description').fill('Roasted cocoa nibs from a co-operative in Piura.');
    await page.getByLabel('Category').selectOption({ label: 'Coffee' });
    await page.getByLabel('Price', { exact: true }).fill('8,90');
    await page.getByLabel('Stock').fill('-3');
    await page.getByRole('button', { name: 'Save product' }).click();

    await page.getByRole('alert').waitFor();
    expect(await page.locator('#field-stock-error').textContent()).toContain('cannot be negative');
    expect(await page.getByLabel('Stock').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Title').inputValue()).toBe('Cocoa nibs');

    await page.getByLabel('Stock').fill('12');
    await page.getByRole('button', { name: 'Save product' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    const row = page.getByTestId('my-products').getByRole('row').filter({ hasText: 'Cocoa nibs' });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Draft', '12', '€8.90', 'Edit Cocoa nibs']);

    await row.getByRole('link', { name: 'Edit Cocoa nibs' }).click();
    await page.getByRole('button', { name: 'Put on sale' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.getByTestId('my-products').getByRole('cell', { name: 'On sale' }).waitFor();
  });

  it('tells the seller on the dashboard that a payout to the bank failed, and why', async () => {
    // What Stripe's payout.failed webhook records (test/payments covers the webhook itself).
    await app.dataSource.query(
      `INSERT INTO payout_account (seller_id, provider, provider_account_id, details_submitted, charges_enabled, payouts_enabled)
       VALUES ($1, 'STRIPE', 'acct_dashboard', true, true, true)`,
      [producer.id],
    );
    await app.dataSource.query(
      `INSERT INTO payout (provider_payout_id, seller_id, amount, currency, status, failure_message, updated_at)
       VALUES ('po_failed', $1, 12345, 'EUR', 'FAILED', 'The bank account has been closed.', '2026-11-30T09:00:00Z')`,
      [producer.id],
    );
    await logIn('/dashboard');
    expect(await page.getByTestId('payout-failed').textContent()).toBe(
      'Your payout of 30 Nov 2026 to your bank failed: The bank account has been closed. Check your bank details with the payment provider.',
    );
  });

  it('uploads a CSV file and reports the bad row with its line number', async () => {
    await createSellerOrganisation(producer, 'Café Sur');
    await logIn('/dashboard');
    await page.getByRole('link', { name: 'Upload a CSV file' }).click();
    const csv = [
      'sku,title,category,price,vat_rate,stock',
      'TEA-1,Darjeeling first flush,tea,7.50,7,25',
      'TEA-2,Broken tea,tea,cheap,7,5',
    ];
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
    await page.getByRole('button', { name: 'Upload' }).click();

    await page.waitForURL(/\/dashboard\/import\/[^/]+$/);
    // The page refreshes itself while the import runs.
    await page.getByTestId('import-status').filter({ hasText: 'Finished' }).waitFor();
    expect(await page.getByTestId('import-created').textContent()).toBe('1');
    expect(await page.getByTestId('import-failed').textContent()).toBe('1');
    const errors = page.getByTestId('import-errors').locator('tbody tr');
    expect(await errors.count()).toBe(1);
    const [line, column] = await errors.first().getByRole('cell').allTextContents();
    expect([line, column]).toEqual(['3', 'price']);
  });
});
