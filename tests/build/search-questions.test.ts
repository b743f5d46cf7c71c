import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../support/dist';
import { loadPagefind } from '../support/pagefind-node';
import { searchQueries } from '../support/search-queries';
import { inSections, loadSearchQuestions } from '../../src/integrations/search-questions.mjs';
import { siteSearchResults } from '../../src/lib/site-search';
import { toHit } from '../../src/lib/search-hit';

// Issue 19, item 2: the readers' questions (content/sokesporsmal.yaml) are in the built index under
// the section that answers them, and a hit never shows them: its excerpt is the page's own text.
requireDist();

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; location: number }[];
}
const fragments = new Map<string, Fragment>();
for (const name of readdirSync(join('dist', 'pagefind', 'fragment'))) {
  const raw = gunzipSync(readFileSync(join('dist', 'pagefind', 'fragment', name))).toString('utf8');
  const f = JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  fragments.set(f.url, f);
}
const entries = loadSearchQuestions();

describe.each(entries.map((e) => [`${e.side}#${e.anker}`, e] as const))('%s', (_, e) => {
  it('has every question in the index: in its own section on a rule page, else as metadata', () => {
    const f = fragments.get(e.side);
    expect(f, `${e.side} mangler i søkeindeksen`).toBeDefined();
    if (!inSections(e.side)) {
      for (const q of e.sporsmal) expect(f!.meta.sporsmal, q).toContain(q);
      expect(f!.content).not.toContain('⟦');
      return;
    }
    const words = f!.content.split(/\s+/);
    const sorted = f!.anchors
      .filter((a) => /^h[1-6]$/.test(a.element))
      .sort((a, b) => a.location - b.location);
    const i = sorted.findIndex((a) => a.id === e.anker);
    if (e.anker !== '')
      expect(i, `#${e.anker} er ikke en overskrift i indeksen`).toBeGreaterThan(-1);
    const from = i < 0 ? 0 : sorted[i]!.location;
    const to = (i < 0 ? sorted[0]?.location : sorted[i + 1]?.location) ?? words.length;
    const section = words.slice(from, to).join(' ');
    for (const q of e.sporsmal) expect(section, q).toContain(`⟦ ${q} ⟧`);
  });
});

describe('a hit’s excerpt', () => {
  let pf: Awaited<ReturnType<typeof loadPagefind>>;
  beforeAll(async () => {
    pf = await loadPagefind('dist/pagefind');
  });

  // The 66 queries and, for each rule section, its first question: a query that matches the
  // questions above all.
  const queries = [
    ...searchQueries.map((q) => q.query),
    ...entries.filter((e) => e.side.startsWith('/regelverk/')).map((e) => e.sporsmal[0]!),
  ];

  it('shows the page’s own words, never a reader’s question, in the first three hits', async () => {
    const bad: string[] = [];
    let hits = 0;
    for (const q of queries) {
      const found = await siteSearchResults(pf, { q, type: null }, null);
      for (const r of found.slice(0, 3)) {
        const hit = toHit(await r.data());
        hits++;
        const words = hit.excerpt
          .replace(/<[^>]+>/g, ' ')
          .trim()
          .split(/\s+/).length;
        if (/[⟦⟧]/.test(hit.excerpt) || words < 8) bad.push(`«${q}» ${hit.href}: ${hit.excerpt}`);
      }
    }
    expect(hits).toBeGreaterThan(300);
    expect(bad).toEqual([]);
  });
});
