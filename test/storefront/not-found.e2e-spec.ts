import { Browser } from 'playwright-core';
import { launchBrowser, startTestServer, TestApp } from '@allmende/testing';

describe('storefront: a page that does not exist (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it.each([
    ['de-DE', 'de', 'Diese Seite gibt es nicht.'],
    ['en-GB', 'en', 'This page does not exist.'],
  ])('answers 404 in the visitor’s language (%s)', async (locale, lang, message) => {
    const page = await browser.newPage({ locale });
    try {
      const response = await page.goto(`${app.baseUrl}/gibt-es-nicht/wirklich`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.getByText(message).count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
