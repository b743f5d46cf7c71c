import { describe, expect, it } from 'vitest';
import {
  counts,
  facetKeys,
  facets,
  filterStories,
  storyFilters,
  type Selection,
} from '../../../src/lib/stories';
import {
  isActive,
  pagefindFilters,
  parseSearchState,
  searchCounts,
  searchResults,
  STORIES_ONLY,
  searchStateToQuery,
  toggle,
  type PagefindFilters,
  type PagefindLike,
} from '../../../src/lib/story-search';
import { contentStories } from '../../support/content-stories';

const stories = contentStories();

/**
 * A stand-in for Pagefind over the content files, with its semantics: filters are ANDed across keys,
 * `any` within one; a result's `filters` count the results that also have each value, but only for
 * the filter keys whose index is loaded: a search loads the keys it filters on, filters() loads all.
 */
function fakePagefind(): PagefindLike<{ id: string; score: number }> & { calls: number } {
  const loaded = new Set<string>();
  const pages = stories.map((s) => ({
    slug: s.slug,
    text: `${s.title} ${s.summary}`.toLowerCase(),
    filters: storyFilters(s) as Record<string, readonly string[]>,
  }));
  const tally = (list: typeof pages) =>
    Object.fromEntries(
      facets
        .filter((f) => loaded.has(f.key))
        .map((f) => [
          f.key,
          Object.fromEntries(
            f.values.map((v) => [v.id, list.filter((p) => p.filters[f.key]!.includes(v.id)).length])
          ),
        ])
    );
  const fake = {
    calls: 0,
    async filters() {
      for (const key of facetKeys) loaded.add(key);
      return tally(pages);
    },
    async search(term: string | null, { filters }: { filters: PagefindFilters }) {
      fake.calls++;
      for (const key of Object.keys(filters)) loaded.add(key);
      if (term === null && Object.keys(filters).length === 0) return null;
      const hits = pages.filter(
        (p) =>
          (term === null || p.text.includes(term.toLowerCase())) &&
          Object.entries(filters).every(([key, { any }]) =>
            any.some((v) => p.filters[key]!.includes(v))
          )
      );
      // Scores as Pagefind gives them: no two the same here (ties have their own test).
      return {
        results: hits.map((p, i) => ({ id: p.slug, score: hits.length - i })),
        filters: tally(hits),
      };
    },
  };
  return fake;
}

describe('search state in the URL', () => {
  it('reads the query and ticked values, repeated or comma-separated', () => {
    expect(
      parseSearchState('?q=tilskudd&sektor=statlig&sektor=kommune&rute=mentor,lonnstilskudd')
    ).toEqual({
      q: 'tilskudd',
      selection: { sektor: ['statlig', 'kommune'], rute: ['mentor', 'lonnstilskudd'] },
    });
  });
  it('drops unknown groups and values from a hand-edited URL', () => {
    expect(parseSearchState('?sektor=romfart&farge=bla&malgruppe=hull-i-cv')).toEqual({
      q: '',
      selection: { malgruppe: ['hull-i-cv'] },
    });
  });
  it('writes a link that reproduces the view, in a fixed group order', () => {
    const state = {
      q: ' hull i CV ',
      selection: { rute: ['mentor'], sektor: ['privat', 'kommune'] },
    };
    expect(searchStateToQuery(state)).toBe('?q=hull+i+CV&sektor=privat&sektor=kommune&rute=mentor');
    expect(parseSearchState(searchStateToQuery(state))).toEqual({
      q: 'hull i CV',
      selection: { sektor: ['privat', 'kommune'], rute: ['mentor'] },
    });
    expect(searchStateToQuery({ q: '', selection: { sektor: [] } })).toBe('');
  });
  it('is active with a query or a ticked value, not otherwise', () => {
    expect(isActive({ q: '', selection: {} })).toBe(false);
    expect(isActive({ q: '  ', selection: { rute: [] } })).toBe(false);
    expect(isActive({ q: 'x', selection: {} })).toBe(true);
    expect(isActive({ q: '', selection: { region: ['oslo'] } })).toBe(true);
  });
  it('toggles a value on and off without duplicates', () => {
    let s: Selection = toggle({}, 'sektor', 'statlig', true);
    s = toggle(s, 'sektor', 'statlig', true);
    expect(s.sektor).toEqual(['statlig']);
    expect(toggle(s, 'sektor', 'statlig', false).sektor).toEqual([]);
  });
});

describe('Pagefind filters', () => {
  it('uses «any» within a group and leaves empty groups and the excepted group out', () => {
    const selection = { sektor: ['statlig', 'privat'], rute: ['mentor'], malgruppe: [] };
    expect(pagefindFilters(selection)).toEqual({
      sektor: { any: ['statlig', 'privat'] },
      rute: { any: ['mentor'] },
    });
    expect(pagefindFilters(selection, 'sektor')).toEqual({ rute: { any: ['mentor'] } });
  });
});

