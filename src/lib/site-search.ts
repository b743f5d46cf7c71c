// /sok/: the query and the type filter in the URL, and the Pagefind filter for them.
import { isResultType, type ResultType } from './search-hit';
import {
  bokmaalForm,
  byScore,
  rankByWords,
  scoreOf,
  shorterStarts,
  subjectWords,
} from './search-fallback';
import { normalizeQuery, type TermBet } from './search-terms';
import { blendQuestions, questionScores, type QuestionModel } from './search-neighbours';

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

/** The page's title with the query first, so a tab, the history and a screen reader name the search. */
export const titleWithQuery = (title: string, q: string) =>
  q.trim() ? `«${q.trim()}» – ${title}` : title;

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

/**
 * `found` with `place` (none or one result) at index `at` or before: where it is, if that is high
 * enough; else at `at`, and the results from there one down.
 */
export function placeAtLeast<R extends IdResult>(
  found: readonly R[],
  place: readonly R[],
  at: number
): R[] {
  const p = place[0];
  if (!p) return [...found];
  const i = found.findIndex((r) => r.id === p.id);
  if (i >= 0 && i <= at) return [...found];
  const rest = found.filter((r) => r.id !== p.id);
  return [...rest.slice(0, at), p, ...rest.slice(at)];
}

/** `pinned` first, then the rest of `found` in Pagefind's order, each result once. */
export function pinFirst<R extends IdResult>(found: readonly R[], pinned: readonly R[]): R[] {
  const ids = new Set(pinned.map((r) => r.id));
  return [...pinned, ...found.filter((r) => !ids.has(r.id))];
}

/**
 * The results on /sok/: Pagefind's ranking for one word; for several, each word that says what the
 * query is about is also searched on its own and all are ranked together (rankByWords), so a page
 * that holds most of the words ranks above a long page that holds every one, and a question with a
 * word no page has still finds the pages on its subject. A query that is an ordliste term or alias
 * (`bet`, from betFor: an id) puts the entry's defining place first, if Pagefind finds it for the
 * query at all. That page carries the filter `definerer:<id>`, so one more search (over a filter
 * index of a few hundred bytes) finds it among the results. A term written with a typo, or named
 * inside a longer query (a TermBet), is searched as the table spells it, and its defining place goes
 * first or among the first three (`at`). With `questions` (the readers' questions, fetched
 * on the first query of several words), the pages whose questions are most like the query move up
 * among the first results (src/lib/search-neighbours.ts); without them the ranking is Pagefind's alone.
 */
export async function siteSearchResults<R extends IdResult>(
  pagefind: PagefindSearch<R>,
  state: SiteSearchState,
  bet: string | TermBet | null,
  questions?: () => Promise<QuestionModel | null>
): Promise<R[]> {
  const q = state.q.trim();
  if (!q) return [];
  const filters = siteSearchFilters(state);
  const find = async (t: string) => (await pagefind.search(t, { filters }))?.results ?? [];
  const words = subjectWords(q);
  // A word Pagefind finds only weakly (a typo: it falls back to a short common start, so
  // «arbeidstrenning» finds «arbeid»): the longest start of it whose best result scores more than
  // three times as high (shorterStarts). Tuned on the tune half of the blind queries (2, 3 and 5
  // tried; 3 keeps the 66 queries all in the top three).
  const top = (list: readonly R[]) => Math.max(0, ...list.map((r) => r.score ?? 0));
  const findWord = async (w: string, found?: R[]) => {
    let list = found ?? (await find(w));
    const nb = bokmaalForm(w);
    // A nynorsk word: its bokmål spelling too, each page with its better score (bokmaalForm).
    if (nb !== w) list = merged(list, await find(nb));
    for (const start of shorterStarts(w)) {
      const other = await find(start);
      if (top(other) > 3 * top(list)) return other;
    }
    return list;
  };
  const [model = null, whole = [], ...each] = await Promise.all([
    words.length > 1 ? questions?.() : null,
    find(q),
    ...(words.length > 1 ? words.map((w) => findWord(w)) : []),
  ]);
  let found = words.length > 1 ? rankByWords(whole, each) : whole;
  if (model) found = blendQuestions(found, model, questionScores(model, q));
  // One subject word that finds nothing as a whole query: that word, or its start.
  if (words.length === 1) found = await findWord(words[0]!, found.length > 0 ? found : undefined);
  return pinBet(pagefind, state, bet, found, () => breakTies(pagefind, q, found));
}

/** Two result lists as one, each result once with its higher score, best first. */
function merged<R extends IdResult>(a: readonly R[], b: readonly R[]): R[] {
  const best = new Map<string, R>();
  for (const r of [...a, ...b]) {
    const e = best.get(r.id);
    if (!e || (r.score ?? 0) > (e.score ?? 0)) best.set(r.id, r);
  }
  return byScore([...best.values()]);
}

/**
 * When the first place is shared, the tied results in a fixed order: a page whose title or lead
 * carries the query as a search word (filter `rang:navn:<query>`, PagefindData.astro) first, and of
 * those a rule page (`rang:regelverk`) first, then by id. One small filter index, fetched only then,
 * and not when the query's best bet comes first anyway. The story list breaks its ties the same way.
 */
export async function breakTies<R extends IdResult>(
  pagefind: PagefindSearch<R>,
  q: string,
  found: R[]
): Promise<R[]> {
  if (found.length < 2 || scoreOf(found[0]!) !== scoreOf(found[1]!)) return found;
  const ids = async (filters: Record<string, { any: string[] }>) =>
    new Set((await pagefind.search(null, { filters }))?.results.map((r) => r.id));
  return byScore(
    found,
    await Promise.all([
      ids({ rang: { any: [`navn:${normalizeQuery(q)}`] } }),
      ids({ rang: { any: ['regelverk'] } }),
    ])
  );
}

/** The best bet's defining place first, if Pagefind finds it for the query (see above); else `ties`. */
async function pinBet<R extends IdResult>(
  pagefind: PagefindSearch<R>,
  state: SiteSearchState,
  bet: string | TermBet | null,
  found: R[],
  ties: () => Promise<R[]>
): Promise<R[]> {
  const filters = siteSearchFilters(state);
  // A term named with a typo or inside a query is searched as the table spells it: the typo, or
  // the other words, find no defining place.
  const [id, term, at] =
    typeof bet === 'string' ? [bet, state.q, 0] : [bet?.id, bet?.term, bet?.at];
  const pinned = id
    ? ((await pagefind.search(term!, { filters: { ...filters, definerer: { any: [id] } } }))
        ?.results ?? [])
    : [];
  if (at) return placeAtLeast(await ties(), pinned.slice(0, 1), at);
  // The defining place first: the order of ties after it matters less than a request more.
  return pinFirst(pinned.length > 0 ? found : await ties(), pinned);
}
