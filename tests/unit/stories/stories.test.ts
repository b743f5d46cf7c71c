import { describe, expect, it } from 'vitest';
import {
  counts,
  facetKeys,
  featured,
  filterStories,
  groupByScope,
  inScopeOrder,
  routesWithStories,
  stateOnlyRoutes,
  STORY_LINKS_MAX,
  staticFilterPages,
  emptyFilterPages,
  storiesForRoute,
  storiesForRoutes,
  similarStories,
  SIMILAR_MAX,
  storyFilters,
  storyScope,
  valuesOf,
  type Selection,
  type StoryFields,
} from '../../../src/lib/stories';
import { routes, type RouteId } from '../../../src/lib/vocabulary';
import { contentStories } from '../../support/content-stories';

const story = (name: string, fields: Partial<StoryFields> = {}) => ({
  name,
  sector: undefined,
  routes: [] as RouteId[],
  targetGroups: [],
  regions: [],
  ...fields,
});
const a = story('a', {
  sector: 'statlig',
  routes: ['administrativ-ansettelse', 'lonnstilskudd'],
  targetGroups: ['hull-i-cv'],
  regions: ['oslo'],
});
const b = story('b', {
  sector: 'kommune',
  routes: ['arbeidstrening'],
  targetGroups: ['innvandrerbakgrunn'],
});
const c = story('c', {
  sector: 'privat',
  routes: ['lonnstilskudd', 'mentor'],
  targetGroups: ['nedsatt-funksjonsevne', 'hull-i-cv'],
  regions: ['vestland'],
});
const d = story('d', { routes: [] }); // the source names neither sector nor a measure
const e = story('e', { sector: 'statlig', routes: ['ordinaer-ansettelse'] });
const all = [a, b, c, d, e];
const names = (list: { name: string }[]) => list.map((s) => s.name);

describe('storyScope: «Bare for staten» or «Åpent for alle»', () => {
  it('is «state» when a story used a route only statsansatteloven opens', () => {
    expect(storyScope(a)).toBe('state');
    expect(stateOnlyRoutes(a)).toEqual(['administrativ-ansettelse']);
  });
  it('is «open» when a story used only NAV measures open to every employer', () => {
    expect(storyScope(b)).toBe('open');
    expect(storyScope(c)).toBe('open');
  });
  it('is «open» for ordinary advertising, which the vocabulary marks open to all', () => {
    expect(storyScope(e)).toBe('open');
  });
  it('is «open» when a story names no route at all (its grep need no rule)', () => {
    expect(storyScope(d)).toBe('open');
    expect(stateOnlyRoutes(d)).toEqual([]);
  });
  it('follows the vocabulary: every stateOnly route alone makes a story «state», every other «open»', () => {
    for (const r of routes)
      expect(storyScope({ routes: [r.id] })).toBe(r.stateOnly ? 'state' : 'open');
  });
});

