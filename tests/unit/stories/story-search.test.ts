import { describe, expect, it } from 'vitest';
import { counts, facetKeys, facets, filterStories, storyFilters, type Selection } from '../../../src/lib/stories';
import {
  isActive, pagefindFilters, parseSearchState, runSearch, searchStateToQuery, toggle, type PagefindFilters, type PagefindLike,
} from '../../../src/lib/story-search';
import { contentStories } from '../../fixtures/content-stories';

const stories = contentStories();

/**
 * A stand-in for Pagefind over the content files, with its documented semantics: filters are ANDed
 * across keys, `any` within one; a result's `filters` count the results that also have each value.
 */
function fakePagefind(): PagefindLike<string> & { calls: number } {
  const pages = stories.map((s) => ({ slug: s.slug, text: `${s.title} ${s.summary}`.toLowerCase(), filters: storyFilters(s) as Record<string, readonly string[]> }));
  const tally = (list: typeof pages) =>
    Object.fromEntries(facets.map((f) => [f.key, Object.fromEntries(f.values.map((v) => [v.id, list.filter((p) => p.filters[f.key]!.includes(v.id)).length]))]));
  const fake = {
    calls: 0,
    async filters() { return tally(pages); },
    async search(term: string | null, { filters }: { filters: PagefindFilters }) {
      fake.calls++;
      if (term === null && Object.keys(filters).length === 0) return null;
      const hits = pages.filter((p) =>
        (term === null || p.text.includes(term.toLowerCase())) &&
        Object.entries(filters).every(([key, { any }]) => any.some((v) => p.filters[key]!.includes(v))));
      return { results: hits.map((p) => p.slug), filters: tally(hits) };
    },
  };
  return fake;
}

describe('search state in the URL', () => {
  it('reads the query and ticked values, repeated or comma-separated', () => {
    expect(parseSearchState('?q=tilskudd&sektor=statlig&sektor=kommune&rute=mentor,lonnstilskudd')).toEqual({
      q: 'tilskudd', selection: { sektor: ['statlig', 'kommune'], rute: ['mentor', 'lonnstilskudd'] },
    });
  });
  it('drops unknown groups and values from a hand-edited URL', () => {
    expect(parseSearchState('?sektor=romfart&farge=bla&malgruppe=hull-i-cv')).toEqual({ q: '', selection: { malgruppe: ['hull-i-cv'] } });
  });
  it('writes a link that reproduces the view, in a fixed group order', () => {
    const state = { q: ' hull i CV ', selection: { rute: ['mentor'], sektor: ['privat', 'kommune'] } };
    expect(searchStateToQuery(state)).toBe('?q=hull+i+CV&sektor=privat&sektor=kommune&rute=mentor');
    expect(parseSearchState(searchStateToQuery(state))).toEqual({ q: 'hull i CV', selection: { sektor: ['privat', 'kommune'], rute: ['mentor'] } });
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
    expect(pagefindFilters(selection)).toEqual({ sektor: { any: ['statlig', 'privat'] }, rute: { any: ['mentor'] } });
    expect(pagefindFilters(selection, 'sektor')).toEqual({ rute: { any: ['mentor'] } });
  });
});

describe('runSearch: results and OR counts from Pagefind’s AND counts', () => {
  const selections: Selection[] = [
    {},
    { sektor: ['statlig'] },
    { sektor: ['statlig', 'privat'] },
    { sektor: ['statlig', 'kommune'], rute: ['arbeidstrening', 'lonnstilskudd'] },
    { rute: ['arbeidstrening'], malgruppe: ['innvandrerbakgrunn', 'hull-i-cv'] },
    { sektor: ['privat'], rute: ['arbeidstrening', 'mentor'], malgruppe: ['nedsatt-funksjonsevne'], region: ['vestland'] },
    { region: ['oslo', 'vestland', 'hele-landet'] },
  ];
  it.each(selections.map((s) => [JSON.stringify(s), s] as const))('counts for %s equal counts() over the content files', async (_name, selection) => {
    const outcome = await runSearch(fakePagefind(), { q: '', selection });
    const expected = counts(stories, selection);
    for (const key of facetKeys) {
      const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));
      expect(nonZero(outcome.counts[key]), key).toEqual(nonZero(expected[key]));
    }
    const hasSelection = facetKeys.some((k) => (selection[k] ?? []).length > 0);
    expect(outcome.results).toEqual(hasSelection ? filterStories(stories, selection).map((s) => s.slug) : []);
  });
  it('needs one extra query per group that has values ticked, and none for a plain query', async () => {
    const pf = fakePagefind();
    await runSearch(pf, { q: 'nav', selection: {} });
    expect(pf.calls).toBe(1);
    const pf2 = fakePagefind();
    await runSearch(pf2, { q: 'nav', selection: { sektor: ['statlig'], rute: ['mentor', 'arbeidstrening'] } });
    expect(pf2.calls).toBe(3);
  });
  it('with a query, counts only the pages that match it', async () => {
    const outcome = await runSearch(fakePagefind(), { q: 'statens vegvesen', selection: {} });
    expect(outcome.results).toEqual(['statens-vegvesen']);
    expect(outcome.counts.sektor.statlig).toBe(1);
    expect(outcome.counts.sektor.privat).toBe(0);
  });
});
