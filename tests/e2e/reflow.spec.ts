import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '../support/reused-page';
import { notFoundPath } from '../support/site-pages';
import { results, stepsByQuestion } from '../support/wizard-sample';
import { goto } from '../support/goto';

// «At 200 % zoom nothing is cut off» (WCAG 1.4.4, 1.4.10): 1280 × 800 at 200 % is a 640 × 400 CSS px
// viewport. One page per template; the longest wizard question and the result with most text.
const longestResult = results
  .map((r) => ({ path: r.path, size: readFileSync(`dist${r.path}index.html`).length }))
  .sort((a, b) => b.size - a.size)[0]!.path;
const longestStep = [...stepsByQuestion.values()]
  .map((path) => ({ path, size: readFileSync(`dist${path}index.html`).length }))
  .sort((a, b) => b.size - a.size)[0]!.path;
// A story page once the stories branch builds them.
const story = existsSync('dist/suksesshistorier')
  ? readdirSync('dist/suksesshistorier', { withFileTypes: true }).find((d) => d.isDirectory())?.name
  : undefined;
const templates: [string, string][] = [
  ['forside', '/'],
  ['regelverk, liste', '/regelverk/'],
  ['regelverkside', '/regelverk/unntak-fra-utlysning/'],
  ['side (om)', '/om/'],
  ['ordliste', '/ordliste/'],
  ['endringslogg', '/endringslogg/'],
  ['historieliste', '/suksesshistorier/'],
  ['veiviser, start', '/veiviser/'],
  ['veiviser, steg', longestStep],
  ['veiviser, resultat', longestResult],
  ['404', notFoundPath],
  ...(story ? [['historie', `/suksesshistorier/${story}/`] as [string, string]] : []),
];

test.use({ viewport: { width: 640, height: 400 } });

for (const [name, path] of templates) {
  test(`200 % zoom (640 px): ${name} ${path} has no horizontal scroll and no clipped text`, async ({
    page,
  }) => {
    await goto(page, path, { status: path === notFoundPath ? 404 : 200 });
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    const clipped = await page.evaluate(() => {
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      return [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (!hides(style.overflowX) && !hides(style.overflowY)) return false;
          if (!el.innerText?.trim() || el.getClientRects().length === 0) return false;
          // Visually hidden for screen readers only (1 × 1 px with clip): hidden on purpose.
          if (el.clientWidth <= 1 || el.clientHeight <= 1) return false;
          return (
            (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
            (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
          );
        })
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (${el.scrollWidth}×${el.scrollHeight} i ${el.clientWidth}×${el.clientHeight}): «${el.innerText.trim().slice(0, 40)}»`
        );
    });
    expect(clipped, 'elements that cut off their text').toEqual([]);
  });
}
