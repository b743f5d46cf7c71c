import { describe, expect, it } from 'vitest';
import { flow } from '../../../src/lib/veiviser';
import { steps } from '../../../src/lib/veiviser/flow';
import { createSteps } from '../../../src/lib/wizard';
import { allPaths, random } from './helpers';

// The 404 page offers to continue from the longest valid part of a wizard URL that no longer
// exists (issue 18, item 7): longestValidPrefix is the pure part, tested here over real paths.
const canonical = new Set(allPaths.map((p) => p.path));
const prefix = steps.longestValidPrefix;
const segmentsOf = (path: string) => path.split('/').filter(Boolean).slice(1);
const build = (segments: string[]) => `/veiviser/${segments.map((s) => `${s}/`).join('')}`;
const result = '/veiviser/statlig/fast/malgruppe-2/trainee-nei/utdanning-nei/nav-vet-ikke/';

describe('longestValidPrefix', () => {
  it('finds the longest valid beginning of the tampered URLs from the review', () => {
    expect(canonical.has(result)).toBe(true);
    // a made-up segment
    expect(prefix('/veiviser/statlig/foo/')).toBe('/veiviser/statlig/');
    // an invalid value in the middle of a result path
    expect(prefix(result.replace('malgruppe-2', 'malgruppe-9'))).toBe('/veiviser/statlig/fast/');
    // a segment from the wrong sector
    expect(prefix('/veiviser/kommune/midlertidig/inntil-6-mnd/')).toBe(
      '/veiviser/kommune/midlertidig/'
    );
    // an extra trailing segment after a result: the result itself
    expect(prefix(`${result}nav-ja/`)).toBe(result);
    // upper case and a missing trailing slash are forgiven
    expect(prefix('/veiviser/STATLIG/Fast')).toBe('/veiviser/statlig/fast/');
  });

  it('gives null when not even the first answer is valid, or the path is not the wizard', () => {
    expect(prefix('/veiviser/foo/statlig/')).toBeNull();
    expect(prefix('/veiviser/')).toBeNull();
    expect(prefix('/regelverk/statlig/')).toBeNull();
  });

  it('returns a path itself when it is valid, and a canonical, shorter path for every cut result (all results)', () => {
    let checked = 0;
    for (const p of allPaths) {
      const segments = segmentsOf(p.path);
      if (segments.length === 0) continue;
      expect(prefix(p.path)).toBe(p.path);
      const broken = build([...segments.slice(0, -1), 'ukjent-svar']);
      const found = prefix(broken);
      if (segments.length === 1) expect(found, broken).toBeNull();
      else {
        expect(found, broken).toBe(build(segments.slice(0, -1)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('always gives a canonical path that is a beginning of the URL (seeded fuzz)', () => {
    const next = random(20261206);
    const slugs = flow.questions.flatMap((q) => q.answers.map((a) => a.slug));
    for (let i = 0; i < 2000; i++) {
      const segments = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => slugs[Math.floor(next() * slugs.length)]!
      );
      const found = prefix(build(segments));
      if (found === null) continue;
      expect(canonical.has(found), found).toBe(true);
      expect(build(segments).startsWith(found), found).toBe(true);
    }
  });

  it('follows the alias table: an old slug continues at the new canonical path', () => {
    const renamed = createSteps({ ...flow, aliases: { behov: { varig: 'fast' } } });
    expect(renamed.longestValidPrefix('/veiviser/statlig/varig/ukjent/')).toBe(
      '/veiviser/statlig/fast/'
    );
  });
});
