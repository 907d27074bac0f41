import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';

/** Runs axe-core on the page (whose context must be its own); fails with each rule and its first offending element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}
