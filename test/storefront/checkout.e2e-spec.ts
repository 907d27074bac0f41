import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createCategories,
  createShop,
  launchBrowser,
  registerAccount,
  setDeliveryAddress,
  startTestServer,
  TEST_PASSWORD,
  TestApp,
  TestShop,
} from '@allmende/testing';
import { expectNoAxeViolations } from './axe';

describe('storefront: cart, checkout and orders (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
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
    context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  /** Waits until the header's cart count shows `count` (loaders revalidate after a navigation). */
  async function cartCount(count: number): Promise<void> {
    await page
      .getByTestId('cart-count')
      .filter({ hasText: new RegExp(`^${count}$`) })
      .waitFor();
  }

  async function fillAddress(address: { name: string; street: string; postalCode: string; city: string; country: string }) {
    await page.getByLabel('Full name').fill(address.name);
    await page.getByLabel('Street and number').fill(address.street);
    await page.getByLabel('Postcode').fill(address.postalCode);
    await page.getByLabel('City').fill(address.city);
    await page.getByLabel('Country').selectOption(address.country);
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
    await page.waitForURL(/\/checkout\/address$/);
    await cartCount(3);

    // Address, shipping, review: nothing is reserved until "Buy now and pay".
    await fillAddress({ name: 'Mila Buyer', street: 'Lindenstraße 5', postalCode: '10969', city: 'Berlin', country: 'DE' });
    await page.getByLabel('Keep this address in my address book').check();
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    await page.waitForURL(/\/checkout\/shipping$/);
    await page.getByRole('button', { name: 'Continue to review' }).click();
    await page.waitForURL(/\/checkout\/review$/);
    expect(await page.getByTestId('review-total').textContent()).toBe('€32.79');
    const [{ stock }] = await app.dataSource.query(`SELECT stock FROM product WHERE id = $1`, [coffee.productIds[0]]);
    expect(stock).toBe(5);
    await page.getByRole('button', { name: 'Buy now and pay' }).click();
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
    // The URL changes before the page has rendered: wait for the second row, then count.
    await page.getByTestId('order-row').nth(1).waitFor();
    expect(await page.getByTestId('order-row').count()).toBe(2);
    expect(await page.getByTestId('order-state').allTextContents()).toEqual(['Paid', 'Paid']);
  });

  it('lets the seller mark an order shipped from the dashboard and refund part of it', async () => {
    const buyer = await registerAccount(app.gql, 'Mila Buyer');
    await buyer.gql.ok(`mutation($p: ID!) { addToCart(productId: $p, quantity: 2) { itemCount } }`, { p: coffee.productIds[0] });
    await setDeliveryAddress(buyer.gql);
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
    await page.getByTestId('done-notice').getByText('The order is marked as shipped.').waitFor();
    // The card says where it goes.
    expect(await page.getByTestId('seller-order').textContent()).toContain('10969 Berlin');

    await page.getByRole('link', { name: 'Details and refunds' }).click();
    await page.getByLabel(/^Amount/).fill('5.00');
    await page.getByLabel('Reason').selectOption('RETURNED');
    await page.getByRole('button', { name: 'Refund' }).click();
    // It asks first, saying how much.
    expect(await page.getByTestId('confirm-amount').textContent()).toBe('€5.00');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, refund' }).click();
    await page.getByTestId('order-refunded').waitFor();
    expect(await page.getByTestId('order-refunded').textContent()).toBe('€5.00');
    await page.getByTestId('done-notice').getByText('The refund is on its way to the buyer.').waitFor();
    // The payout shrinks by the seller's part of the refund: 5.00 over seller 22.85, fee 0.71, fund 0.24 leaves it 4.80.
    expect(await page.getByTestId('payout-after-refunds').textContent()).toBe('€18.05');
    await page.goto(`${app.baseUrl}/dashboard/orders?org=${coffee.organisationId}`);
    expect(await page.getByTestId('order-payout').textContent()).toBe('€22.85 €18.05');
  });

  it('lets a guest buy from two sellers for delivery to Austria, step by step, and claim the orders by registering', async () => {
    await coffee.owner.gql.ok(`mutation($input: ShippingProfileInput!) { setShippingProfile(input: $input) { sellerId } }`, {
      input: {
        organisationId: coffee.organisationId,
        originCountry: 'DE',
        rates: [
          { zone: 'DOMESTIC', combinedParcelPrice: 490, combinedItemsPerParcel: 10 },
          { zone: 'EU', combinedParcelPrice: 990, combinedItemsPerParcel: 10 },
        ],
      },
    });
    await addToCart(coffee.productIds[0], 2);
    await addToCart(tea.productIds[0], 1);
    await page.getByRole('link', { name: 'Check out', exact: true }).click();
    await page.waitForURL(/\/checkout\/address$/);
    await expectNoAxeViolations(page);

    await page.getByLabel('E-mail address').fill('greta@example.org');
    await fillAddress({ name: 'Greta Gast', street: 'Praterstraße 1', postalCode: '10115', city: 'Wien', country: 'AT' });
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    await page.getByText('This is not a postcode of the chosen country. For example: 1010').waitFor();
    await page.getByLabel('Postcode').fill('1020');
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    await page.waitForURL(/\/checkout\/shipping$/);
    // Coffee: the EU combined parcel 9.90; tea: its seller set no zones, shipping included.
    expect(await page.getByTestId('shipping-total').textContent()).toBe('€9.90');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Continue to review' }).click();
    await page.waitForURL(/\/checkout\/review$/);
    expect(await page.getByTestId('review-total').textContent()).toBe('€42.69'); // 23.80 + 9.90 + 8.99
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Buy now and pay' }).click();
    await page.waitForURL(/\/checkout\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Pay (test mode)' }).click();
    await page.getByRole('heading', { name: 'Thank you! Your order is confirmed.' }).waitFor();
    expect(await page.getByTestId('checkout-order').count()).toBe(2);
    await page.getByTestId('claim-hint').waitFor();
    await expectNoAxeViolations(page);

    // Registering with the same address in this browser takes both orders into the new account.
    await page.getByRole('link', { name: 'create an account' }).click();
    await page.getByLabel('Email', { exact: true }).fill('greta@example.org');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel('Your name').fill('Greta');
    await page.getByLabel(/I agree to the terms of use/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('account-name').waitFor();
    await page.goto(`${app.baseUrl}/orders`);
    expect(await page.getByTestId('order-row').count()).toBe(2);

    // The seller sees the buyer's address on the order and on a printable packing slip.
    await context.clearCookies();
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email', { exact: true }).fill(coffee.owner.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('account-name').waitFor();
    await page.goto(`${app.baseUrl}/dashboard/orders?org=${coffee.organisationId}`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Packing slip' }).click();
    const slip = await page.getByTestId('packing-slip').textContent();
    expect(slip).toContain('Greta Gast');
    expect(slip).toContain('1020 Wien');
    expect(slip).toContain('Austria');
    await expectNoAxeViolations(page);
  }, 180_000); // eight pages, each checked by axe
});
