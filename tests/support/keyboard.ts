import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times, and fails if it never
 * gets it. Focus is read from document.activeElement, so nothing is clicked or focused directly.
 * Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, { max = 100, backwards = false } = {}) {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  let presses = 0;
  while (!(await target.evaluate((el) => el === document.activeElement)) && presses < max) {
    await page.keyboard.press(key);
    presses += 1;
  }
  await expect(target, `reached with ${key} in at most ${max} presses`).toBeFocused();
  return presses;
}

/**
 * Waits until every island on the page has hydrated: no Astro island left with its ssr marker, and
 * the wizard step (src/scripts/wizard-hydrate.ts) taken over.
 */
export async function hydrated(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('astro-island[ssr], [data-wizard-island="pending"]')
  );
}
