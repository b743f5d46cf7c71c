import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { results } from '../support/wizard-sample';
import { goto } from '../support/goto';
import { PRINT_HIDDEN, printedResultText } from '../support/printed-text';

// A wizard result prints as itself, on one A4 page (issue 20: no second copy of the result in
// every page's HTML). Check the three results with the most printed text, in both written forms.
const printedLength = (path: string) =>
  printedResultText(readFileSync(`dist${path}index.html`, 'utf8')).length;
const longest = results
  .map((r) => ({ path: r.path, length: printedLength(r.path) }))
  .sort((a, b) => b.length - a.length)
  .slice(0, 3);

// Each in both written forms: nynorsk words are often longer (språklova § 14).
for (const path of longest.flatMap((r) => [r.path, `/nn${r.path}`])) {
  test(`prints on one A4 page, with what paper needs: ${path}`, async ({ page }) => {
    await goto(page, path);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const result = page.locator('.wizard-result');
    for (const shown of ['h1', '.wizard-verdicts', '.wizard-print', 'img.qr-code', '#svarene'])
      await expect(result.locator(shown).first(), shown).toBeVisible();
    // The answers print although their <details> is closed on screen.
    await expect(result.locator('.wizard-summary dt').first()).toBeVisible();
    // What the build tests read as «not on paper» (tests/support/printed-text.ts) is hidden.
    for (const selector of PRINT_HIDDEN)
      for (const el of await result.locator(selector).all())
        await expect(el, selector).toBeHidden();
    // «Passer ikke (n)» prints as its one summary line.
    for (const summary of await result.locator('#passer-ikke > summary').all())
      await expect(summary).toBeVisible();
  });
}

test('on screen, the lines only paper needs are hidden', async ({ page }) => {
  await goto(page, longest[0]!.path);
  await expect(page.locator('.wizard-print')).toBeHidden();
  await expect(page.locator('.wizard-verdicts .print-only').first()).toBeHidden();
});
