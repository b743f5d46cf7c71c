import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, distFile, requireDist } from '../support/dist';
import { sitemapPaths } from '../support/site-pages';
import { movedStoryPaths } from '../../src/lib/content/moved-stories.mjs';

// What the link crawl in tests/e2e/links.spec.ts cannot see page by page, checked from dist/.
requireDist();
// The 404 page has no address of its own: nginx serves dist/404.html for any unknown one.
const notFound = '/404.html';
const fileOf = (path: string) => (path === notFound ? join('dist', notFound) : distFile(path));
const html = new Map<string, string>();
const htmlOf = (path: string) => {
  if (!html.has(path)) html.set(path, readFileSync(fileOf(path), 'utf8'));
  return html.get(path)!;
};
/** The internal links on a page as [path, fragment], resolved against the page. */
const linksOn = (page: string) =>
  [...htmlOf(page).matchAll(/\shref="([^"]*)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((href) => href.startsWith('/') || href.startsWith('#'))
    .map((href) => {
      const [path = '', fragment = ''] = href.split('#');
      return [path.replace(/\?.*$/, '') || page, fragment] as const;
    });

describe('internal links in dist/', () => {
  test('every page is reachable through links from the pages in the sitemap', () => {
    const pages = builtPages();
    const seen = new Set(sitemapPaths());
    const queue = [...seen];
    while (queue.length > 0) {
      for (const [path] of linksOn(queue.pop()!)) {
        if (path.endsWith('/') && !seen.has(path) && existsSync(distFile(path))) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    // The wizard alone has over 1,000 prebuilt pages, each reached through the answer links.
    expect(pages.length).toBeGreaterThan(1_000);
    // The old addresses of stories that moved to «Korte eksempler» only keep shared links working.
    const moved = movedStoryPaths();
    expect(
      pages.filter((p) => !seen.has(p) && !moved.includes(p)),
      'pages no link leads to'
    ).toEqual([]);
  });

  // linkinator checks a fragment only if it saw the link before it fetched the target page, so a
  // link to /om/#kilde-x found after /om/ was fetched goes unchecked. This closes that gap.
  test('every internal #anchor exists on the page it points to', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path))
        ids.set(path, new Set([...htmlOf(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(path)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of [...builtPages(), notFound]) {
      for (const [path, fragment] of linksOn(page)) {
        if (!fragment) continue;
        checked++;
        if (!existsSync(fileOf(path)) || !idsOf(path).has(decodeURIComponent(fragment)))
          broken.push(`${page}: ${path}#${fragment}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect([...new Set(broken)]).toEqual([]);
  });
});
