import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config/site.mjs';
import { builtPages, distFile, requireDist } from '../support/dist';

// A shared or printed page names its own address: the canonical link, og:url and the printed
// «Adresse» are the page's path on the site. The 404 page is served at any wrong address, so it
// names none (it used to name /404/, which does not exist).
requireDist();
const head = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
const canonicals = (html: string) => head(html, /<link rel="canonical" href="([^"]*)"/g);
const ogUrls = (html: string) => head(html, /<meta property="og:url" content="([^"]*)"/g);
const printed = (html: string) => head(html, /Adresse: ([^<\s]+)/g);

describe('the address a page gives for itself', () => {
  it('is its own, once, on every built page', () => {
    const wrong: string[] = [];
    const pages = builtPages();
    for (const path of pages) {
      const html = readFileSync(distFile(path), 'utf8');
      const own = `${SITE_URL}${path}`;
      // The wizard's prebuilt steps and results carry no Open Graph tags (BaseLayout `openGraph`).
      const wizardPage = /^\/(nn\/)?veiviser\/./.test(path);
      const checks: [string, string[]][] = [
        ['canonical', canonicals(html)],
        ...(wizardPage ? [] : [['og:url', ogUrls(html)] as [string, string[]]]),
        ['Adresse', printed(html)],
      ];
      for (const [name, found] of checks)
        if (found.length !== 1 || found[0] !== own)
          wrong.push(`${path} ${name}: ${found.join(', ')}`);
    }
    expect(pages.length).toBeGreaterThan(2_000);
    expect(wrong).toEqual([]);
    const wizardOg = pages.filter(
      (p) => /^\/(nn\/)?veiviser\/./.test(p) && ogUrls(readFileSync(distFile(p), 'utf8')).length > 0
    );
    expect(wizardOg, 'wizard steps and results without og:url').toEqual([]);
  });
  it('is none on the 404 page', () => {
    const html = readFileSync('dist/404.html', 'utf8');
    expect(html).toContain('Siden finnes ikke');
    expect([...canonicals(html), ...ogUrls(html), ...printed(html)]).toEqual([]);
  });
});
