import { describe, expect, it } from 'vitest';
import {
  dropAfter,
  flow,
  keepValid,
  nextQuestion,
  parseAnswers,
  pathFor,
  type Answers,
} from '../../../src/lib/veiviser';
import { createWizard } from '../../../src/lib/wizard';
import { allPaths, random, resultPaths } from './helpers';

const canonical = new Set(allPaths.map((p) => p.path));
const slugs = flow.questions.flatMap((q) => q.answers.map((a) => a.slug));
const segmentsOf = (path: string) => path.split('/').filter(Boolean).slice(1);
const build = (segments: string[]) => `/veiviser/${segments.map((s) => `${s}/`).join('')}`;

describe('URLs', () => {
  it('starts at /veiviser/ with the sector question', () => {
    expect(parseAnswers('/veiviser/')).toEqual({});
    expect(nextQuestion({})?.id).toBe('sektor');
    expect(pathFor({})).toBe('/veiviser/');
  });

  it('gives steps and results one canonical URL each, with a param for Astro', () => {
    expect(canonical.size).toBe(allPaths.length);
    expect(allPaths[0]).toMatchObject({ path: '/veiviser/', param: undefined, kind: 'step' });
    for (const p of allPaths.slice(1)) expect(`/veiviser/${p.param}/`).toBe(p.path);
  });

  it('parses a random path only when it is exactly a reachable one (seeded fuzz)', () => {
    const next = random(20261123);
    const pool = [
      ...slugs,
      'ukjent',
      'statlig-x',
      'vet-ikke',
      'ja',
      'nei',
      '',
      '..',
      'Statlig',
      'fast%2F',
      'a b',
    ];
    let parsed = 0;
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 11);
      const path = build(
        Array.from({ length }, () => pool[Math.floor(next() * pool.length)] as string)
      );
      const answers = parseAnswers(path);
      expect(answers !== null, path).toBe(canonical.has(path));
      if (answers) {
        parsed++;
        expect(pathFor(answers)).toBe(path);
      }
    }
    expect(parsed).toBeGreaterThan(0);
  });

  it('rejects tampered result paths: unknown slug, reordered, extra segment, answer for a skipped question', () => {
    for (const { path, answers } of resultPaths) {
      const segments = segmentsOf(path);
      segments.forEach((_, i) => {
        expect(
          parseAnswers(build(segments.map((s, j) => (j === i ? 'ukjent-svar' : s)))),
          path
        ).toBeNull();
        if (i + 1 < segments.length) {
          const swapped = [...segments];
          [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
          expect(parseAnswers(build(swapped)), `${path} swap ${i}`).toBeNull();
        }
      });
      expect(parseAnswers(build([...segments, 'nav-ja'])), path).toBeNull();
      // An answer to each question this path skipped, put where the question would stand.
      flow.questions.forEach((q, qi) => {
        if (q.id in answers) return;
        const at = flow.questions.slice(0, qi).filter((x) => x.id in answers).length;
        const inserted = [...segments.slice(0, at), q.answers[0]!.slug, ...segments.slice(at)];
        expect(parseAnswers(build(inserted)), `${path} + ${q.id}`).toBeNull();
      });
    }
  });

  it('rejects paths that are not in canonical form', () => {
    const [sample] = resultPaths.slice(-1);
    const path = sample!.path;
    for (const bad of [
      path.slice(0, -1),
      path.toUpperCase(),
      path.replace('/veiviser/', '/veiviser//'),
      path.replace('/veiviser/', '/veiviseren/'),
      `${path}?x=1`,
      `${path}#a`,
      'veiviser/statlig/',
      '/veiviser',
      '',
    ]) {
      expect(parseAnswers(bad), bad).toBeNull();
    }
  });

  it('refuses to build a URL from answers that are not a path prefix', () => {
    expect(() => pathFor({ sektor: 'kommune', kandidat: 'malgruppe-1' })).toThrow(/passer ikke/);
    expect(() => pathFor({ behov: 'fast' })).toThrow(/passer ikke/);
  });
});

