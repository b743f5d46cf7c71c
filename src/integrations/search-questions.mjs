// The questions readers ask (content/sokesporsmal.yaml), put into the search index, not into the
// page: on a rule page under the section that answers them, so Pagefind finds a question in the
// reader's own words and opens the page at that section; on other pages as metadata (inSections).
// In a section each question stands between ⟦ and ⟧, which Pagefind does not index, so the
// results can leave the questions out of an excerpt (withoutQuestions in src/lib/search-hit.ts):
// an excerpt shows the page's own text.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { sokesporsmalSchema } from '../schemas/sokesporsmal.ts';
import { QUESTION_WEIGHT } from '../lib/search-options.ts';
import { wordsOf } from '../lib/search-fallback.ts';

export const QUESTIONS_FILE = 'content/sokesporsmal.yaml';

/**
 * The file, checked against its schema; a bad entry throws with the file, the entry and the field.
 * @param {string} [file]
 * @returns {import('../schemas/sokesporsmal.ts').Sokesporsmal[]}
 */
export function loadSearchQuestions(file = QUESTIONS_FILE) {
  const parsed = sokesporsmalSchema.safeParse(load(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n')
    );
  const seen = new Set();
  for (const [n, e] of parsed.data.entries()) {
    const key = `${e.side}#${e.anker}`;
    if (seen.has(key)) throw new Error(`${file}: ${n}: «${key}» står to ganger`);
    seen.add(key);
  }
  return parsed.data;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The indexed block of one section's questions. */
export const questionsBlock = (questions) =>
  `<p hidden data-search-questions data-pagefind-weight="${QUESTION_WEIGHT}">${questions
    .map((q) => ` ⟦ ${escape(q)} ⟧ `)
    .join('')}</p>`;

/**
 * Pages with sections (the rule pages) hold their questions as text in each section, so a hit opens
 * at the section. Every other page (a story, the wizard, «Om», a record) holds them as the
 * searchable metadata field `sporsmal` (weight in search-options.ts): Pagefind ranks a longer page
 * lower, and as text the questions made a short story long enough to fall behind («praksis»).
 */
export const inSections = (path) => path.startsWith('/regelverk/');

/** A page's questions as the metadata field `sporsmal`: searched, not text, not in an excerpt. */
export const questionsMeta = (questions) =>
  `<span hidden data-pagefind-ignore data-pagefind-meta="sporsmal:${escape(questions.join(' · ')).replace(/"/g, '&quot;')}"></span>`;

/**
 * The built page with each entry's questions at the end of its section: before the next heading
 * with an anchor, or where the indexed article ends. The page's own questions ('' anchor) go
 * before its first section. Throws when a section is not on the page (a heading id changed).
 * @param {string} html a built page (or search record) with data-pagefind-body
 * @param {string} path its path, as in the file's `side`
 * @param {{ side: string, anker: string, sporsmal: string[] }[]} entries
 */
export function withQuestions(html, path, entries, file = QUESTIONS_FILE) {
  let out = html;
  for (const e of entries.filter((x) => x.side === path)) {
    const body = out.search(/<[a-z]+\b[^>]*\bdata-pagefind-body\b/);
    if (body < 0) throw new Error(`${file}: ${path} har ikke data-pagefind-body`);
    const end = indexedEnd(out, body);
    let at;
    if (e.anker === '') {
      const first = out
        .slice(body, end)
        .search(/<div class="heading-anchor">|<h[2-6]\b[^>]*\bid="/);
      at = first < 0 ? end : body + first;
    } else {
      const heading = out.search(new RegExp(`<h[1-6]\\b[^>]*\\bid="${e.anker}"`));
      if (heading < 0 || heading < body || heading > end)
        throw new Error(`${file}: ${path}#${e.anker}: overskriften finnes ikke på siden`);
      if (ignoredBlockAt(out, heading) >= 0)
        throw new Error(
          `${file}: ${path}#${e.anker}: avsnittet er ikke i søket (data-pagefind-ignore), så spørsmålene hører ikke hjemme der`
        );
      const close = out.indexOf('>', out.indexOf('</h', heading)) + 1;
      const next = out
        .slice(close, end)
        .search(/<div class="heading-anchor">|<h[2-6]\b[^>]*\bid="/);
      at = next < 0 ? end : close + next;
    }
    at = indexedAt(out, at);
    const block = inSections(path) ? questionsBlock(e.sporsmal) : questionsMeta(e.sporsmal);
    out = out.slice(0, at) + block + out.slice(at);
  }
  return out;
}

/**
 * The start of the block left out of the index (a link list such as «Historier som bruker denne
 * veien», data-pagefind-ignore) that `at` stands in, or -1. A questions block there would not be
 * indexed, and a heading there names what the index does not hold.
 */
function ignoredBlockAt(html, at) {
  const before = html.slice(0, at);
  let start = -1;
  for (const tag of ['section', 'aside', 'nav', 'details']) {
    const open = [
      ...before.matchAll(new RegExp(`<${tag}\\b[^>]*\\bdata-pagefind-ignore\\b`, 'g')),
    ].at(-1);
    if (open && !before.slice(open.index).includes(`</${tag}>`))
      start = start < 0 ? open.index : Math.min(start, open.index);
  }
  return start;
}

/** `at`, or the start of the left-out block it stands in (so the questions are indexed). */
function indexedAt(html, at) {
  for (let block = ignoredBlockAt(html, at); block >= 0; block = ignoredBlockAt(html, at))
    at = block;
  return at;
}

/** Where the indexed text ends: the reference list, or the end of the element with data-pagefind-body. */
function indexedEnd(html, body) {
  const tag = /^<([a-z]+)/.exec(html.slice(body))[1];
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = body;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const refs = html.slice(body, m.index).search(/<section class="references"/);
      return refs >= 0 ? body + refs : m.index;
    }
  }
  throw new Error(`<${tag} data-pagefind-body> er ikke lukket`);
}

/** Where the build writes the questions for /sok/ (src/lib/search-neighbours.ts reads it). */
export const QUESTION_FILE_NAME = 'sporsmal.txt';

/**
 * The questions for /sok/'s second opinion: one line per page, «id id\tquestion|question», with
 * the Pagefind ids of every record of that page (a rule page's figures, the ordliste's entries), in
 * lower case without punctuation. Pages the index does not hold are left out.
 * @param {{ side: string, sporsmal: string[] }[]} entries
 * @param {Map<string, string[]>} idsByPath Pagefind ids by page path (no #section)
 */
export function questionFile(entries, idsByPath) {
  const byPage = new Map();
  for (const e of entries) {
    if (!idsByPath.has(e.side)) continue;
    const list = byPage.get(e.side) ?? [];
    list.push(...e.sporsmal.map((q) => wordsOf(q).join(' ')));
    byPage.set(e.side, list);
  }
  return [...byPage]
    .map(([path, questions]) => `${idsByPath.get(path).join(' ')}\t${questions.join('|')}`)
    .join('\n');
}
