// The readers' questions as a second opinion (issue 19, item 2): a query of several words is
// compared with each question in content/sokesporsmal.yaml, and the pages whose questions are most
// like it move up among the first results. Pagefind ranks pages by the words they hold; this asks
// which page readers meant when they asked something like it. The build writes the questions with
// the Pagefind ids of their page (src/integrations/search-questions.mjs, `questionFile`) to
// /pagefind/sporsmal.txt; /sok/ fetches it on the first query of several words.
import type { IdResult } from './site-search';
import { RESULTS_STEP } from './search-options';
import { wordsOf } from './search-fallback';

/** Questions whose likeness to the query counts: the five most like it (tune half: 3 to 8 alike). */
export const NEIGHBOURS = 5;
/**
 * Weight of the questions' opinion beside Pagefind's score, both scaled to their best (tune half of
 * the blind queries and the 66, docs/ytelse.md «Runde 6»: 0.2 to 0.4 all gained; 0.3 and 0.35 the
 * most, 0.4 cost one of the 66).
 */
export const QUESTION_BLEND = 0.3;
/**
 * Results the questions may reorder: the first batch a reader sees. They choose among pages Pagefind
 * ranks high, and never lift a weak match or add a page (tune half: 5 gave one more in the top three
 * than 10, 20 or all).
 */
export const BLEND_DEPTH = RESULTS_STEP;
/** A word's first letters count as a term of their own, so «utlysningen» meets «utlysning». */
const START = 5;

/** The terms of a text: each word, and the start of a longer word. */
export function questionTerms(text: string): string[] {
  return wordsOf(text).flatMap((w) =>
    w.length > START ? [`=${w}`, w.slice(0, START)] : [`=${w}`]
  );
}

export interface QuestionModel {
  /** The page (its number in the file) of each Pagefind id that has questions. */
  pageOf: Map<string, number>;
  /** For each term: the questions that hold it, as [question, page, weight]. */
  postings: Map<string, [number, number, number][]>;
  idf: (term: string) => number;
}

/**
 * The model from the build's file: one line per page, «id id\tquestion|question». Each question is
 * a tf-idf vector of its terms, scaled to length 1.
 */
export function parseQuestions(text: string): QuestionModel {
  const pageOf = new Map<string, number>();
  const questions: { page: number; terms: string[] }[] = [];
  let page = 0;
  for (const line of text.split('\n')) {
    const [ids = '', list = ''] = line.split('\t');
    if (!ids || !list) continue;
    for (const id of ids.split(' ')) pageOf.set(id, page);
    for (const q of list.split('|')) questions.push({ page, terms: questionTerms(q) });
    page += 1;
  }
  const df = new Map<string, number>();
  for (const q of questions) for (const t of new Set(q.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((questions.length + 1) / ((df.get(t) ?? 0) + 1));
  const postings = new Map<string, [number, number, number][]>();
  questions.forEach((q, i) => {
    for (const [t, w] of unitVector(q.terms, idf)) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, q.page, w]);
    }
  });
  return { pageOf, postings, idf };
}

/** Term weights (1 + log of the count) × idf, scaled to length 1. */
function unitVector(terms: readonly string[], idf: (t: string) => number): Map<string, number> {
  const count = new Map<string, number>();
  for (const t of terms) count.set(t, (count.get(t) ?? 0) + 1);
  const v = new Map([...count].map(([t, c]) => [t, (1 + Math.log(c)) * idf(t)]));
  const length = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
  for (const [t, x] of v) v.set(t, x / length);
  return v;
}

/**
 * Each page's score for a query (by its number in the file): the cosine likeness of the NEIGHBOURS
 * questions most like it, added up per page.
 */
export function questionScores(model: QuestionModel, query: string): Map<number, number> {
  const likeness = new Map<number, [page: number, sum: number]>();
  for (const [t, w] of unitVector(questionTerms(query), model.idf))
    for (const [q, page, x] of model.postings.get(t) ?? []) {
      const e = likeness.get(q) ?? [page, 0];
      e[1] += w * x;
      likeness.set(q, e);
    }
  const byPage = new Map<number, number>();
  for (const [page, sum] of [...likeness.values()].sort((a, b) => b[1] - a[1]).slice(0, NEIGHBOURS))
    byPage.set(page, (byPage.get(page) ?? 0) + sum);
  return byPage;
}

/**
 * The first BLEND_DEPTH results reordered by their score scaled to the best, plus QUESTION_BLEND
 * times their page's question score scaled to the best page's; the rest after them as they were.
 * Only a page's first result gains: its other records (a rule page's figures, the ordliste's
 * entries) are the same page, and lifting them all would push the other pages down. Each keeps its
 * new score; equal ones keep their order.
 */
export function blendQuestions<R extends IdResult>(
  found: readonly R[],
  model: QuestionModel,
  scores: ReadonlyMap<number, number>
): R[] {
  const head = found.slice(0, BLEND_DEPTH);
  const best = Math.max(1e-9, ...head.map((r) => r.score ?? 0));
  const most = Math.max(1e-9, ...scores.values());
  const seen = new Set<number>();
  const gain = (id: string) => {
    const page = model.pageOf.get(id);
    if (page === undefined || seen.has(page)) return 0;
    seen.add(page);
    return (QUESTION_BLEND * (scores.get(page) ?? 0)) / most;
  };
  const blended = head
    .map((r) => ({ ...r, score: (r.score ?? 0) / best + gain(r.id) }))
    .sort((a, b) => b.score - a.score);
  return [...blended, ...found.slice(BLEND_DEPTH)];
}
