import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';
import { htmlFilesIn } from '../unit/build/dist';
import { sitemapPaths } from './site-pages';

// 0 broken internal links and anchors. linkinator crawls the site as nginx serves it, from every
// sitemap page, with fragment checks; external links are skipped (no network here; they are listed
// in docs/eksterne-lenker.md by scripts/external-links.mjs).
test('linkinator finds no broken internal link, asset or anchor', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const root = `${baseURL}/`;
  const checker = new LinkChecker();
  let pages = 0;
  checker.on('pagestart', () => pages++);
  const result = await checker.check({
    path: sitemapPaths().map((p) => new URL(p, root).href),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    timeout: 20_000,
    linksToSkip: async (link) => !link.startsWith(root),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${l.status} ${l.url.replace(root, '/')} (på ${l.parent?.replace(root, '/')}) ${(l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ')}`);
  expect(broken).toEqual([]);
  // Every page of the wizard is reached through the answer links.
  expect(pages).toBeGreaterThan(1_000);
});

// linkinator checks a fragment only if it saw the link before it crawled the target page, so a link
// to /om/#kilde-x found after /om/ was crawled goes unchecked. This closes that gap from dist/.
test('every internal #anchor exists on the page it points to', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFilesIn('dist')) {
    const page = `/${file.slice('dist/'.length).replace(/index\.html$/, '')}`;
    for (const [, href] of readFileSync(file, 'utf8').matchAll(/\shref="([^"]*#[^"]*)"/g)) {
      if (!href!.startsWith('/') && !href!.startsWith('#')) continue;
      const [path, fragment] = href!.split('#') as [string, string];
      const target = `dist${path || page}`.replace(/\/$/, '/index.html');
      checked++;
      if (!existsSync(target) || (fragment && !idsOf(target).has(decodeURIComponent(fragment)))) broken.push(`${page}: ${href}`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect([...new Set(broken)]).toEqual([]);
});
