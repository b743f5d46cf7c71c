import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX } from '../../../src/lib/title';
import { steps } from '../../../src/lib/veiviser/flow';
import { stepPageTitle } from '../../../src/lib/veiviser/titles';
import { stepPaths } from './helpers';

// The island's step logic as pure functions (issue 10, item 8): the island only renders.
describe('island step logic', () => {
  it('moves to the next question when an answer is chosen', () => {
    const next = steps.choose({ sektor: 'statlig' }, 'behov', 'fast');
    expect(steps.pathFor(next)).toBe('/veiviser/statlig/fast/');
    expect(steps.nextQuestion(next)?.id).toBe('kandidat');
  });

  it('«Endre» returns to the changed question and drops every later answer, also after answering it again (issue 10, item 7)', () => {
    const answers = {
      sektor: 'statlig',
      behov: 'fast',
      kandidat: 'malgruppe-1',
      trainee: 'trainee-nei',
    } as const;
    const changed = steps.change(answers, 'behov');
    expect(changed).toEqual({ sektor: 'statlig' });
    expect(steps.pathFor(changed)).toBe('/veiviser/statlig/');
    // Answering «fast» again does not jump ahead to the old answers.
    expect(steps.nextQuestion(steps.choose(changed, 'behov', 'fast'))?.id).toBe('kandidat');
  });

  it('«Endre» on a result leads to the step of that question', () => {
    const answers = { sektor: 'privat', behov: 'fast', nav: 'nav-nei' } as const;
    expect(steps.nextQuestion(answers)).toBeNull();
    expect(steps.pathFor(steps.change(answers, 'nav'))).toBe('/veiviser/privat/fast/');
  });
});

describe('step titles', () => {
  it('are made by one function for the page and the island, within the title limit, on every step', () => {
    for (const p of stepPaths) {
      const question = steps.nextQuestion(p.answers)!;
      const title = documentTitle(
        stepPageTitle(steps.progress(p.answers).index, question.text, p.param === undefined),
        'Inkluderingsguiden'
      );
      expect(title.length, p.path).toBeLessThanOrEqual(TITLE_MAX);
    }
    const files = [
      'src/components/veiviser/WizardSteps.tsx',
      'src/components/veiviser/WizardStepPage.astro',
    ];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).toMatch(/stepPageTitle\(/);
  });
});

describe('the engine', () => {
  it('imports nothing of the site: no vocabulary, still-applies, schemas or i18n (issue 10, item 8)', () => {
    const dir = 'src/lib/wizard';
    const imports = readdirSync(dir).flatMap((f) =>
      [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/from '([^']+)'/g)].map(
        (m) => `${f}: ${m[1]}`
      )
    );
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((i) => !/: (zod|\.\/[a-z-]+)$/.test(i))).toEqual([]);
  });
});

describe('result titles (issue 10, item 7)', () => {
  it('follow one pattern from the short labels, within 70 characters and free of sensitive words, on every result', async () => {
    const { resultDocumentTitle, shortLabels } = await import('../../../src/lib/veiviser/short');
    const { evaluate, SENSITIVE_WORDS } = {
      ...(await import('../../../src/lib/veiviser')),
      ...(await import('../../../src/lib/wizard')),
    };
    const { resultPaths } = await import('./helpers');
    for (const label of Object.values(shortLabels))
      expect(label.length, label).toBeLessThanOrEqual(35);
    const titles = new Set<string>();
    for (const p of resultPaths) {
      const title = resultDocumentTitle(evaluate(p.answers)!, 'Inkluderingsguiden');
      expect(title.length, p.path).toBeLessThanOrEqual(TITLE_MAX);
      expect(title, p.path).toMatch(
        /^Resultat: .+ (passer|kan passe)|^Resultat: ingen vei passer sikkert/
      );
      const words = title.toLowerCase().split(/[^a-zæøå0-9]+/);
      expect(
        words.filter((w) => SENSITIVE_WORDS.some((bad) => w.startsWith(bad))),
        p.path
      ).toEqual([]);
      titles.add(title);
    }
    expect(titles.size).toBeGreaterThan(3);
  });
});