describe('storiesForRoute', () => {
  it('keeps the stories that used the route, in order', () => {
    expect(names(storiesForRoute(all, 'lonnstilskudd'))).toEqual(['a', 'c']);
  });
  it('is empty for a route no story used', () => {
    expect(storiesForRoute(all, 'fast-etter-trainee')).toEqual([]);
  });
  it('for several routes (a regelverk page), keeps a story that used any of them, once', () => {
    expect(names(storiesForRoutes(all, ['mentor', 'lonnstilskudd', 'arbeidstrening']))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(storiesForRoutes(all, [])).toEqual([]);
  });
});

describe('filterStories: OR within a group, AND across groups', () => {
  it('returns every story for an empty selection or empty groups', () => {
    expect(filterStories(all, {})).toEqual(all);
    expect(filterStories(all, { sektor: [], rute: [] })).toEqual(all);
  });
  it('keeps stories with any of the values ticked in one group', () => {
    expect(names(filterStories(all, { sektor: ['kommune', 'privat'] }))).toEqual(['b', 'c']);
    expect(names(filterStories(all, { rute: ['mentor', 'arbeidstrening'] }))).toEqual(['b', 'c']);
  });
  it('needs a match in every group that has values', () => {
    expect(
      names(filterStories(all, { sektor: ['statlig', 'privat'], rute: ['lonnstilskudd'] }))
    ).toEqual(['a', 'c']);
    expect(
      names(
        filterStories(all, {
          sektor: ['statlig', 'privat'],
          rute: ['lonnstilskudd'],
          malgruppe: ['nedsatt-funksjonsevne'],
        })
      )
    ).toEqual(['c']);
    expect(names(filterStories(all, { sektor: ['kommune'], region: ['oslo'] }))).toEqual([]);
  });
  it('never matches a sector filter for a story whose source names no sector', () => {
    for (const s of ['statlig', 'kommune', 'fylkeskommune', 'privat', 'ideell', 'helseforetak']) {
      expect(filterStories([d], { sektor: [s] })).toEqual([]);
    }
  });
});

describe('counts: what each value would give if ticked', () => {
  it('with nothing ticked, counts every story per value', () => {
    const n = counts(all, {});
    expect(n.sektor).toMatchObject({ statlig: 2, kommune: 1, privat: 1, ideell: 0 });
    expect(n.rute).toMatchObject({ lonnstilskudd: 2, arbeidstrening: 1, 'fast-etter-trainee': 0 });
    expect(n.malgruppe).toMatchObject({ 'hull-i-cv': 2, 'nedsatt-funksjonsevne': 1 });
    expect(n.region).toMatchObject({ oslo: 1, vestland: 1, agder: 0 });
  });
  it('leaves a group’s own selection out (OR), so other values in it keep their full count', () => {
    const n = counts(all, { sektor: ['statlig'] });
    expect(n.sektor).toMatchObject({ statlig: 2, kommune: 1, privat: 1 });
    // The other groups count only within statlig.
    expect(n.rute).toMatchObject({
      lonnstilskudd: 1,
      'administrativ-ansettelse': 1,
      'ordinaer-ansettelse': 1,
      arbeidstrening: 0,
    });
  });
  it('applies every other group (AND)', () => {
    const n = counts(all, { sektor: ['statlig', 'privat'], rute: ['lonnstilskudd'] });
    expect(n.sektor).toMatchObject({ statlig: 1, privat: 1, kommune: 0 });
    expect(n.rute).toMatchObject({
      lonnstilskudd: 2,
      mentor: 1,
      'ordinaer-ansettelse': 1,
      'administrativ-ansettelse': 1,
    });
    expect(n.malgruppe).toMatchObject({ 'hull-i-cv': 2, 'nedsatt-funksjonsevne': 1 });
  });
  it('agrees with filterStories: ticking a value alone gives exactly its count', () => {
    const selection: Selection = { sektor: ['statlig', 'privat'] };
    const n = counts(all, selection);
    for (const key of facetKeys.filter((k) => k !== 'sektor')) {
      for (const [value, count] of Object.entries(n[key])) {
        expect(filterStories(all, { ...selection, [key]: [value] }).length, `${key}=${value}`).toBe(
          count
        );
      }
    }
  });
});

describe('groupByScope', () => {
  it('puts the stories with state-only routes first and leaves out an empty group', () => {
    expect(groupByScope(all).map((g) => [g.scope, names(g.stories)])).toEqual([
      ['state', ['a']],
      ['open', ['b', 'c', 'd', 'e']],
    ]);
    expect(groupByScope([b]).map((g) => g.scope)).toEqual(['open']);
  });
});

describe('inScopeOrder', () => {
  it('lists the state-only group first, each group in the order given, every story once', () => {
    expect(names(inScopeOrder([e, d, c, b, a]))).toEqual(['a', 'e', 'd', 'c', 'b']);
    expect(names(inScopeOrder([b, e, a, d]))).toEqual(['a', 'b', 'e', 'd']);
  });
});

describe('featured: the short list beside a rule or a wizard route', () => {
  const many = Array.from({ length: STORY_LINKS_MAX + 3 }, (_, i) => story(`s${i}`));
  it('shows every story and no «more» when they fit', () => {
    expect(featured(all)).toEqual({ shown: all, more: 0 });
    expect(featured([])).toEqual({ shown: [], more: 0 });
  });
  it('cuts at STORY_LINKS_MAX, keeping the order, and counts the rest', () => {
    const { shown, more } = featured(many);
    expect(names(shown)).toEqual(names(many.slice(0, STORY_LINKS_MAX)));
    expect(more).toBe(3);
  });
});

describe('routesWithStories: the «see all» links', () => {
  it('keeps the routes given that have stories, in that order, with their counts', () => {
    expect(routesWithStories(all, ['mentor', 'traineeprogrammet', 'lonnstilskudd'])).toEqual([
      { id: 'mentor', count: 1 },
      { id: 'lonnstilskudd', count: 2 },
    ]);
  });
});

describe('storyFilters: what the search index stores per story', () => {
  it('gives every group, with an empty sector when the source names none', () => {
    expect(storyFilters(a)).toEqual({
      sektor: ['statlig'],
      rute: ['administrativ-ansettelse', 'lonnstilskudd'],
      malgruppe: ['hull-i-cv'],
      utfall: ['suksess'],
      region: ['oslo'],
    });
    expect(storyFilters(d)).toEqual({
      sektor: [],
      rute: [],
      malgruppe: [],
      utfall: ['suksess'],
      region: [],
    });
  });
});

describe('utfall: «Hva som var vanskelig» is a filter value of its own', () => {
  const hard = story('hard', { sector: 'statlig', outcomeKind: 'vanskelig' });
  it('files a story without outcomeKind under «suksess» and a «vanskelig» one under its own value', () => {
    expect(valuesOf(a, 'utfall')).toEqual(['suksess']);
    expect(valuesOf(hard, 'utfall')).toEqual(['vanskelig']);
    expect(names(filterStories([...all, hard], { utfall: ['vanskelig'] }))).toEqual(['hard']);
  });
  it('gets a static filter page only when a story has the value', () => {
    const pages = (list: StoryFields[]) =>
      staticFilterPages(list)
        .filter((p) => p.facet === 'utfall')
        .map((p) => p.value);
    expect(pages(all)).toEqual(['suksess']);
    expect(pages([...all, hard])).toEqual(['suksess', 'vanskelig']);
  });
});

describe('similarStories: «Lignende historier»', () => {
  const s = (slug: string, fields: Partial<StoryFields> = {}) => ({
    ...story(slug, fields),
    slug,
    title: slug,
  });
  const self = s('self', { sector: 'statlig', routes: ['arbeidstrening', 'lonnstilskudd'] });
  const both = s('both', { sector: 'privat', routes: ['arbeidstrening', 'lonnstilskudd'] });
  const oneAndSector = s('one-and-sector', { sector: 'statlig', routes: ['lonnstilskudd'] });
  const one = s('one', { sector: 'kommune', routes: ['arbeidstrening'] });
  const sectorOnly = s('sector-only', { sector: 'statlig', routes: ['mentor'] });
  const none = s('none', { sector: 'privat', routes: ['mentor'] });
  const list = [none, sectorOnly, one, oneAndSector, both, self];
  it('ranks more shared routes first, then the same sector, and never the story itself', () => {
    expect(similarStories(self, list).map((x) => x.slug)).toEqual([
      'both',
      'one-and-sector',
      'one',
    ]);
  });
  it('shows at most SIMILAR_MAX, and nothing unrelated', () => {
    expect(similarStories(self, list, 10).map((x) => x.slug)).toEqual([
      'both',
      'one-and-sector',
      'one',
      'sector-only',
    ]);
    expect(similarStories(none, [self, one])).toEqual([]);
    expect(SIMILAR_MAX).toBe(3);
  });
  it('finds at least one similar story for every story on the site that names a sector or a route', () => {
    const real = contentStories();
    const withFacts = real.filter((st) => st.sector !== undefined || st.routes.length > 0);
    expect(withFacts.length).toBeGreaterThan(real.length - 3);
    for (const st of withFacts) expect(similarStories(st, real).length, st.slug).toBeGreaterThan(0);
  });
});

describe('the stories in content/historier', () => {
  const stories = contentStories();
  const pages = staticFilterPages(stories);

  it('has a static filter page for exactly the sector, route and target group values that have stories', () => {
    for (const key of ['sektor', 'rute', 'malgruppe'] as const) {
      const used = new Set(stories.flatMap((s) => valuesOf(s, key)));
      expect(new Set(pages.filter((p) => p.facet === key).map((p) => p.value)), key).toEqual(used);
    }
    expect(pages.filter((p) => p.facet === 'region')).toEqual([]);
    expect(pages.every((p) => p.stories.length > 0)).toBe(true);
  });
  it('keeps an address for every route, sector and target group, with or without stories (old links answer)', () => {
    const empty = emptyFilterPages(stories);
    expect(empty.every((p) => p.stories.length === 0)).toBe(true);
    const addresses = [...pages, ...empty].map((p) => `${p.facet}/${p.value}`);
    expect(new Set(addresses).size).toBe(addresses.length);
    // Both had stories on 2 December (their story is now a short example).
    expect(addresses).toContain('rute/mentor');
    expect(addresses).toContain('rute/inkluderingstilskudd');
  });
  it('lists on each filter page exactly the stories filterStories gives', () => {
    for (const p of pages)
      expect(p.stories).toEqual(filterStories(stories, { [p.facet]: [p.value] }));
  });
  it('has both scopes, and every «state» story is from a statlig employer', () => {
    const groups = groupByScope(stories);
    expect(groups.map((g) => g.scope)).toEqual(['state', 'open']);
    for (const s of groups[0]!.stories) expect(s.sector, s.slug).toBe('statlig');
  });
  it('counts with nothing ticked equal the static pages’ lengths', () => {
    const n = counts(stories, {});
    for (const p of pages)
      expect(n[p.facet][p.value], `${p.facet}/${p.value}`).toBe(p.stories.length);
  });
});
