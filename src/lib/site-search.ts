// /sok/: the query and the type filter in the URL, and the Pagefind filter for them.
import { isResultType, type ResultType } from './search-hit';
import { mergeByScore, subjectWords } from './search-fallback';

export interface SiteSearchState {
  q: string;
  type: ResultType | null;
}

export function parseSiteSearch(search: string): SiteSearchState {
  const params = new URLSearchParams(search);
  const type = params.get('type') ?? '';
  return { q: (params.get('q') ?? '').trim(), type: isResultType(type) ? type : null };
}

export function siteSearchToQuery(state: SiteSearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.type) params.set('type', state.type);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Pagefind filters for a state: none without a type, so a plain query fetches no filter index.
 * Nothing is searched without words (a type alone would list a whole section: the lists do that).
 */
export function siteSearchFilters(state: SiteSearchState): Record<string, { any: string[] }> {
  return state.type ? { type: { any: [state.type] } } : {};
}

interface IdResult {
  id: string;
  /** Pagefind's score (higher is better), used to merge the word-by-word fallback. */
  score?: number;
}
export type { IdResult };
interface PagefindSearch<R> {
  search(
    term: string | null,
    options: { filters: Record<string, { any: string[] }> }
  ): Promise<{ results: R[] } | null>;
}

/** `pinned` first, then the rest of `found` in Pagefind's order, each result once. */
export function pinFirst<R extends IdResult>(found: readonly R[], pinned: readonly R[]): R[] {
  const ids = new Set(pinned.map((r) => r.id));
  return [...pinned, ...found.filter((r) => !ids.has(r.id))];
}

/**
 * The results on /sok/: Pagefind's ranking, except that a query that is an ordliste term or alias
 * (`bet`, from bestBetFor) puts the entry's defining place first, if Pagefind finds it for the
 * query at all. That page carries the filter `definerer:<id>`, so one more search (over a filter
 * index of a few hundred bytes) finds it among the results.
 */
export async function siteSearchResults<R extends IdResult>(
  pagefind: PagefindSearch<R>,
  state: SiteSearchState,
  bet: string | null
): Promise<R[]> {
  if (!state.q.trim()) return [];
  const filters = siteSearchFilters(state);
  const find = async (q: string) => (await pagefind.search(q, { filters }))?.results ?? [];
  let found = await find(state.q);
  if (found.length > 0) return pinBet(pagefind, state, bet, found);
  // Nothing found: the question's subject words together, then each word on its own, merged.
  const words = subjectWords(state.q);
  if (words.length > 0 && words.join(' ') !== state.q.trim().toLowerCase())
    found = await find(words.join(' '));
  if (found.length === 0 && words.length > 1)
    found = mergeByScore(await Promise.all(words.map(find)));
  return pinBet(pagefind, state, bet, found);
}

/** The best bet's defining place first, if Pagefind finds it for the query (see above). */
async function pinBet<R extends IdResult>(
  pagefind: PagefindSearch<R>,
  state: SiteSearchState,
  bet: string | null,
  found: R[]
): Promise<R[]> {
  if (!bet) return found;
  const filters = siteSearchFilters(state);
  const pinned =
    (await pagefind.search(state.q, { filters: { ...filters, definerer: { any: [bet] } } }))
      ?.results ?? [];
  return pinFirst(found, pinned);
}
