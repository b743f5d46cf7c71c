// Pure helpers for the «suksesshistorier»: scope, filtering and counts. The pages, the static
// filter pages and the search island all call these, so they always agree.
import {
  outcomeKinds,
  regions,
  route,
  routes,
  sectors,
  targetGroups,
  type RouteId,
} from './vocabulary';

/** The fields of a story these helpers read (HistorieData has them all). */
export interface StoryFields {
  sector?: string | undefined;
  /** «suksess» when absent (the schema's default). */
  outcomeKind?: string | undefined;
  routes: readonly RouteId[];
  targetGroups: readonly string[];
  regions: readonly string[];
}

/**
 * «state»: the story used at least one route only statsansatteloven opens (vocabulary `stateOnly`).
 * «open»: it used only NAV measures and grep every employer can use (or no named route at all).
 */
export type StoryScope = 'state' | 'open';

export function storyScope(story: Pick<StoryFields, 'routes'>): StoryScope {
  return story.routes.some((id) => route(id).stateOnly) ? 'state' : 'open';
}

/** The routes of a story that only the state can use, in vocabulary order. */
export const stateOnlyRoutes = (story: Pick<StoryFields, 'routes'>): RouteId[] =>
  routes.filter((r) => r.stateOnly && story.routes.includes(r.id)).map((r) => r.id);

/** Stories that used a route or measure, in the order given. */
export function storiesForRoute<T extends Pick<StoryFields, 'routes'>>(
  stories: readonly T[],
  routeId: RouteId
): T[] {
  return stories.filter((s) => s.routes.includes(routeId));
}

/** Stories that used any of several routes (a regelverk page explains several). */
export function storiesForRoutes<T extends Pick<StoryFields, 'routes'>>(
  stories: readonly T[],
  routeIds: readonly RouteId[]
): T[] {
  return stories.filter((s) => s.routes.some((id) => routeIds.includes(id)));
}

/**
 * The filter groups, one row each: URL key (bokmål, used in static page paths and query strings),
 * the story field it reads, and the vocabulary that gives its values. `staticPages`: the group
 * gets one plain list page per value, so it works without JavaScript.
 */
export const facets = [
  { key: 'sektor', field: 'sector', values: sectors, staticPages: true },
  { key: 'rute', field: 'routes', values: routes, staticPages: true },
  { key: 'malgruppe', field: 'targetGroups', values: targetGroups, staticPages: true },
  { key: 'utfall', field: 'outcomeKind', values: outcomeKinds, staticPages: true },
  { key: 'region', field: 'regions', values: regions, staticPages: false },
] as const;

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys = facets.map((f) => f.key) as FacetKey[];

/** Selected values per group. A missing or empty group does not filter. */
export type Selection = Partial<Record<FacetKey, readonly string[]>>;

const facet = (key: FacetKey) => facets.find((f) => f.key === key)!;

/** The values a story has in one group (sector is single, or absent when the source does not say). */
export function valuesOf(story: StoryFields, key: FacetKey): readonly string[] {
  const field = facet(key).field;
  if (field === 'sector') return story.sector === undefined ? [] : [story.sector];
  if (field === 'outcomeKind') return [story.outcomeKind ?? 'suksess'];
  return story[field];
}

/** Whether a value id belongs to the group's vocabulary (guards URLs typed by hand). */
export const isFacetValue = (key: FacetKey, value: string) =>
  facet(key).values.some((v) => v.id === value);

function matches(story: StoryFields, selection: Selection, except?: FacetKey): boolean {
  return facetKeys.every((key) => {
    const wanted = selection[key] ?? [];
    if (key === except || wanted.length === 0) return true;
    const has = valuesOf(story, key);
    return wanted.some((v) => has.includes(v)); // OR within a group
  }); // AND across groups
}

/** Stories matching the selection: any of the values within a group, every group that has values. */
export function filterStories<T extends StoryFields>(
  stories: readonly T[],
  selection: Selection
): T[] {
  return stories.filter((s) => matches(s, selection));
}

/**
 * For each group and value: how many stories there would be with that value ticked. Because a
 * group is OR, its own selection is left out and only the other groups apply; so ticking one
 * more value in a group never shows a count that is too small.
 */
