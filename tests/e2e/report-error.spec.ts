import { expect, test } from '@playwright/test';
import { CONTACT_EMAIL, SITE_URL } from '../../src/config/site.mjs';
import { results } from '../support/wizard-sample';
import { goto } from '../support/goto';

// Rule protected (issue 11, item 8): rule pages, the FAQ, the ordliste and wizard results have
// «Meld fra om feil», a mailto to CONTACT_EMAIL carrying the page's public address and nothing else.
const result = results[0]!.path;
// The mail's first line names the page in the page's written form (issue 20): «Sida» in nynorsk.
const pages = [
  ['rule page', '/regelverk/unntak-fra-utlysning/', 'Siden'],
  ['FAQ (nynorsk)', '/ofte-stilte-sporsmal/', 'Sida'],
  ['ordliste', '/ordliste/', 'Siden'],
  ['nynorsk page', '/om/', 'Sida'],
  ['wizard result', result, 'Siden'],
] as const;

for (const [kind, path, label] of pages) {
  test(`${kind} ${path}: the link goes to CONTACT_EMAIL with the page address`, async ({
    page,
  }) => {
    await goto(page, path);
    const link = page.locator('[data-report-error] a');
    await expect(link).toHaveCount(1);
    await expect(link).toBeVisible();
    // The link and the help after it are two sentences, not «sidenLenken» (review 6 Dec, part 4).
    await expect(page.locator('[data-report-error]')).toHaveText(/siden\s+Lenken|sida\s+Lenka/);
    const href = (await link.getAttribute('href'))!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe(CONTACT_EMAIL);
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!);
    // The public address (SITE_URL), the path only: no query string, fragment or answers beyond it.
    expect(body).toContain(`${label}: ${SITE_URL}${path}\n`);
    expect(body.match(/https?:\/\/\S+/g)).toEqual([`${SITE_URL}${path}`]);
  });
}

test('print hides «Meld fra om feil»', async ({ page }) => {
  for (const path of ['/regelverk/unntak-fra-utlysning/', result]) {
    await goto(page, path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-report-error]')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});
