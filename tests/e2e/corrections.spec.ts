import { expect, test } from '@playwright/test';
import { goto } from '../support/goto';

// Issue 19, item 5: a page's corrections are folded in «Endret på denne siden (n)». A link to one
// (from the endringslogg, or shared) opens the list at it, with and without JavaScript, and the
// «Rettet» line at a corrected passage opens its notice.
const path = '/regelverk/unntak-fra-utlysning/';
const id = 'rettet-provetid';

test('a link to a correction opens the folded list at it', async ({ page }) => {
  await goto(page, `${path}#${id}`);
  await expect(page.locator('[data-page-corrections]')).toHaveAttribute('open', '');
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('the «Rettet» line at the passage opens its notice, which links back', async ({ page }) => {
  await goto(page, path);
  const details = page.locator('[data-page-corrections]');
  await expect(details).not.toHaveAttribute('open', '');
  await page.locator(`[data-correction-mark="${id}"] a`).click();
  await expect(details).toHaveAttribute('open', '');
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await page.locator(`#${id} a[href="#ved-${id}"]`).click();
  await expect(page.locator(`#ved-${id}`)).toBeInViewport();
});

test('from the endringslogg, «Omtalt på» opens the notice on the page', async ({ page }) => {
  await goto(page, '/endringslogg/');
  await page.locator(`section:has(> div > h3#${id}) a[href="${path}#${id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${path}#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a link to a correction opens the folded list at it (the browser opens <details>)', async ({
    page,
  }) => {
    await goto(page, `${path}#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(page.locator('[data-page-corrections]')).toHaveAttribute('open', '');
  });
});
