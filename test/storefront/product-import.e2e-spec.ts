import { Browser, Page } from 'playwright-core';
import {
  createCategories,
  createSellerOrganisation,
  launchBrowser,
  registerAccount,
  startTestServer,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
} from '@allmende/testing';

/** By hand: lines 2 and 4 can go on sale; line 3 has no stock, so it stays a draft. */
const FILE = [
  'sku,title,description,category,price,vat_rate,stock',
  'ON-1,Highland coffee,Whole beans,coffee,10.00,7,5',
  'NOSTOCK-1,Lowland coffee,Ground,coffee,8.00,7,0',
  'ON-2,Espresso,Dark roast,coffee,9.00,7,2',
  '',
].join('\n');

describe('storefront: CSV import puts rows on sale (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let owner: TestAccount;
  let organisationId: string;

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
    await createCategories(app.dataSource, { coffee: 'Coffee' });
    owner = await registerAccount(app.gql, 'Import Owner');
    organisationId = await createSellerOrganisation(owner, 'Café Chiapas');
    page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${app.baseUrl}/login?next=${encodeURIComponent('/dashboard/import')}`);
    await page.getByLabel('Email', { exact: true }).fill(owner.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard/import');
  });
  afterEach(() => page?.close());

  async function upload(publish: boolean): Promise<void> {
    await page.locator('#field-organisationId').selectOption(organisationId);
    await page.locator('#field-file').setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    await page.getByLabel('Put valid rows on sale at once').setChecked(publish);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByTestId('import-status').filter({ hasText: 'Finished' }).waitFor();
  }

  it('with the box ticked, reports two on sale and one draft with its reason', async () => {
    expect(await page.getByText('No column sets a listing').count()).toBe(1);
    await upload(true);
    expect(await page.getByTestId('import-onSale').textContent()).toBe('2');
    expect(await page.getByTestId('import-drafts').textContent()).toBe('1');
    expect(await page.getByTestId('import-kept-as-drafts').locator('tbody tr').allTextContents()).toEqual([
      '3—Add stock before the listing goes live',
    ]);
  });

  it('without it, reports every row as a draft and says so', async () => {
    await upload(false);
    expect(await page.getByTestId('import-onSale').textContent()).toBe('0');
    expect(await page.getByTestId('import-drafts').textContent()).toBe('3');
    await page.getByTestId('import-all-drafts').waitFor();
  });
});
