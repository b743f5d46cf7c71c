import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX } from '../../../src/lib/title';
import { steps } from '../../../src/lib/veiviser/flow';
import { stepPageTitle } from '../../../src/lib/veiviser/titles';
import { stepPaths } from './helpers';

// The island's step logic as pure functions (issue 10, item 8): the island only renders.
describe('island step logic', () => {
  it('moves to the next question when an answer is chosen', () => {
    const next = steps.choose({ answers: { sektor: 'statlig' }, earlier: {} }, 'fast');
    expect(next.answers).toEqual({ sektor: 'statlig', behov: 'fast' });
    expect(steps.nextQuestion(next.answers)?.id).toBe('kandidat');
  });

  it('«Endre» returns to the changed question and keeps nothing after it in the URL', () => {
    const state = { answers: { sektor: 'statlig', behov: 'fast', kandidat: 'malgruppe-1' } as const, earlier: {} };
    const changed = steps.change(state, 'behov');
    expect(changed.answers).toEqual({ sektor: 'statlig' });
    expect(steps.pathFor(changed.answers)).toBe('/veiviser/statlig/');
  });

  it('leaves the state alone on a result (no question to answer)', () => {
    const answers = { sektor: 'privat', behov: 'fast', nav: 'nav-nei' } as const;
    expect(steps.nextQuestion(answers)).toBeNull();
    expect(steps.choose({ answers, earlier: {} }, 'nav-ja').answers).toEqual(answers);
  });
});

describe('step titles', () => {
  it('are made by one function for the page and the island, within the title limit, on every step', () => {
    for (const p of stepPaths) {
      const question = steps.nextQuestion(p.answers)!;
      const title = documentTitle(stepPageTitle(steps.progress(p.answers).index, question.text, p.param === undefined), 'Inkluderingsguiden');
      expect(title.length, p.path).toBeLessThanOrEqual(TITLE_MAX);
    }
    const files = ['src/components/veiviser/WizardSteps.tsx', 'src/components/veiviser/WizardStepPage.astro'];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).toMatch(/stepPageTitle\(/);
  });
});

describe('the engine', () => {
  it('imports nothing of the site: no vocabulary, still-applies, schemas or i18n (issue 10, item 8)', () => {
    const dir = 'src/lib/wizard';
    const imports = readdirSync(dir).flatMap((f) =>
      [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${f}: ${m[1]}`));
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((i) => !/: (zod|\.\/[a-z-]+)$/.test(i))).toEqual([]);
  });
});
