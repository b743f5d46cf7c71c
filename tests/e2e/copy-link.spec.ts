import { expect, test } from '@playwright/test';
import { tabTo } from '../support/keyboard';
import { goto } from '../support/goto';

const page_ = '/regelverk/unntak-fra-utlysning/';

test('«Kopier lenke» is reached with Tab, copies the section URL and announces it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await goto(page, page_);
  const link = page.locator('a[data-copy-link][href="#lonnstilskudd"]');
  await tabTo(page, link, { max: 200 });
  await page.keyboard.press('Enter');
  const status = link.locator('xpath=following-sibling::*[@role="status"][1]');
  await expect(status).toHaveText('Lenken er kopiert');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${page_}#lonnstilskudd`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('«Kopier lenke» is a plain link to the section', async ({ page }) => {
    await goto(page, page_);
    const link = page.locator('a[data-copy-link][href="#lonnstilskudd"]');
    await link.click();
    await expect(page).toHaveURL(/#lonnstilskudd$/);
    await expect(page.locator('#lonnstilskudd')).toBeVisible();
  });

  test('a wizard result keeps its section ids without the links the script adds', async ({
    page,
  }) => {
    await goto(page, result);
    await expect(page.locator('a[data-copy-link][href^="#"]')).toHaveCount(0);
    await expect(page.locator('h2#passer, h2#kan-passe').first()).toBeAttached();
  });
});

// Issue 19, item 6: each «Kopier lenke» names the section it copies, in the page's written form.
// A wizard result sends its headings bare and the script adds the links (issue 20: size).
const result = '/veiviser/statlig/prove-forst/malgruppe-vet-ikke/utdanning-vet-ikke/nav-vet-ikke/';
for (const { path, lang } of [
  { path: page_, lang: 'nb' },
  { path: '/om/', lang: 'nn' },
  { path: result, lang: 'nb' },
  { path: `/nn${result}`, lang: 'nn' },
]) {
  test(`every «Kopier lenke» on ${path} (${lang}) is named after its heading`, async ({ page }) => {
    await goto(page, path);
    const pairs = await page.locator('.heading-anchor').evaluateAll((els) =>
      els.map((el) => ({
        heading: el.querySelector('h2, h3')!.textContent!.replace(/\s+/g, ' ').trim(),
        id: el.querySelector('a[data-copy-link]')!.getAttribute('href')!,
      }))
    );
    expect(pairs.length).toBeGreaterThan(1);
    // A bare heading of a wizard result got its link from the script.
    await expect(page.locator('[data-copy-heading]:not(.heading-anchor > *)')).toHaveCount(0);
    for (const { heading, id } of pairs)
      await expect(page.locator(`a[data-copy-link][href="${id}"]`)).toHaveAccessibleName(
        `Kopier lenke til «${heading}»`
      );
  });
}
