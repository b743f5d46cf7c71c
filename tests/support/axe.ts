import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0–2.2 A/AA plus best practice (the tags alone skip region and heading-order). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. docs/kvalitet.md («Avslåtte kontroller») is the one list
 * of every disabled check (axe and html-validate): add a rule there first. (none yet)
 */
export const disabledRules: Record<string, string> = {};

export async function axeViolations(page: Page) {
  // Without frames, axe.run() in the page itself (legacy mode) checks exactly what the default
  // does, without the default's extra blank page per run for axe.finishRun (a third to a half of
  // the time here). A page with frames gets the default, which also checks inside them.
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    .disableRules(Object.keys(disabledRules))
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`
  );
}
