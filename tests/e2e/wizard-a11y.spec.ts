import { expect, test } from '../support/reused-page';
import { axeViolations } from '../support/axe';
import { outcomeSample, stepsByQuestion } from '../support/wizard-sample';
import { goto } from '../support/goto';

// axe on one page per question and on a sample of results that covers every route in every list,
// with every <details> closed (as the page loads) and open (issue 10: what may collapse is checked too).
// Nynorsk too (språklova § 14): the same markup with other words, so every third step and every
// third result of the sample covers its texts (all-pages.spec.ts checks the nynorsk start page).
const steps: [string, string][] = [...stepsByQuestion].flatMap(([q, path], i) =>
  i % 3 === 1
    ? [[q, path] as [string, string], [`${q}, nynorsk`, `/nn${path}`] as [string, string]]
    : [[q, path] as [string, string]]
);
const results = outcomeSample().flatMap((r, i) =>
  i % 3 === 0 ? [r.path, `/nn${r.path}`] : [r.path]
);

for (const [question, path] of steps) {
  test(`axe: step «${question}» (${path})`, async ({ page }) => {
    await goto(page, path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const path of results) {
  test(`axe: result ${path}, details closed and open`, async ({ page }) => {
    test.setTimeout(90_000); // two axe runs on one load
    await goto(page, path);
    expect(await axeViolations(page), 'closed').toEqual([]);
    // Designsystemet animates an opening <details> (0.4 s, its ::details-content, which
    // getAnimations() does not report). Mid-way the links inside are clipped, and axe's target-size
    // flags a layout no reader stays on (on a fast machine only). With reduced motion the details
    // open at once, to the same layout the animation ends on.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const opened = await page.evaluate(() => {
      const all = [...document.querySelectorAll('details')];
      for (const d of all) d.open = true;
      return all.length;
    });
    expect(opened).toBeGreaterThan(0);
    // Under load the open layout can still be settling when axe measures (CI flagged target-size
    // once in three runs, never reproduced idle): wait until the page height holds for two frames.
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      let last = -1;
      for (let i = 0; i < 60; i++) {
        await frame();
        await frame();
        const h = document.documentElement.scrollHeight;
        if (h === last) return;
        last = h;
      }
    });
    expect(await axeViolations(page), 'open').toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
    ).toBeLessThanOrEqual(0);
  });
}