describe('«Endre»', () => {
  const full: Answers = {
    sektor: 'statlig',
    behov: 'midlertidig',
    varighet: '6-12-mnd',
    grunnlag: 'vikariat',
    personalreglement: 'personalreglement-ja',
    kandidat: 'malgruppe-1',
    nav: 'nav-ja',
    arbeidsevne: 'nav-vurdering-nei',
  };

  it('without JS drops the changed answer and everything after it', () => {
    expect(dropAfter(full, 'kandidat')).toEqual({
      sektor: 'statlig',
      behov: 'midlertidig',
      situasjon: 'ny-hos-oss',
      varighet: '6-12-mnd',
      grunnlag: 'vikariat',
      personalreglement: 'personalreglement-ja',
    });
    expect(dropAfter(full, 'sektor')).toEqual({});
    expect(dropAfter(full, 'trainee')).toEqual({ ...full, situasjon: 'ny-hos-oss' });
    expect(nextQuestion(dropAfter(full, 'grunnlag'))?.id).toBe('grunnlag');
  });

  it('keepValid keeps the answers a path still uses and stops at the first new question', () => {
    // fast: the temporary questions go; trainee is now asked and unanswered, so the walk stops there.
    expect(keepValid({ ...full, behov: 'fast' })).toEqual({
      sektor: 'statlig',
      behov: 'fast',
      situasjon: 'ny-hos-oss',
      kandidat: 'malgruppe-1',
    });
    // kommune: only the questions every sector gets stay.
    expect(keepValid({ ...full, sektor: 'kommune' })).toEqual({
      sektor: 'kommune',
      behov: 'midlertidig',
      nav: 'nav-ja',
      arbeidsevne: 'nav-vurdering-nei',
    });
    // § 9 e: the personalreglement question is no longer asked.
    expect(keepValid({ ...full, grunnlag: 'uforutsett' })).toEqual({
      ...full,
      situasjon: 'ny-hos-oss',
      grunnlag: 'uforutsett',
      personalreglement: undefined,
    });
  });

  it('always leaves a valid path prefix, whatever answer is changed on whatever result', () => {
    for (const { answers } of resultPaths.filter((_, i) => i % 7 === 0)) {
      for (const q of flow.questions.filter((x) => x.id in answers)) {
        for (const a of q.answers) {
          const kept = keepValid({ ...answers, [q.id]: a.slug });
          expect(parseAnswers(pathFor(kept))).toEqual(kept);
          expect(kept[q.id]).toBe(a.slug);
        }
      }
    }
  });
});

describe('aliases for renamed slugs', () => {
  // A test-only rename: «malgruppe-1» used to be «gruppe-a».
  const renamed = createWizard(
    { ...flow, aliases: { kandidat: { 'gruppe-a': 'malgruppe-1' } } },
    flow.evaluate
  );
  const oldPath = '/veiviser/statlig/fast/gruppe-a/trainee-nei/utdanning-ja/nav-nei/';

  it('parses an old URL to the same answers as the new one', () => {
    expect(renamed.parseAnswers(oldPath)).toEqual(
      renamed.parseAnswers(oldPath.replace('gruppe-a', 'malgruppe-1'))
    );
    expect(renamed.pathFor(renamed.parseAnswers(oldPath)!)).toBe(
      oldPath.replace('gruppe-a', 'malgruppe-1')
    );
    expect(parseAnswers(oldPath)).toBeNull();
  });

  it('lists every old URL with its canonical target for redirect pages', () => {
    const redirects = renamed.aliasPaths();
    const withSlug = renamed.reachablePaths().filter((p) => p.answers.kandidat === 'malgruppe-1');
    expect(redirects.length).toBe(withSlug.length);
    for (const { from, to } of redirects) {
      expect(renamed.pathFor(renamed.parseAnswers(from)!)).toBe(to);
      expect(canonical.has(to)).toBe(true);
    }
  });
});
