import { Browser, Page } from 'playwright-core';
import {
  createCategories,
  createShop,
  launchBrowser,
  registerAccount,
  startTestServer,
  TEST_PASSWORD,
  TestApp,
  TestShop,
} from '@allmende/testing';

describe('storefront: cart, checkout and orders (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let coffee: TestShop;
  let tea: TestShop;

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
    coffee = await createShop(app.gql, 'Café Chiapas', food, [
      { title: 'Highland coffee', priceCents: 1190, stock: 5, fair: true },
    ]);
    tea = await createShop(app.gql, 'Darjeeling Co-op', food, [{ title: 'First flush tea', priceCents: 899, stock: 5 }]);
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterEach(() => page?.close());

  /** Waits until the header's cart count shows `count` (loaders revalidate after a navigation). */
  async function cartCount(count: number): Promise<void> {
    await page
      .getByTestId('cart-count')
      .filter({ hasText: new RegExp(`^${count}$`) })
      .waitFor();
  }

  async function addToCart(productId: string, quantity: number): Promise<void> {
    await page.goto(`${app.baseUrl}/products/${productId}`);
    await page.getByLabel('Quantity', { exact: true }).fill(String(quantity));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart\?added=1$/);
  }

  it('adds items from two sellers as a guest, logs in, checks out with the offline adapter and sees two orders', async () => {
    const buyer = await registerAccount(app.gql, 'Mila Buyer');
    await addToCart(coffee.productIds[0], 2);
    await addToCart(tea.productIds[0], 1);
    await cartCount(3);

    const sellers = page.getByTestId('cart-seller');
    await expect(sellers.count()).resolves.toBe(2);
    expect(await sellers.getByRole('heading').allTextContents()).toEqual(['Sold by Café Chiapas', 'Sold by Darjeeling Co-op']);
    expect(await page.getByTestId('seller-subtotal').allTextContents()).toEqual(['€23.80', '€8.99']);
    expect(await page.getByTestId('cart-total').textContent()).toBe('€32.79');

    // A guest logs in to check out; the cart comes along.
    await page.getByRole('link', { name: 'Log in to check out' }).click();
    await page.getByLabel('Email', { exact: true }).fill(buyer.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/cart$/);
    await cartCount(3);

    await page.getByRole('button', { name: 'Check out' }).click();
    await page.waitForURL(/\/checkout\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('checkout-state').textContent()).toBe('Waiting for payment');
    expect(await page.getByTestId('checkout-total').textContent()).toBe('€32.79');
    await page
      .getByTestId('offline-payment')
      .getByText(/Test mode/)
      .waitFor();
    await page.getByRole('button', { name: 'Pay (test mode)' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your order is confirmed.' }).waitFor();
    const orders = page.getByTestId('checkout-order');
    expect(await orders.count()).toBe(2);
    expect(await orders.getByRole('heading').allTextContents()).toEqual([
      expect.stringMatching(/Café Chiapas · Paid$/),
      expect.stringMatching(/Darjeeling Co-op · Paid$/),
    ]);
    // The confirmation carries the seller's terms and withdrawal policy.
    expect(await page.getByTestId('seller-terms').first().textContent()).toContain('14 days to withdraw.');
    await cartCount(0);

    // The buyer's order history shows both orders.
    await page.getByRole('link', { name: 'My orders' }).click();
    await page.waitForURL(/\/orders$/);
    expect(await page.getByTestId('order-row').count()).toBe(2);
    expect(await page.getByTestId('order-state').allTextContents()).toEqual(['Paid', 'Paid']);
  });

  it('lets the seller mark an order shipped from the dashboard and refund part of it', async () => {
    const buyer = await registerAccount(app.gql, 'Mila Buyer');
    await buyer.gql.ok(`mutation($p: ID!) { addToCart(productId: $p, quantity: 2) { itemCount } }`, { p: coffee.productIds[0] });
    const { checkout } = await buyer.gql.ok<{ checkout: { id: string } }>(
      `mutation { checkout(idempotencyKey: "browser-test-1") { id } }`,
    );
    await buyer.gql.ok(`mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { state } }`, { id: checkout.id });

    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email', { exact: true }).fill(coffee.owner.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('account-name').waitFor();
    await page.goto(`${app.baseUrl}/dashboard/orders?org=${coffee.organisationId}`);
    expect(await page.getByTestId('seller-order').count()).toBe(1);
    await page.getByLabel('Tracking code').fill('00340434');
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await page.waitForURL(/\/dashboard\/orders/);
    await page.getByTestId('order-state').getByText('Shipped').waitFor();

    await page.getByRole('link', { name: 'Refund' }).click();
    await page.getByLabel(/^Amount/).fill('5.00');
    await page.getByLabel('Reason').selectOption('RETURNED');
    await page.getByRole('button', { name: 'Refund' }).click();
    await page.getByTestId('order-refunded').waitFor();
    expect(await page.getByTestId('order-refunded').textContent()).toBe('€5.00');
  });
});
