import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createActiveProduct,
  createCategories,
  launchBrowser,
  registerStaff,
  startTestServer,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
} from '@allmende/testing';
import * as shop from '../../apps/storefront/app/messages/shop';
import * as trade from '../../apps/storefront/app/messages/trade';
import { createCoop, TestCoop } from '../wholesale/wholesale-helpers';

const LANGUAGES = [
  { lang: 'en' as const, locale: 'en-GB', email: 'Email', password: 'Password' },
  { lang: 'de' as const, locale: 'de-DE', email: 'E-Mail', password: 'Passwort' },
];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

describe('storefront: the trade desk, co-op to co-op (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(() => app.reset());
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it.each(LANGUAGES)(
    'one co-op offers, another asks, they counter twice and accept, two deliveries are invoiced and paid, and the statistics show the trade ($lang)',
    async ({ lang, locale, email, password }) => {
      const words = { ...shop[lang], ...trade[lang] };
      const staff = await registerStaff(app.gql, app.dataSource);
      const { coffee } = await createCategories(app.dataSource, { coffee: 'Coffee' });
      const growers = await createCoop(app, staff, 'Kaffeekooperative Wien', { country: 'AT', vatId: 'ATU12345678' });
      const roasters = await createCoop(app, staff, 'Rösterei Kreuzberg', { country: 'DE', vatId: 'DE123456789' });
      await createActiveProduct(growers.owner, growers.id, { title: 'Green coffee', categoryId: coffee, priceCents: 1290 });

      const open = async (account: TestAccount, next: string): Promise<Page> => {
        const context = await browser.newContext({ locale, acceptDownloads: true });
        contexts.push(context);
        const page = await context.newPage();
        await page.goto(`${app.baseUrl}/login?next=${encodeURIComponent(next)}`);
        await page.getByLabel(email, { exact: true }).fill(account.email);
        await page.getByLabel(password, { exact: true }).fill(TEST_PASSWORD);
        await page.getByRole('button', { name: words['login.submit'] }).click();
        await page.waitForURL((url) => url.pathname === next);
        return page;
      };
      const seller = await open(growers.owner, '/trade');
      const buyer = await open(roasters.owner, '/trade');

      // The growers publish an offer with two tiers.
      await seller.getByRole('link', { name: words['trade.publish'] }).click();
      await seller.getByLabel(words['trade.new.offerTitle'], { exact: true }).fill('Green coffee, washed arabica');
      await seller.getByLabel(words['trade.new.totalQuantity'], { exact: true }).fill('500');
      await seller.getByLabel(words['trade.new.minimumQuantity'], { exact: true }).fill('10');
      await seller.getByLabel(fill(words['trade.new.tier'], { n: 1 }), { exact: true }).fill('10');
      await seller.getByLabel(fill(words['trade.new.tierPrice'], { n: 1 }), { exact: true }).fill('9.00');
      await seller.getByLabel(fill(words['trade.new.tier'], { n: 2 }), { exact: true }).fill('50');
      await seller.getByLabel(fill(words['trade.new.tierPrice'], { n: 2 }), { exact: true }).fill('8.50');
      await seller.getByLabel(words['trade.new.place'], { exact: true }).fill('Vienna warehouse');
      await seller.getByRole('button', { name: words['trade.new.submit'] }).click();
      await seller.getByRole('heading', { name: 'Green coffee, washed arabica' }).waitFor();
      await seller
        .getByTestId('offer-tiers')
        .getByText(fill(words['trade.tier.from'], { quantity: 50, unit: 'KGM' }))
        .waitFor();

      // The roasters find it on their desk and ask for 100 kg at 7.50.
      await buyer.reload();
      await buyer.getByTestId('trade-offers').getByRole('link', { name: 'Green coffee, washed arabica' }).click();
      await buyer.getByLabel(`${words['trade.quantity']} (KGM)`, { exact: true }).fill('100');
      await buyer.getByLabel(words['trade.rfq.wishedPrice']).fill('7.50');
      await buyer.getByLabel(words['trade.message']).fill('For our winter blend');
      await buyer.getByRole('button', { name: words['trade.rfq.submit'] }).click();
      await buyer.getByTestId('negotiation-state').filter({ hasText: words['trade.negotiationState.REQUESTED'] }).waitFor();
      const negotiationUrl = buyer.url();
      await buyer.getByTestId('trade-thread').getByText('For our winter blend').waitFor();

      // The growers answer 8.20, the roasters counter 8.00, and the growers accept.
      await seller.goto(`${app.baseUrl}/trade`);
      await seller.getByTestId('trade-negotiations').getByRole('link', { name: 'Green coffee, washed arabica' }).click();
      await seller.getByLabel(words['trade.unitPrice'], { exact: true }).fill('8.20');
      await seller.getByRole('button', { name: words['trade.negotiation.propose'] }).click();
      await seller.getByTestId('negotiation-state').filter({ hasText: words['trade.negotiationState.OFFERED'] }).waitFor();
      await buyer.goto(negotiationUrl);
      await buyer.getByLabel(words['trade.unitPrice'], { exact: true }).fill('8.00');
      await buyer.getByRole('button', { name: words['trade.negotiation.propose'] }).click();
      await buyer.getByTestId('negotiation-state').filter({ hasText: words['trade.negotiationState.COUNTERED'] }).waitFor();
      expect(await buyer.getByTestId('proposal-history').locator('tbody tr').count()).toBe(3);
      await seller.reload();
      await seller.getByRole('button', { name: words['trade.negotiation.accept'], exact: true }).click();
      await seller.waitForURL(/\/trade\/orders\//);
      const orderUrl = seller.url();

      // Two deliveries, each invoiced: 40 kg, then 60 kg.
      await seller.getByLabel(`${words['trade.quantity']} (KGM)`, { exact: true }).fill('40');
      await seller.getByLabel(words['trade.order.note'], { exact: true }).fill('Pallet 1 of 2');
      await seller.getByRole('button', { name: words['trade.order.recordSubmit'] }).click();
      await seller.getByTestId('order-state').filter({ hasText: words['trade.orderState.PARTLY_DELIVERED'] }).waitFor();
      // The form now proposes what is left (60 kg).
      expect(await seller.getByLabel(`${words['trade.quantity']} (KGM)`, { exact: true }).inputValue()).toBe('60');
      await seller.getByLabel(words['trade.order.note'], { exact: true }).fill('Pallet 2 of 2');
      await seller.getByRole('button', { name: words['trade.order.recordSubmit'] }).click();
      await seller
        .getByTestId('order-state')
        .filter({ hasText: new RegExp(`^${words['trade.orderState.DELIVERED']}$`) })
        .waitFor();
      expect(await seller.getByTestId('invoice').count()).toBe(2);

      // The roasters pay invoice 1 online (test mode), with skonto; the growers record invoice 2's bank transfer.
      await buyer.goto(orderUrl);
      const invoice1 = buyer.getByTestId('invoice').filter({ hasText: fill(words['trade.invoice.number'], { number: 1 }) });
      await invoice1.getByRole('button', { name: /\(/ }).click();
      await invoice1.getByTestId('invoice-state').filter({ hasText: words['trade.invoiceState.PAID'] }).waitFor();
      await seller.reload();
      const invoice2 = seller.getByTestId('invoice').filter({ hasText: fill(words['trade.invoice.number'], { number: 2 }) });
      await invoice2.getByLabel(words['trade.invoice.reference']).fill('SEPA 2026-0002');
      await invoice2.getByRole('button', { name: words['trade.invoice.markPaidSubmit'] }).click();
      await seller
        .getByTestId('invoice')
        .filter({ hasText: fill(words['trade.invoice.number'], { number: 2 }) })
        .getByTestId('invoice-state')
        .filter({ hasText: words['trade.invoiceState.PAID'] })
        .waitFor();

      // Both documents download: the PDF and the XRechnung.
      const [pdf] = await Promise.all([
        seller.waitForEvent('download'),
        invoice2.getByRole('link', { name: words['trade.invoice.pdf'] }).click(),
      ]);
      const pdfBytes = await (await pdf.createReadStream()).toArray();
      expect(Buffer.concat(pdfBytes).subarray(0, 5).toString()).toBe('%PDF-');
      const [xml] = await Promise.all([
        seller.waitForEvent('download'),
        invoice2.getByRole('link', { name: words['trade.invoice.xml'] }).click(),
      ]);
      expect(Buffer.concat(await (await xml.createReadStream()).toArray()).toString()).toContain('urn:cen.eu:en16931:2017');

      // The public statistics page shows the trade (its amount hidden: fewer than three trades).
      await app.settle();
      const guest = await browser.newContext({ locale });
      contexts.push(guest);
      const visitor = await guest.newPage();
      await visitor.goto(`${app.baseUrl}/statistics/trade`);
      await visitor.getByRole('heading', { name: words['stats.title'] }).waitFor();
      expect((await visitor.getByTestId('total-trades').textContent())?.trim()).toBe('1');
      await visitor.getByTestId('chart-pair').getByText(words['stats.pair.NORTH_NORTH'], { exact: true }).waitFor();
      await visitor.getByTestId('chart-category').getByText('Coffee', { exact: true }).waitFor();
    },
  );

  it('refuses the desk to a co-op that is not verified, with the reason instead of an empty list', async () => {
    const staff = await registerStaff(app.gql, app.dataSource);
    const unverified: TestCoop = await createCoop(app, staff, 'Nicht verifiziert', { country: 'DE', verified: false });
    const context = await browser.newContext({ locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/login?next=/trade`);
    await page.getByLabel('Email', { exact: true }).fill(unverified.owner.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('trade-forbidden').getByText(trade.en['trade.notVerified']).waitFor();
  });
});
