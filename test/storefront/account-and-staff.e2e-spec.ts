import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  COMPLETE_LEGAL_DETAILS,
  launchBrowser,
  registerAccount,
  registerStaff,
  startTestServer,
  TEST_PASSWORD,
  TestApp,
  waitForMail,
} from '@allmende/testing';

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

// Many pages, each checked with axe, on two shared cores.
jest.setTimeout(180_000);

describe('storefront: consent, password reset, legal pages and the staff console (Chromium)', () => {
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
    // axe needs a page of its own browser context.
    context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  async function expectNoAxeViolations(): Promise<void> {
    // The mail preview is a sandboxed frame (no scripts), which axe cannot enter; the mail's own HTML is not our page.
    const { violations } = await new AxeBuilder({ page }).exclude('iframe.mail-frame').options({ iframes: false }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  /** Waits until the locator matches exactly `count` elements (the page settles after a navigation or a form). */
  async function expectCount(locator: Locator, count: number): Promise<void> {
    for (let waited = 0; (await locator.count()) !== count && waited < 10_000; waited += 100) {
      await page.waitForTimeout(100);
    }
    expect(await locator.count()).toBe(count);
  }

  async function logIn(email: string, password = TEST_PASSWORD): Promise<void> {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('account-name').waitFor();
  }

  it('registration needs consent to the terms and privacy policy, which exist as pages with the imprint', async () => {
    await page.goto(`${app.baseUrl}/register`);
    await expectNoAxeViolations();
    await page.getByLabel('Your name', { exact: true }).fill('Lena');
    await page.getByLabel('Email', { exact: true }).fill('lena@example.org');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    // The browser itself will not send the form without the tick.
    await page.getByRole('button', { name: 'Create account' }).click();
    // The tests run without the DOM library's types; the element is a checkbox here.
    const consentMissing = await page
      .getByLabel(/I agree to the terms of use/)
      .evaluate((box) => (box as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing);
    expect(consentMissing).toBe(true);
    await page.getByLabel(/I agree to the terms of use/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByTestId('account-name').textContent()).toBe('Lena');
    const mail = await waitForMail(app, 'lena@example.org', 'address-confirmation');
    expect(mail.subject).toBe('Please confirm your email address');

    for (const [path, heading, text] of [
      ['/legal/terms', 'Terms of use', 'the seller’s own terms and withdrawal policy apply'],
      ['/legal/privacy', 'Privacy policy', 'argon2'],
      ['/legal/imprint', 'Imprint', 'Allmende eG'],
    ]) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(await page.locator('main').textContent()).toContain(text);
      await expectNoAxeViolations();
    }
    await page.goto(`${app.baseUrl}/legal/imprint?lang=de`);
    await page.getByRole('heading', { name: 'Impressum', level: 1 }).waitFor();
  });

  it('resets a forgotten password from the login page, through the mailed link, and reads the mail at /dev/mail', async () => {
    const anna = await registerAccount(app.gql, 'Anna Browser');
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await expectNoAxeViolations();
    await page.getByLabel('Email', { exact: true }).fill(anna.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByTestId('reset-sent').waitFor();

    // The mail goes out as a job after the commit; then the development mailbox lists it and its page shows it.
    const mail = await waitForMail(app, anna.email, 'password-reset');
    await page.goto(`${app.baseUrl}/dev/mail`);
    await page.getByRole('link', { name: 'Your new password for Allmende' }).click();
    expect(await page.getByTestId('mail-to').textContent()).toBe(anna.email);
    await expectNoAxeViolations();

    const link = mail.text.match(/https?:\/\/\S+\/reset-password\?token=\S+/)![0];
    await page.goto(link);
    await expectNoAxeViolations();
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.locator('#field-password-error').waitFor();
    await page.getByLabel('New password').fill('my fresh password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('Your new password is set. Log in with it.').waitFor();
    await logIn(anna.email, 'my fresh password');

    // The link worked once.
    await page.goto(link);
    await page.getByLabel('New password').fill('yet another password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('This link has been used already. Ask for a new one.');
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
  });

  it('staff verify a co-op from the console, the owner is told by mail, and the co-op shows as verified', async () => {
    const worker = await registerStaff(app.gql, app.dataSource);
    const owner = await registerAccount(app.gql, 'Kaffee Owner');
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Kaffeekooperative Süd', kind: 'COOPERATIVE', ...COMPLETE_LEGAL_DETAILS },
    });
    await owner.gql.ok(CREATE_ORG, { input: { name: 'Brunnen e.V.', kind: 'NGO' } });

    await logIn(worker.email);
    await page.getByRole('link', { name: 'Staff console' }).click();
    await page.getByRole('heading', { name: 'Verification queue' }).waitFor();
    await expectNoAxeViolations();
    const entries = page.getByTestId('queue-entry');
    await expectCount(entries, 2);

    const ngo = entries.filter({ hasText: 'Brunnen e.V.' });
    await ngo.getByLabel('Reason for refusing').fill('No imprint and no register entry yet.');
    await ngo.getByRole('button', { name: 'Refuse' }).click();
    await page.getByText('Brunnen e.V. was refused; its owners have been told why by mail.').waitFor();
    expect((await waitForMail(app, owner.email, 'verification-refused')).text).toContain('No imprint and no register entry yet.');

    const coop = page.getByTestId('queue-entry').filter({ hasText: 'Kaffeekooperative Süd' });
    expect(await coop.textContent()).toContain('Test Cooperative eG');
    await coop.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Kaffeekooperative Süd is verified; its owners have been told by mail.').waitFor();
    await expectCount(page.getByTestId('queue-entry'), 1);
    expect((await waitForMail(app, owner.email, 'organisation-verified')).subject).toBe('Kaffeekooperative Süd is verified');

    // What verification changes today: the co-op's own page says so.
    await page.goto(`${app.baseUrl}/organisations/${createOrganisation.id}`);
    expect(await page.getByTestId('verification').textContent()).toBe('Verified');
  });

  it('staff suspend an account from the console; categories can be added there', async () => {
    const worker = await registerStaff(app.gql, app.dataSource);
    const ben = await registerAccount(app.gql, 'Ben Spammer');
    await logIn(worker.email);
    await page.goto(`${app.baseUrl}/staff/accounts`);
    await page.getByLabel('Search by address or name').fill('spammer');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectCount(page.getByTestId('account-entry'), 1);
    await expectNoAxeViolations();
    await page.getByLabel('Reason for suspending').fill('Spam listings');
    await page.getByRole('button', { name: 'Suspend' }).click();
    await page.getByText('Ben Spammer is suspended and logged out.').waitFor();
    expect((await ben.gql.request('{ me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await page.getByRole('button', { name: 'Reinstate' }).click();
    await page.getByText('Ben Spammer can log in again.').waitFor();

    await page.getByRole('link', { name: 'Categories' }).click();
    await page.getByLabel('Name in English').fill('Tea');
    await page.getByLabel('Name in German').fill('Tee');
    await page.getByLabel('Slug').fill('tea');
    await page.getByRole('button', { name: 'Create category' }).click();
    await page.getByText('The category Tea is created.').waitFor();
    await page.getByTestId('category-tree').getByText('Tea').waitFor();
    await expectNoAxeViolations();

    // The audit trail has the suspension and the reinstatement, newest first, and filters by action.
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByLabel('Action').fill('account.');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expectCount(page.getByTestId('audit-event'), 2);
    expect(await page.getByTestId('audit-event').locator('h2').allTextContents()).toEqual([
      'account.reinstated',
      'account.suspended',
    ]);
    await page.getByTestId('audit-event').nth(1).getByText('{"reason":"Spam listings"}').waitFor();
    await expectNoAxeViolations();
    await page.getByLabel('Action').fill('Not An Action');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('alert').getByText('The action is written like login.failed').waitFor();
  });

  it('a non-staff account gets the 403 page on every console route', async () => {
    const member = await registerAccount(app.gql, 'Just A Member');
    await logIn(member.email);
    expect(await page.getByRole('link', { name: 'Staff console' }).count()).toBe(0);
    for (const path of ['/staff', '/staff/verification', '/staff/accounts', '/staff/categories', '/staff/audit']) {
      const response = await page.goto(`${app.baseUrl}${path}`);
      expect([path, response?.status()]).toEqual([path, 403]);
      await page.getByText('You are not allowed to open this page.').waitFor();
    }
  });

  it('an owner edits the legal details later; German pages say "du"', async () => {
    const owner = await registerAccount(app.gql, 'Weberei Owner');
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Weberei', kind: 'COOPERATIVE' },
    });
    await logIn(owner.email);
    await page.goto(`${app.baseUrl}/organisations/${createOrganisation.id}`);
    await page.getByRole('link', { name: 'Edit legal details' }).click();
    await page.getByRole('heading', { name: 'Legal details of Weberei' }).waitFor();
    await expectNoAxeViolations();
    await page.getByLabel('Country').fill('Germany');
    await page.getByRole('button', { name: 'Save legal details' }).click();
    await page.locator('#field-country-error').waitFor();
    await page.getByLabel('Country').fill('DE');
    await page.getByLabel('Withdrawal policy').fill('30 Tage Rückgaberecht.');
    await page.getByRole('button', { name: 'Save legal details' }).click();
    await page.getByText('The legal details are saved.').waitFor();
    const [row] = await app.dataSource.query(`SELECT country, withdrawal_policy FROM organisation WHERE id = $1`, [
      createOrganisation.id,
    ]);
    expect(row).toEqual({ country: 'DE', withdrawal_policy: '30 Tage Rückgaberecht.' });

    await page.goto(`${app.baseUrl}/organisations/${createOrganisation.id}/edit?lang=de`);
    expect(await page.locator('main').textContent()).toContain('Käufer bekommen deine AGB');
    // Choosing German in the shop also makes the account's mail German.
    expect(await app.dataSource.query(`SELECT locale FROM account WHERE id = $1`, [owner.id])).toEqual([{ locale: 'de' }]);
  });
});