describe('searchResults and searchCounts: results, and OR counts from Pagefind’s AND counts', () => {
  const selections: Selection[] = [
    {},
    { sektor: ['statlig'] },
    { sektor: ['statlig', 'privat'] },
    { sektor: ['statlig', 'kommune'], rute: ['arbeidstrening', 'lonnstilskudd'] },
    { rute: ['arbeidstrening'], malgruppe: ['innvandrerbakgrunn', 'hull-i-cv'] },
    {
      sektor: ['privat'],
      rute: ['arbeidstrening', 'mentor'],
      malgruppe: ['nedsatt-funksjonsevne'],
      region: ['vestland'],
    },
    { region: ['oslo', 'vestland', 'hele-landet'] },
  ];
  const nonZero = (r: Record<string, number>) =>
    Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));
  it.each(selections.map((s) => [JSON.stringify(s), s] as const))(
    'counts for %s equal counts() over the content files',
    async (_name, selection) => {
      const pf = fakePagefind();
      const results = (await searchResults(pf, { q: '', selection })).map((r) => r.id);
      const got = await searchCounts(pf, { q: '', selection });
      const expected = counts(stories, selection);
      for (const key of facetKeys) expect(nonZero(got[key]), key).toEqual(nonZero(expected[key]));
      const hasSelection = facetKeys.some((k) => (selection[k] ?? []).length > 0);
      expect(results).toEqual(
        hasSelection ? filterStories(stories, selection).map((s) => s.slug) : []
      );
    }
  );
  it('a plain query needs one search for the results and one for the counts; each ticked group one more', async () => {
    const pf = fakePagefind();
    await searchResults(pf, { q: 'nav', selection: {} });
    expect(pf.calls).toBe(1);
    await searchCounts(pf, { q: 'nav', selection: {} });
    expect(pf.calls).toBe(2);
    const pf2 = fakePagefind();
    await searchCounts(pf2, {
      q: 'nav',
      selection: { sektor: ['statlig'], rute: ['mentor', 'arbeidstrening'] },
    });
    expect(pf2.calls).toBe(3);
  });
  it('with a query, counts only the pages that match it, even when no filter index was loaded before', async () => {
    const pf = fakePagefind();
    expect(
      (await searchResults(pf, { q: 'statens vegvesen', selection: {} })).map((r) => r.id)
    ).toEqual(['statens-vegvesen']);
    const got = await searchCounts(pf, { q: 'statens vegvesen', selection: {} });
    expect(got.sektor.statlig).toBe(1);
    expect(got.sektor.privat ?? 0).toBe(0);
    expect(Object.values(got.rute).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
  it('with nothing searched or ticked, there are no results and the counts are the totals', async () => {
    const pf = fakePagefind();
    expect(await searchResults(pf, { q: '  ', selection: {} })).toEqual([]);
    expect(pf.calls).toBe(0);
    const got = await searchCounts(pf, { q: '', selection: {} });
    for (const key of facetKeys)
      expect(nonZero(got[key])).toEqual(nonZero(counts(stories, {})[key]));
  });
});

describe('searchResults: equal first scores', () => {
  // Two stories Pagefind scores the same for «renhold»; only the second has the word in its title
  // (filter rang:navn:renhold). Without the tie-break, the order is the order the pages were indexed.
  const fake = (scores: [number, number]) => ({
    async filters() {
      return {};
    },
    async search(term: string | null, { filters }: { filters: PagefindFilters }) {
      if (term === null) {
        const wanted = filters.rang?.any ?? [];
        const hits = wanted.includes('navn:renhold')
          ? [{ id: 'renhold-i-tittelen', score: 1 }]
          : [];
        return { results: hits, filters: {} };
      }
      return {
        results: [
          { id: 'nevner-renhold', score: scores[0] },
          { id: 'renhold-i-tittelen', score: scores[1] },
        ],
        filters: {},
      };
    },
  });

  it('puts the story whose title carries the word first', async () => {
    const found = await searchResults(fake([2, 2]), { q: 'renhold', selection: {} }, STORIES_ONLY);
    expect(found.map((r) => r.id)).toEqual(['renhold-i-tittelen', 'nevner-renhold']);
  });

  it('leaves Pagefind’s order where the scores differ', async () => {
    const found = await searchResults(fake([3, 2]), { q: 'renhold', selection: {} }, STORIES_ONLY);
    expect(found.map((r) => r.id)).toEqual(['nevner-renhold', 'renhold-i-tittelen']);
  });
});
