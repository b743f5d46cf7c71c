import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';
import { builtPages, builtStylesheets, nnTwin, requireDist, wizardSample } from '../support/dist';

// 0 broken internal links, assets and anchors, as nginx serves the site. Every built page (and
// stylesheet, for the files its url()s name) is scanned once; the pages are split into shards that
// run in parallel. External links are skipped (no network here; scripts/external-links.mjs lists
// them in docs/eksterne-lenker.md). That every page is reachable through links, and that every
// #anchor exists, is checked from dist/ in tests/build/internal-links.test.ts.
requireDist();
const SHARDS = 8;
// The nynorsk wizard (/nn/veiviser/) has the same links as the bokmål one under another prefix:
// tests/build/internal-links.test.ts checks every one of its pages from dist/, and here a sample
// (each question's step and about 20 results) is fetched through nginx, to keep npm test short.
const sample = wizardSample();
const nnSample = new Set([...sample.steps, ...sample.results].map(nnTwin));
const targets = [
  ...builtPages().filter((p) => !p.startsWith('/nn/veiviser/') || nnSample.has(p)),
  ...builtStylesheets(),
];

test('the shards cover the whole built site', () => {
  // The wizard alone has over 1,000 prebuilt pages.
  expect(builtPages().length).toBeGreaterThan(1_000);
  expect(builtStylesheets().length).toBeGreaterThan(0);
});

for (let shard = 0; shard < SHARDS; shard++) {
  test(`linkinator finds no broken internal link, asset or anchor (part ${shard + 1} of ${SHARDS})`, async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const root = `${baseURL}/`;
    const mine = targets.filter((_, i) => i % SHARDS === shard);
    const checker = new LinkChecker();
    let scanned = 0;
    checker.on('pagestart', () => scanned++);
    const result = await checker.check({
      path: mine.map((p) => new URL(p, root).href),
      recurse: false,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 20_000,
      linksToSkip: async (link) => !link.startsWith(root),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map(
        (l) =>
          `${l.status} ${l.url.replace(root, '/')} (på ${l.parent?.replace(root, '/')}) ${(l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ')}`
      );
    expect(broken).toEqual([]);
    expect(scanned, 'every page and stylesheet of this part was scanned').toBe(mine.length);
  });
}
