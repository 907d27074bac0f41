import { Browser, Page } from 'playwright-core';
import { launchBrowser, startTestServer, TestApp } from '@allmende/testing';

const PASSWORD = 'correct horse battery';

describe('storefront: register, log in, create an organisation (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
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
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterEach(() => page?.close());

  async function accountName(): Promise<string | null> {
    const name = page.getByTestId('account-name');
    await name.waitFor();
    return name.textContent();
  }

  async function logIn(email: string): Promise<void> {
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  it('registers, sees the name in the header, logs out and in again, and creates an organisation', async () => {
    await page.goto(`${app.baseUrl}/register`);
    await page.getByLabel('Your name', { exact: true }).fill('María López');
    await page.getByLabel('Email', { exact: true }).fill('maria@example.org');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel(/I agree to the terms of use/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await accountName()).toBe('María López');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    expect(await page.getByTestId('account-name').count()).toBe(0);

    // A page that needs an account sends a guest to log in, and back afterwards.
    await page.goto(`${app.baseUrl}/organisations/new`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await logIn('maria@example.org');
    expect(await accountName()).toBe('María López');
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Café Chiapas');
    await page.getByLabel('Kind of organisation').selectOption({ label: 'Co-operative' });
    await page.getByLabel('Legal name').fill('Café Chiapas eG');
    await page.getByLabel('City').fill('Oaxaca');
    await page.getByRole('button', { name: 'Register organisation' }).click();

    await page.waitForURL(/\/organisations\/(?!new)[^/]+$/);
    await page.getByRole('heading', { name: 'Café Chiapas' }).waitFor();
    expect(await page.getByTestId('verification').textContent()).toBe('Not yet verified');
    const missing = await page.getByTestId('missing-legal-details').getByRole('listitem').allTextContents();
    expect(missing).toEqual(expect.arrayContaining(['Street and number', 'Imprint']));
    expect(missing).not.toContain('City');
  });

  it('shows why a short password was refused and keeps the entered values', async () => {
    await page.goto(`${app.baseUrl}/register`);
    await page.getByLabel('Your name', { exact: true }).fill('Jonas');
    await page.getByLabel('Email', { exact: true }).fill('jonas@example.org');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel(/I agree to the terms of use/).check();
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('alert').waitFor();
    expect(await page.locator('#field-password-error').textContent()).toContain('at least 10 characters');
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('jonas@example.org');
    expect(await page.getByTestId('account-name').count()).toBe(0);
  });

  it('speaks German when asked', async () => {
    await page.goto(`${app.baseUrl}/login?lang=de`);
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
  });
});
