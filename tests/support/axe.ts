import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0–2.2 A/AA plus best practice (the tags alone skip region and heading-order). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. docs/kvalitet.md («Avslåtte kontroller») is the one list
 * of every disabled check (axe and html-validate): add a rule there first. (none yet)
 */
export const disabledRules: Record<string, string> = {};

/** The site's axe run (its tags, without the disabled rules); `legacy` runs it in the page itself. */
export const siteAxe = (page: Page, legacy: boolean) =>
  new AxeBuilder({ page })
    .withTags(axeTags)
    .disableRules(Object.keys(disabledRules))
    .setLegacyMode(legacy);

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per violation: rule, impact, help and the first three elements. */
export const describeViolations = (results: AxeResults) =>
  results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`
  );

export async function axeViolations(page: Page) {
  // Without frames, axe.run() in the page itself (legacy mode) checks exactly what the default
  // does (tests/e2e/axe-mode.spec.ts), without the default's extra blank page per run for
  // axe.finishRun (a third to a half of the time here). A page with frames gets the default,
  // which also checks inside them.
  return describeViolations(await siteAxe(page, page.frames().length === 1).analyze());
}
