import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { results } from '../support/wizard-sample';
import { goto } from '../support/goto';

// The printed result must fit one A4 page: check the three results with the longest print summary.
const summaryLength = (path: string) => {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  return (
    /<section class="print-only print-summary">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  ).replace(/<[^>]+>/g, '').length;
};
const longest = results
  .map((r) => ({ path: r.path, length: summaryLength(r.path) }))
  .sort((a, b) => b.length - a.length)
  .slice(0, 3);

// Each in both written forms: nynorsk words are often longer (språklova § 14).
for (const path of longest.flatMap((r) => [r.path, `/nn${r.path}`])) {
  test(`prints on one A4 page: ${path}`, async ({ page }) => {
    await goto(page, path);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-summary')).toBeVisible();
    await expect(page.locator('.wizard-result')).toBeHidden();
    await expect(page.locator('.print-summary img.qr-code')).toBeVisible();
  });
}
