import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from 'vitest';
import { requireDist } from '../support/dist';

// A quiet build: `npm run build` logs only warnings and errors (astro.config.mjs) into
// build/astro-build.log (scripts/build.mjs). A warning nobody explains hides the next real one, so
// every line must be explained here; anything else fails.
const LOG = 'build/astro-build.log';

/** Lines a build may print, each with its reason. Keep it short; explain before adding. */
const allowed: { line: RegExp; why: string }[] = [
  {
    // src/lib/content/check-regelverk.ts and check-historier.ts: an editorial reminder by design
    // (docs/innhold.md), not a fault in the code; the page is reviewed and lastReviewed updated.
    line: /^\[innhold\] content\/[\w/-]+\.mdx: lastReviewed \d{4}-\d{2}-\d{2} er eldre enn 12 måneder/,
    why: 'innhold som ikke er gjennomgått på 12 måneder',
  },
];

test('the build log has no line outside the allowlist', () => {
  requireDist();
  expect(existsSync(LOG), `${LOG} mangler: bygg med «npm run build»`).toBe(true);
  // The log must come from the build that made dist/ (scripts/build.mjs writes it when astro ends).
  expect(
    statSync(LOG).mtimeMs,
    `${LOG} er eldre enn dist/: bygg med «npm run build»`
  ).toBeGreaterThanOrEqual(statSync('dist/index.html').mtimeMs);
  const lines = readFileSync(LOG, 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  expect(lines.filter((l) => !allowed.some((a) => a.line.test(l)))).toEqual([]);
});
