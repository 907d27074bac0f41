import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createCategories,
  createShop,
  launchBrowser,
  registerAccount,
  startTestServer,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
  TestShop,
} from '@allmende/testing';
import { expectNoAxeViolations } from './axe';

describe('storefront: address book and shipping settings (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let buyer: TestAccount;
  let shop: TestShop;

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
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    shop = await createShop(app.gql, 'Café Chiapas', food, [{ title: 'Highland coffee', priceCents: 1190, stock: 5 }]);
    buyer = await registerAccount(app.gql, 'Mila Buyer');
    // axe needs a page of its own context
    context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  async function logIn(email: string): Promise<void> {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('account-name').waitFor();
  }

  it('keeps a buyer’s addresses: a bad postcode is refused with a reason in the page’s language, and removing asks first', async () => {
    await logIn(buyer.email);
    await page.getByRole('link', { name: 'Addresses' }).click();
    await page.waitForURL(/\/account\/addresses$/);
    await expectNoAxeViolations(page);

    await page.getByLabel('Full name').fill('Mila Buyer');
    await page.getByLabel('Street and number').fill('Lindenstraße 5');
    await page.getByLabel('Postcode').fill('1096');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Country').selectOption('DE');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.getByText('This is not a postcode of the chosen country. For example: 10115').waitFor();
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('City').inputValue()).toBe('Berlin');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM address`);
    expect(n).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Postcode').fill('10969');
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.getByTestId('done-notice').getByText('The address was added to your address book.').waitFor();
    expect(await page.getByTestId('address').textContent()).toContain('10969 Berlin');

    await page.getByRole('button', { name: 'Remove Lindenstraße 5' }).click();
    await page.getByRole('alertdialog').getByText('Remove this address from your address book?').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, remove the address' }).click();
    await page.getByTestId('done-notice').getByText('The address was removed.').waitFor();
    expect(await page.getByTestId('address').count()).toBe(0);
  });

  it('lets a seller set shipping by zone, in German, and the cart then prices it for the destination', async () => {
    await logIn(shop.owner.email);
    await page.goto(`${app.baseUrl}/dashboard/shipping?org=${shop.organisationId}&lang=de`);
    await page.getByRole('heading', { name: 'Versand', level: 1 }).waitFor();
    await expectNoAxeViolations(page);
    const domestic = page.getByTestId('zone-DOMESTIC');
    await domestic.getByLabel('Sammelpaket (€)').fill('4,90');
    await domestic.getByLabel('Artikel pro Sammelpaket').fill('10');
    await domestic.getByLabel('Versandkostenfrei ab (€)').fill('49');
    const eu = page.getByTestId('zone-EU');
    await eu.getByLabel('Preis pro Artikel (€)').fill('nine');
    await page.getByRole('button', { name: 'Versand speichern' }).click();
    await eu.getByText('enter an amount such as 4.90').waitFor();
    await eu.getByLabel('Preis pro Artikel (€)').fill('9,90');
    await page.getByRole('button', { name: 'Versand speichern' }).click();
    await page.getByTestId('done-notice').waitFor();
    const { myShippingProfile } = await shop.owner.gql.ok<{
      myShippingProfile: { rates: { zone: string; itemPrice: { amount: number } | null }[] };
    }>(`query($org: ID) { myShippingProfile(organisationId: $org) { rates { zone itemPrice { amount } } } }`, {
      org: shop.organisationId,
    });
    expect(myShippingProfile.rates).toEqual([
      { zone: 'DOMESTIC', itemPrice: null },
      { zone: 'EU', itemPrice: { amount: 990 } },
    ]);

    // A guest's cart: within Germany the combined parcel, to Austria the EU price, to Japan nothing.
    await context.clearCookies();
    await page.goto(`${app.baseUrl}/products/${shop.productIds[0]}?lang=de`);
    await page.getByLabel('Menge', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'In den Warenkorb' }).click();
    await page.waitForURL(/\/cart\?added=1$/);
    /** Chooses the destination and waits until the seller's subtotal reads `subtotal`. */
    const shipTo = async (country: string, subtotal: string) => {
      await page.getByLabel('Liefern nach').selectOption(country);
      await page.getByRole('button', { name: 'Ändern' }).first().click();
      await page.getByTestId('seller-subtotal').filter({ hasText: subtotal }).waitFor();
    };
    await shipTo('DE', '28,70\u00a0€'); // 23.80 + 4.90
    await shipTo('AT', '43,60\u00a0€'); // 23.80 + 2 × 9.90
    await shipTo('JP', '23,80\u00a0€'); // no shipping: nothing goes to Japan
    await page.getByText('Wird nicht in dieses Land geschickt').waitFor();
    await expectNoAxeViolations(page);
  });
});
