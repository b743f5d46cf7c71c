import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { nextQuestion, type Answers } from '../../src/lib/veiviser';
import { paths, results } from '../support/wizard-sample';

// Every reachable path has its prebuilt page, and each shows what the engine decides.
test('every reachable step has a page that asks the right question', () => {
  const problems: string[] = [];
  for (const p of paths.filter((x) => x.kind === 'step')) {
    const file = `dist${p.path}index.html`;
    if (!existsSync(file)) {
      problems.push(`${p.path}: mangler`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const q = nextQuestion(p.answers as Answers)!;
    if (!html.includes(`id="sporsmal"`) || !html.includes(`>${q.text}</h1>`))
      problems.push(`${p.path}: spør ikke «${q.text}»`);
    if (p.path !== '/veiviser/' && !html.includes('<meta name="robots" content="noindex"'))
      problems.push(`${p.path}: mangler noindex`);
  }
  expect(problems).toEqual([]);
});

test('every reachable result has a page that shows the right outcome', () => {
  const problems: string[] = [];
  for (const r of results) {
    const file = `dist${r.path}index.html`;
    if (!existsSync(file)) {
      problems.push(`${r.path}: mangler`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    // «passer-ikke-…» must not count as «passer-…».
    const pattern = {
      fits: /id="passer-(?!ikke)([a-z-]+)"/g,
      mayFit: /id="kan-passe-([a-z-]+)"/g,
      notFit: /id="passer-ikke-([a-z-]+)"/g,
    };
    const shown = (list: keyof typeof pattern) =>
      new Set([...html.matchAll(pattern[list])].map((m) => m[1]));
    for (const list of ['fits', 'mayFit', 'notFit'] as const) {
      const expected = r.outcome[list].map((x) => x.routeId).sort();
      const actual = [...shown(list)].sort();
      if (JSON.stringify(expected) !== JSON.stringify(actual))
        problems.push(`${r.path}: ${list} ${actual} ≠ ${expected}`);
    }
    if (!html.includes('<meta name="robots" content="noindex"'))
      problems.push(`${r.path}: mangler noindex`);
    if (/astro-island|data-wizard-island/.test(html))
      problems.push(`${r.path}: resultatsiden skal ikke ha en øy`);
  }
  expect(problems).toEqual([]);
});

test('wizard steps and results stay out of the sitemap', () => {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const wizard = [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/(?:nn\/)?veiviser\/[^<]*)<\/loc>/g)].map(
    (m) => m[1]
  );
  // The start page in each written form (språklova § 14) is the way in.
  expect(wizard.sort()).toEqual(['/nn/veiviser/', '/veiviser/']);
});
