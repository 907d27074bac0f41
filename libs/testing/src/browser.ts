import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { defaultAppUnderTest } from './app-under-test';

/** Debian's Chromium, headless, with the flags this sandbox needs (no GPU, no background calls to the closed network). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(defaultAppUnderTest().storefrontBuildDir, 'server', 'index.js'))) {
    throw new Error('No storefront build: run "npm run build:storefront" first');
  }
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
