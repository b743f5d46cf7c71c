// A query Pagefind finds nothing for (issue 19, item 2): the words that say what it is about, and
// results of word-by-word searches merged (src/lib/site-search.ts). Small: /sok/ has a byte budget.
import type { IdResult } from './site-search';

/**
 * Question words of three letters or more («hva», «hvorfor», «kan», nynorsk «kva», «korleis»);
 * shorter words («må», «vi», «i») are dropped anyway. Used only when a query finds nothing: Pagefind
 * finds a page only when every word is on it, so a question in a reader's own words («hvorfor må vi
 * velge den best kvalifiserte?») found nothing.
 */
const QUESTION_WORDS = new Set(
  'hva hvor hvem hvordan hvorfor hvilken kva kor kven korleis kvifor kan skal vil har ikke ikkje dere oss det den som når'.split(
    ' '
  )
);

/** The words of a query that say what it is about (lower case, punctuation off). */
export const subjectWords = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}§]+/u)
    .filter((w) => (w.length > 2 || /\d|§/.test(w)) && !QUESTION_WORDS.has(w));

/** Results of several searches merged: each result once, by the sum of its scores, best first (ties in the order first seen). */
export function mergeByScore<R extends IdResult>(lists: readonly (readonly R[])[]): R[] {
  const total = new Map<string, [R, number]>();
  for (const r of lists.flat()) total.set(r.id, [r, (total.get(r.id)?.[1] ?? 0) + (r.score ?? 0)]);
  return [...total.values()].sort((a, b) => b[1] - a[1]).map((x) => x[0]);
}
