// /sok/: the query and the type filter in the URL, and the Pagefind filter for them.
import { isResultType, type ResultType } from './search-hit';

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
interface PagefindSearch<R> {
  search(
    term: string | null,
    options: { filters: Record<string, { any: string[] }> }
  ): Promise<{ results: R[] } | null>;
}

/**
 * Words that carry no subject in a question («hva», «kan», «vi», «i», nynorsk «kva», «korleis»).
 * Used only when a query finds nothing: Pagefind finds a page only when every word is on it, so a
 * question in a reader's own words («hvorfor må vi velge den best kvalifiserte?») found nothing.
 */
const QUESTION_WORDS = new Set(
  (
    'hva hvor hvordan hvorfor hvilken hvilket hvilke hvem når kva kor korleis kvifor kven kvar ' +
    'kan må skal vil bør får er var blir ble vert vart har hadde gjør gjer vi jeg eg du de dere ' +
    'man me en ei et ein eit den det denne dette disse dei som å og eller i på for til med om av ' +
    'fra frå at så da då der her hos oss meg seg sin sitt sine min mitt mine noen nokon ikke ikkje'
  ).split(' ')
);

/** The words of a query that say what it is about (lower case, punctuation off). */
export function subjectWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}§-]+/u)
    .filter((w) => w.length > 0 && !QUESTION_WORDS.has(w));
}

/** Results of several searches merged: each result once, by the sum of its scores, best first. */
export function mergeByScore<R extends IdResult>(lists: readonly (readonly R[])[]): R[] {
  const total = new Map<string, { r: R; score: number; first: number }>();
  let n = 0;
  for (const list of lists)
    for (const r of list) {
      const seen = total.get(r.id);
      if (seen) seen.score += r.score ?? 0;
      else total.set(r.id, { r, score: r.score ?? 0, first: n++ });
    }
  return [...total.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((x) => x.r);
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
  // Nothing found: the question's subject words together, then each word on its own, merged.
  const words = subjectWords(state.q);
  if (found.length === 0 && words.length > 0 && words.join(' ') !== state.q.trim().toLowerCase())
    found = await find(words.join(' '));
  if (found.length === 0 && words.length > 1)
    found = mergeByScore(await Promise.all(words.map(find)));
  if (!bet) return found;
  const pinned =
    (await pagefind.search(state.q, { filters: { ...filters, definerer: { any: [bet] } } }))
      ?.results ?? [];
  return pinFirst(found, pinned);
}
