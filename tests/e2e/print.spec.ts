import { expect, test } from '@playwright/test';
import { SITE_URL } from '../../src/config/site.mjs';
import { goto } from '../support/goto';

test('print hides navigation and shows the address and date on top', async ({ page }) => {
  await goto(page, '/regelverk/unntak-fra-utlysning/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.site-nav')).toBeHidden();
  await expect(page.locator('nav.crumbs')).toBeHidden();
  await expect(page.locator('footer.site-footer')).toBeHidden();
  await expect(page.locator('a[data-copy-link]').first()).toBeHidden();
  const header = page.locator('.print-only').first();
  await expect(header).toBeVisible();
  // The printed address is the public one (SITE_URL), not the test server's.
  await expect(header).toContainText(`${SITE_URL}/regelverk/unntak-fra-utlysning/`);
  await expect(header).toContainText('Sist gjennomgått');
});

test('links in the text print their URL', async ({ page }) => {
  await goto(page, '/regelverk/unntak-fra-utlysning/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('article a[href^="https://lovdata.no/"]').first();
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('https://lovdata.no/');
});

test('on screen the print header is hidden', async ({ page }) => {
  await goto(page, '/regelverk/unntak-fra-utlysning/');
  await expect(page.locator('.print-only').first()).toBeHidden();
});
