import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../support/dist';
import { readFragments } from '../../src/integrations/pagefind-fragments.mjs';
import { loadPagefind } from '../support/pagefind-node';
import { searchQueries } from '../support/search-queries';
import { inSections, loadSearchQuestions } from '../../src/integrations/search-questions.mjs';
import { siteSearchResults } from '../../src/lib/site-search';
import { parseQuestions, questionTerms } from '../../src/lib/search-neighbours';
import { toHit } from '../../src/lib/search-hit';

// Issue 19, item 2: the readers' questions (content/sokesporsmal.yaml) are in the built index under
// the section that answers them, and a hit never shows them: its excerpt is the page's own text.
requireDist();

const all = readFragments(join('dist', 'pagefind'));
const fragments = new Map(all.map((f) => [f.url, f]));
const urlOfId = new Map(all.map((f) => [f.id, f.url]));
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

describe('the questions /sok/ fetches (/pagefind/sporsmal.txt)', () => {
  const text = readFileSync(join('dist', 'pagefind', 'sporsmal.txt'), 'utf8');
  const lines = text.split('\n').map((line) => line.split('\t'));

  it('has one line per page with questions, naming every record of that page in the index', () => {
    const sides = [...new Set(entries.map((e) => e.side))];
    expect(lines).toHaveLength(sides.length);
    for (const [ids = '', list = ''] of lines) {
      const urls = ids.split(' ').map((id) => urlOfId.get(id));
      expect(urls, ids).not.toContain(undefined);
      const page = urls[0]!.split('#')[0]!;
      expect(
        urls.every((u) => u!.split('#')[0] === page),
        ids
      ).toBe(true);
      const all = [...urlOfId.values()].filter((u) => u.split('#')[0] === page);
      expect(urls.length, page).toBe(all.length);
      const questions = entries.filter((e) => e.side === page).flatMap((e) => e.sporsmal);
      expect(list.split('|').map(questionTerms)).toEqual(questions.map(questionTerms));
    }
  });

  it('gives every id of the index a page at most once', () => {
    const model = parseQuestions(text);
    const ids = lines.flatMap(([ids = '']) => ids.split(' '));
    expect(model.pageOf.size).toBe(ids.length);
  });
});
