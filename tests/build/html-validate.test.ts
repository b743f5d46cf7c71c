import { describe, expect, it } from 'vitest';
import { contentPages, distFile, nnTwin, requireDist, wizardSample } from '../support/dist';
import { htmlErrors, validator } from '../support/html-validator';

// Every built page validates with html-validate (config: .htmlvalidate.json).
/**
 * Rules switched off for the wizard's step pages only; docs/kvalitet.md lists every disabled check.
 * long-title: the title carries the question («Spørsmål 4: Har personen høyere utdanning …»), which
 * screen reader users need to tell steps apart (WCAG 2.4.2); the steps are noindex (all but the
 * start page /veiviser/, 79 characters), so the search result truncation the rule guards against
 * does not apply to them.
 */
export const wizardStepRules = { 'long-title': 'off' } as const;

requireDist();
const site = validator();
const wizardSteps = validator(wizardStepRules);
const errors = htmlErrors;

const sample = wizardSample();

describe('html-validate (html-validate:recommended)', () => {
  it('finds the pages it checks', () => {
    expect(contentPages().length).toBeGreaterThan(15);
    expect(sample.steps.length).toBeGreaterThan(5);
    expect(sample.results.length).toBe(20);
  });

  for (const file of contentPages()) {
    it(file, async () => expect(await errors(site, file)).toEqual([]));
  }
  // Each sampled wizard page in both written forms.
  for (const path of sample.steps.flatMap((p) => [p, nnTwin(p)])) {
    it(`${distFile(path)} (wizard step)`, async () =>
      expect(await errors(wizardSteps, distFile(path))).toEqual([]));
  }
  for (const path of sample.results.flatMap((p) => [p, nnTwin(p)])) {
    it(`${distFile(path)} (wizard result)`, async () =>
      expect(await errors(site, distFile(path))).toEqual([]));
  }
});
