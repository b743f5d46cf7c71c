import { expect, test } from '@playwright/test';
import { flow } from '../../src/lib/veiviser';
import { random } from '../../scripts/lib/random.mjs';
import { paths } from '../support/wizard-sample';

// A seeded sample of tampered wizard URLs through nginx: every invalid one gets 404 with the site's
// 404 page (and «Start veiviseren på nytt»), every one that happens to be valid gets its page.
const canonical = new Set(paths.map((p) => p.path));
const slugs = flow.questions.flatMap((q) => q.answers.map((a) => a.slug));
const segmentsOf = (path: string) => path.split('/').filter(Boolean).slice(1);
const build = (segments: string[]) => `/veiviser/${segments.map((s) => `${s}/`).join('')}`;

function tamperedSample(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const out = new Set<string>();
  while (out.size < count) {
    const segments = segmentsOf(pick(paths).path);
    const at = Math.floor(next() * Math.max(segments.length, 1));
    const s = [...segments];
    switch (Math.floor(next() * 7)) {
      case 0:
        s[at] = 'ukjent-svar';
        break; // unknown slug
      case 1:
        s[at] = pick(slugs);
        break; // a slug of any question
      case 2:
        if (s.length > 1) [s[at], s[(at + 1) % s.length]] = [s[(at + 1) % s.length]!, s[at]!];
        break; // reordered
      case 3:
        s.push(pick(slugs));
        break; // one answer too many
      case 4:
        s.splice(at, 1);
        break; // a missing answer
      case 5:
        if (s[at]) s[at] = s[at]!.toUpperCase();
        break; // wrong case
      case 6:
        if (s[at]) s[at] = s[at]!.slice(0, -1);
        break; // cut off slug
    }
    out.add(build(s.filter(Boolean)));
  }
  return [...out];
}

// The sample is fixed by its seed; it is checked in parts that run in parallel.
const sample = tamperedSample(200, 20261125);
const PARTS = 8;

test('the tampered sample is mostly invalid and holds some valid URLs', () => {
  const valid = sample.filter((path) => canonical.has(path)).length;
  expect(sample.length).toBe(200);
  expect(sample.length - valid, 'the sample must be mostly invalid').toBeGreaterThan(150);
  expect(valid, 'and hold some valid ones').toBeGreaterThan(0);
});

for (let part = 0; part < PARTS; part++) {
  const urls = sample.filter((_, i) => i % PARTS === part);
  test(`${urls.length} tampered wizard URLs (part ${part + 1} of ${PARTS}): 404 page for every invalid one, the page for every valid one`, async ({
    request,
  }) => {
    const problems: string[] = [];
    for (const path of urls) {
      const response = await request.get(path, { maxRedirects: 0 });
      const html = await response.text();
      if (canonical.has(path)) {
        if (response.status() !== 200 || html.includes('Siden finnes ikke'))
          problems.push(`${path}: ${response.status()}, ventet 200`);
        continue;
      }
      if (response.status() !== 404) problems.push(`${path}: ${response.status()}, ventet 404`);
      else if (
        !html.includes('>Siden finnes ikke</h1>') ||
        !html.includes('href="/veiviser/">Start veiviseren på nytt</a>')
      )
        problems.push(`${path}: ikke nettstedets 404-side`);
    }
    expect(problems).toEqual([]);
  });
}
