// The search island's logic without React or the DOM: URL state, Pagefind filters, and counts
// with OR within a filter group. Pagefind's own counts assume AND, so each group that has
// values ticked gets one more query without its own values.
import { facetKeys, isFacetValue, type FacetKey, type Selection } from './stories';
import { breakTies, type IdResult } from './site-search';

export interface SearchState {
  q: string;
  selection: Selection;
}

/** Query string → state. Unknown groups and values (a hand-edited URL) are dropped. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).flatMap((v) => v.split(',')))].filter((v) =>
      isFacetValue(key, v)
    );
    if (values.length > 0) selection[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), selection };
}

/** State → query string («?q=…&sektor=statlig&sektor=kommune»), '' for the empty state. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of facetKeys) for (const v of state.selection[key] ?? []) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const isActive = (state: SearchState) =>
  state.q.trim() !== '' || facetKeys.some((k) => (state.selection[k] ?? []).length > 0);

export function toggle(selection: Selection, key: FacetKey, value: string, on: boolean): Selection {
  const current = selection[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return { ...selection, [key]: next };
}

export type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind filters for a selection: `any` within a group; groups are ANDed. `except` leaves one group out. */
export function pagefindFilters(selection: Selection, except?: FacetKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of facetKeys) {
    const values = selection[key] ?? [];
    if (key !== except && values.length > 0) filters[key] = { any: [...values] };
  }
  return filters;
}

type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's API this uses (the real module, or a fake in the unit tests). */
export interface PagefindLike<R> {
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters: PagefindFilters }
  ): Promise<{ results: R[]; filters: FilterCounts } | null>;
}

/** The story list searches stories only; /sok/ searches every type. */
export const STORIES_ONLY: PagefindFilters = { type: { any: ['historie'] } };

/**
 * The results for a state: Pagefind's own search, [] when nothing is searched or ticked. `base` is
 * ANDed in. Equal first scores are ordered as on /sok/ (breakTies): a story whose title carries
 * the word first, not in the order the pages happened to be indexed («renhold» scores two stories
 * the same).
 */
export async function searchResults<R extends IdResult>(
  pagefind: PagefindLike<R>,
  state: SearchState,
  base: PagefindFilters = {}
): Promise<R[]> {
  if (!isActive(state)) return [];
  const term = state.q.trim() || null;
  const found =
    (await pagefind.search(term, { filters: { ...base, ...pagefindFilters(state.selection) } }))
      ?.results ?? [];
  return term ? breakTies(pagefind, term, found) : found;
}

/**
 * The counts beside the checkboxes. For a group with values ticked, its counts come from a query
 * without that group (so the values in it are OR'ed); every other group counts within the full
 * selection. Pagefind's `filters` in a result are «how many if this value were added», but only
 * over the filter index it has loaded, and a plain text search loads none: so this loads it all
 * first (pagefind.filters()). The search island calls it after the results are shown.
 */
export async function searchCounts<R>(
  pagefind: PagefindLike<R>,
  state: SearchState,
  base: PagefindFilters = {}
): Promise<Record<FacetKey, Record<string, number>>> {
  const totals = await pagefind.filters();
  const term = state.q.trim() || null;
  const countsFor = async (own: PagefindFilters): Promise<FilterCounts> => {
    const filters = { ...base, ...own };
    // Pagefind returns nothing for no term and no filter: then the counts are the totals.
    return term === null && Object.keys(filters).length === 0
      ? totals
      : ((await pagefind.search(term, { filters }))?.filters ?? {});
  };
  const main = await countsFor(pagefindFilters(state.selection));
  const counts = {} as Record<FacetKey, Record<string, number>>;
  await Promise.all(
    facetKeys.map(async (key) => {
      const own = (state.selection[key] ?? []).length > 0;
      counts[key] =
        (own ? await countsFor(pagefindFilters(state.selection, key)) : main)[key] ?? {};
    })
  );
  return counts;
}
