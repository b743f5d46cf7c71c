// A query of several words (issue 19, item 2): Pagefind finds a page only when every word is on it,
// so a question in a reader's own words found a long page that happens to hold them all, or
// nothing. /sok/ also searches each word that says what the query is about and ranks the results
// together (src/lib/site-search.ts). Small: /sok/ has a byte budget.
import type { IdResult } from './site-search';

/**
 * Question words of three letters or more («hva», «hvorfor», «kan», nynorsk «kva», «korleis»), and
 * light verbs that say nothing of the subject («blir», «får», «kommer»: Pagefind's stemmer cuts
 * «kommer» to «kom», which finds «kommune»). Shorter words («må», «vi», «i») are dropped anyway:
 * Pagefind matches the start of a word, so «kan» alone finds «kandidat».
 */
const QUESTION_WORDS = new Set(
  'hva hvor hvem hvordan hvorfor hvilken kva kor kven korleis kvifor kan skal vil har ikke ikkje dere oss det den som når være vere blir bli blei får fått kommer kjem gjør gjer går'.split(
    ' '
  )
);

/** The words of a text in lower case, without punctuation («§» and digits are words). */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}§]+/u)
    .filter(Boolean);

/**
 * The words of a query that say what it is about (lower case, punctuation off), each once: «steg
 * for steg» does not count «steg» twice.
 */
export const subjectWords = (q: string) =>
  wordsOf(q).filter(
    (w, i, all) =>
      (w.length > 2 || /\d|§/.test(w)) && !QUESTION_WORDS.has(w) && all.indexOf(w) === i
  );

/**
 * Shorter starts of a word that found nothing, longest first, down to five letters and to half the
 * word: Pagefind matches the start of a word, so a typo in the word («arbeidstrenning»,
 * «særbehndling»), an ending its stemmer does not know, or a compound whose first part is on the
 * pages («lønnstilskuddsperiode») finds the word it starts with. Half, not two thirds: tune halves
 * of both blind sets (docs/ytelse.md «Runde 7»).
 */
export function shorterStarts(word: string): string[] {
  const min = Math.max(5, Math.ceil(word.length / 2));
  const out: string[] = [];
  for (let n = word.length - 1; n >= min; n--) out.push(word.slice(0, n));
  return out;
}

/**
 * A nynorsk word in its bokmål spelling by regular rules of the two forms («arbeidsgjevar» →
 * «arbeidsgiver», «vegvisar» → «veiviser», «hovudregel» → «hovedregel», «statleg» → «statlig»);
 * the word itself when no rule applies. Most rule pages are in bokmål, and a reader may write
 * nynorsk: /sok/ searches both spellings of the word. Rules of spelling, not a list of words.
 */
const NN_NB: readonly [RegExp, string][] = [
  [/gjev/u, 'giv'],
  [/^veg/u, 'vei'],
  [/hovud/u, 'hoved'],
  [/tenest/u, 'tjenest'],
  [/(\p{L}{3})leg(e|t)?$/u, '$1lig$2'],
  [/(\p{L}{3})heit/u, '$1het'],
  [/(\p{L}{3})inga$/u, '$1ingen'],
  [/(\p{L}{2})arar$/u, '$1ere'],
  [/(\p{L}{2})arane$/u, '$1erne'],
  [/(\p{L}{3})ar$/u, '$1er'],
  [/(\p{L}{3})ane$/u, '$1ene'],
  [/(\p{L}{3})ast$/u, '$1es'],
];
export const bokmaalForm = (word: string) =>
  NN_NB.reduce((w, [from, to]) => w.replace(from, to), word);

/**
 * A score to five significant digits: Pagefind's equal scores differ in the seventh («tilskudd»:
 * 11.166257 and 11.166256), depending on the order it added them up.
 */
export const scoreOf = (r: IdResult) => Number((r.score ?? 0).toPrecision(5));

/**
 * Best first; at equal scores a result in the first set of `prefer` first, then one in the second,
 * and so on, then by id. Pagefind returns tied results (a word found only in the search words:
 * «tilskudd» on 54 pages) in no fixed order, so the first hit changed from one search to the next.
 */
export const byScore = <R extends IdResult>(
  list: readonly R[],
  prefer: readonly ReadonlySet<string>[] = []
): R[] =>
  [...list].sort((a, b) => {
    let d = scoreOf(b) - scoreOf(a);
    for (const set of prefer) d ||= Number(set.has(b.id)) - Number(set.has(a.id));
    return d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });

/**
 * Share of a result's own Pagefind scores in its ranking by words (rankByWords): up to this many
 * points per word for the result whose scores add up to most. Scaling each word to its best result
 * keeps a rare word in a long page from outweighing the others, but also throws away how strongly
 * a page holds a word: in its title or a heading, or once in the text. The tune half of the blind
 * queries (docs/ytelse.md, «Runde 5»): 0.05–0.3 all gained; 0.15 is the highest that kept 93 of 96
 * in the top three.
 */
export const OWN_SCORE_SHARE = 0.15;

/**
 * The results of each subject word's search (`each`) and of the whole query (`whole`) in one
 * ranking, each with its new score. A result's score is the sum of its scores for the words, each
 * scaled to that word's best result (a rare word in a long page does not outweigh the others),
 * times the square of the share of the words it holds (a weakly held word counts half); a result
 * of the whole query gains up to half a point per word, and the result whose unscaled scores add up
 * to most gains OWN_SCORE_SHARE per word (the others in proportion). Measured on the tune half of
 * the blind queries only (docs/ytelse.md).
 */
export function rankByWords<R extends IdResult>(
  whole: readonly R[],
  each: readonly (readonly R[])[]
): R[] {
  const n = each.length;
  const total = new Map<string, { r: R; sum: number; own: number; words: number; whole: number }>();
  const entry = (r: R) => {
    let e = total.get(r.id);
    if (!e) total.set(r.id, (e = { r, sum: 0, own: 0, words: 0, whole: 0 }));
    return e;
  };
  const best = (list: readonly R[]) => Math.max(1e-9, ...list.map((r) => r.score ?? 0));
  for (const list of each) {
    const top = best(list);
    for (const r of list) {
      const e = entry(r);
      const v = (r.score ?? 0) / top;
      e.sum += v;
      e.own += r.score ?? 0;
      // A word a result holds only weakly (under 15 % of that word's best: a long page that
      // mentions it once) counts as half a word in the share (tune half: 63 → 64 first).
      e.words += v >= 0.15 ? 1 : 0.5;
    }
  }
  const top = best(whole);
  for (const r of whole) entry(r).whole = (r.score ?? 0) / top;
  const entries = [...total.values()];
  const most = Math.max(1e-9, ...entries.map((e) => e.own));
  return byScore(
    entries.map((e) => ({
      ...e.r,
      score: e.sum * (e.words / n) ** 2 + 0.5 * n * e.whole + OWN_SCORE_SHARE * n * (e.own / most),
    }))
  );
}