export function counts(
  stories: readonly StoryFields[],
  selection: Selection
): Record<FacetKey, Record<string, number>> {
  const result = {} as Record<FacetKey, Record<string, number>>;
  for (const f of facets) {
    const pool = stories.filter((s) => matches(s, selection, f.key));
    result[f.key] = Object.fromEntries(
      f.values.map((v) => [v.id, pool.filter((s) => valuesOf(s, f.key).includes(v.id)).length])
    );
  }
  return result;
}

const filterPagesCache = new WeakMap<readonly StoryFields[], unknown>();

/**
 * The static filter pages: one per group value that has stories (no empty pages). Every list page
 * links them all, so they are worked out once per story list (the build passes the same array).
 */
export function staticFilterPages<T extends StoryFields>(stories: readonly T[]) {
  const cached = filterPagesCache.get(stories) as
    ReturnType<typeof computeFilterPages<T>> | undefined;
  if (cached) return cached;
  const pages = computeFilterPages(stories);
  filterPagesCache.set(stories, pages);
  return pages;
}

function computeFilterPages<T extends StoryFields>(stories: readonly T[]) {
  return allFilterPages(stories).filter((p) => p.stories.length > 0);
}

function allFilterPages<T extends StoryFields>(stories: readonly T[]) {
  return facets
    .filter((f) => f.staticPages)
    .flatMap((f) =>
      f.values.map((v) => ({
        facet: f.key as FacetKey,
        value: v.id as string,
        label: v.label as string,
        stories: filterStories(stories, { [f.key]: [v.id] }),
      }))
    );
}

/**
 * The filter pages no story fills today. They are built anyway, so an address that once listed
 * stories (e.g. /suksesshistorier/rute/mentor/ before its story moved to the short examples) still
 * answers; the lists never link them.
 */
export function emptyFilterPages<T extends StoryFields>(stories: readonly T[]) {
  return allFilterPages(stories).filter((p) => p.stories.length === 0);
}

/** Stories in two groups, state-only routes first, so a state reader sees them at once. */
export function groupByScope<T extends StoryFields>(
  stories: readonly T[]
): { scope: StoryScope; stories: T[] }[] {
  return (['state', 'open'] as const)
    .map((scope) => ({ scope, stories: stories.filter((s) => storyScope(s) === scope) }))
    .filter((g) => g.stories.length > 0);
}

/** A story's values per filter group, as the search index stores them (keys are the URL keys). */
export function storyFilters(story: StoryFields): Record<FacetKey, readonly string[]> {
  return Object.fromEntries(facetKeys.map((key) => [key, valuesOf(story, key)])) as Record<
    FacetKey,
    readonly string[]
  >;
}

/** How many stories a rule page or a wizard route lists; the rest are one link away, on the filter pages. */
export const STORY_LINKS_MAX = 6;

/**
 * The first `limit` stories, and how many more there are. Keeps rule pages and wizard results short
 * (and their build time flat) however many stories the site gets.
 */
export function featured<T>(
  stories: readonly T[],
  limit = STORY_LINKS_MAX
): { shown: T[]; more: number } {
  return { shown: stories.slice(0, limit), more: Math.max(0, stories.length - limit) };
}

/** The routes (of those given) that have stories, each with its count: the «see all» links. */
export function routesWithStories<T extends Pick<StoryFields, 'routes'>>(
  stories: readonly T[],
  routeIds: readonly RouteId[]
) {
  return routeIds
    .map((id) => ({ id, count: storiesForRoute(stories, id).length }))
    .filter((r) => r.count > 0);
}

/** All stories in list order: the state-only group first, then the rest (each as given, e.g. by title). */
export const inScopeOrder = <T extends StoryFields>(stories: readonly T[]): T[] =>
  groupByScope(stories).flatMap((g) => g.stories);

/** How many «Lignende historier» a story shows. */
export const SIMILAR_MAX = 3;

/**
 * «Lignende historier»: other stories that share a route or measure, or the sector. More shared
 * routes rank first, then the same sector; ties keep the order given (by title).
 */
export function similarStories<T extends StoryFields & { slug: string }>(
  story: T,
  all: readonly T[],
  limit = SIMILAR_MAX
): T[] {
  const score = (other: T) =>
    2 * other.routes.filter((id) => story.routes.includes(id)).length +
    (story.sector !== undefined && other.sector === story.sector ? 1 : 0);
  return all
    .filter((other) => other.slug !== story.slug)
    .map((other, index) => ({ other, index, score: score(other) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((c) => c.other);
}
