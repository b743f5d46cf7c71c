import { veiviserTextNn } from '../../../src/i18n/veiviser-nn';
import { stepsNn } from '../../../src/lib/veiviser/flow-nn';
import { veiviserText } from '../../../src/i18n/veiviser';
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
    // «Hvor står personen nå?» is a step of its own (issue 18, item 5).
    expect(steps.nextQuestion(next)?.id).toBe('situasjon');
    const newHere = steps.choose(next, 'situasjon', 'ny-hos-oss');
    expect(steps.pathFor(newHere)).toBe('/veiviser/statlig/fast/ny-hos-oss/');
    expect(steps.nextQuestion(newHere)?.id).toBe('kandidat');
    // After it, «Ny hos oss» adds no segment: the URLs from before the question keep their meaning.
    expect(steps.pathFor(steps.choose(newHere, 'kandidat', 'malgruppe-1'))).toBe(
      '/veiviser/statlig/fast/malgruppe-1/'
    );
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
    expect(steps.nextQuestion(steps.choose(changed, 'behov', 'fast'))?.id).toBe('situasjon');
  });

  it('«Endre» on a result leads to the step of that question', () => {
    const answers = { sektor: 'privat', behov: 'fast', nav: 'nav-nei' } as const;
    expect(steps.nextQuestion(answers)).toBeNull();
    expect(steps.pathFor(steps.change(answers, 'nav'))).toBe('/veiviser/privat/fast/');
  });
});

describe('step titles', () => {
  it('are made by one function for the page and the island, within the title limit, on every step', () => {
    // Both written forms (språklova § 14): nynorsk words are often longer.
    for (const [form, formSteps, text] of [
      ['nb', steps, veiviserText],
      ['nn', stepsNn, veiviserTextNn],
    ] as const)
      for (const p of stepPaths) {
        const question = formSteps.nextQuestion(p.answers)!;
        const title = documentTitle(
          stepPageTitle(
            text,
            formSteps.progress(p.answers).index,
            question.text,
            p.param === undefined
          ),
          'Inkluderingsguiden'
        );
        expect(title.length, `${form} ${p.path}`).toBeLessThanOrEqual(TITLE_MAX);
      }
    const files = [
      'src/components/veiviser/WizardStepsView.tsx',
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

describe('result titles (issue 10, item 7; issue 18, item 7)', () => {
  it('name the need and the first two routes that fit or may fit, within 70 characters and free of sensitive words, on every result', async () => {
    const { resultPageTitle } = await import('../../../src/lib/veiviser/titles');
    const { shortLabel, shortLabels } = await import('../../../src/lib/veiviser/short');
    const { documentTitle } = await import('../../../src/lib/title');
    const { evaluate } = await import('../../../src/lib/veiviser');
    const { EMPLOYER_WORDS, SENSITIVE_WORDS } = await import('../../../src/lib/veiviser/schema');
    const { resultPaths } = await import('./helpers');
    for (const label of Object.values(shortLabels))
      expect(label.length, label).toBeLessThanOrEqual(35);
    const count = new Map<string, number>();
    for (const p of resultPaths) {
      const outcome = evaluate(p.answers)!;
      const pageTitle = resultPageTitle(outcome, veiviserText);
      const title = documentTitle(pageTitle, 'Inkluderingsguiden');
      expect(title.length, p.path).toBeLessThanOrEqual(TITLE_MAX);
      expect(title, p.path).toContain(pageTitle);
      const first = [...outcome.fits, ...outcome.mayFit][0];
      const named = first ? shortLabel(first.routeId).replace(/ \(§.*\)$/, '') : 'ingen vei';
      expect(pageTitle, p.path).toContain(`: ${named}`);
      const words = title.toLowerCase().split(/[^a-zæøå0-9]+/);
      expect(
        words.filter(
          (w) => !EMPLOYER_WORDS.includes(w) && SENSITIVE_WORDS.some((bad) => w.startsWith(bad))
        ),
        p.path
      ).toEqual([]);
      count.set(title, (count.get(title) ?? 0) + 1);
    }
    // Before issue 18, 1,357 of 1,778 state results shared one title; no title may now cover 8 %.
    const largest = Math.max(...count.values());
    expect(count.size, 'distinct titles').toBeGreaterThanOrEqual(80);
    expect(largest / resultPaths.length, `largest group: ${largest}`).toBeLessThan(0.08);
  });

  it('drop a legal reference before the second route, and the second route before the limit', async () => {
    const { resultPageTitle, resultTitleHead } = await import('../../../src/lib/veiviser/titles');
    const routes = (...ids: string[]) => ids.map((routeId) => ({ routeId }));
    const answers = {
      sektor: 'statlig',
      behov: 'midlertidig',
      grunnlag: 'vikariat',
      varighet: '12-24-mnd',
    } as const;
    expect(resultTitleHead(answers, veiviserText)).toBe('Vikariat 1–2 år');
    expect(resultTitleHead({ sektor: 'kommune', behov: 'fast' }, veiviserText)).toBe(
      'Kommune, fast behov'
    );
    expect(
      resultTitleHead(
        { sektor: 'statlig', behov: 'fast', situasjon: 'arbeidstrening-her' },
        veiviserText
      )
    ).toBe('Fast behov, fra arbeidstrening');
    expect(
      resultPageTitle(
        { answers, fits: routes('ordinaer-ansettelse'), mayFit: routes('mentor') },
        veiviserText
      )
    ).toBe('Vikariat 1–2 år: Vanlig utlysning, Mentor');
    const both = { fits: routes('unntak-lonnstilskudd', 'administrativ-ansettelse'), mayFit: [] };
    const { varighet: _, ...noDuration } = answers;
    expect(resultPageTitle({ answers: noDuration, ...both }, veiviserText)).toBe(
      'Vikariat: Stilling uten utlysning (§ 3a b), Administrativ ansettelse'
    );
    expect(resultPageTitle({ answers, ...both }, veiviserText)).toBe(
      'Vikariat 1–2 år: Stilling uten utlysning, Administrativ ansettelse'
    );
    const long = { ...answers, grunnlag: 'midlertidig-karakter', varighet: 'over-24-mnd' } as const;
    expect(resultPageTitle({ answers: long, ...both }, veiviserText)).toBe(
      'Midlertidig arbeid over 2 år: Stilling uten utlysning (§ 3a b)'
    );
    expect(resultPageTitle({ answers, fits: [], mayFit: [] }, veiviserText)).toBe(
      'Vikariat 1–2 år: ingen vei passer sikkert'
    );
  });
});
