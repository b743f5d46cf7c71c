import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { outcomeSample, stepsByQuestion } from '../support/wizard-sample';

// axe on one page per question and on a sample of results that covers every route in every list.
for (const [question, path] of stepsByQuestion) {
  test(`axe: step «${question}» (${path})`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const r of outcomeSample()) {
  test(`axe: result ${r.path}`, async ({ page }) => {
    await page.goto(r.path);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
    ).toBeLessThanOrEqual(0);
  });
}
