// Words per written form (språklova § 13): a central state body must publish at least 25 % of its
// web text in each of bokmål and nynorsk. The site reaches that by alternating (some pages written
// in nynorsk, others in bokmål), and this counts it: the words a reader sees in <main>, each by the
// language of its nearest `lang` (the page's <html lang>, or a part marked otherwise, such as a
// legal quotation in bokmål on a nynorsk page or a story card in a list). Pure: HTML in, counts out.
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

/** Språklova § 13 (1): at least a quarter of each form. The one place the threshold is set. */
export const MIN_FORM_SHARE = 0.25;

/** The two written forms of Norwegian that § 13 counts. English (the /en/ page) is counted apart. */
export const WRITTEN_FORMS = ['nb', 'nn'] as const;
export type WrittenForm = (typeof WRITTEN_FORMS)[number];

/** A word as src/lib/lix.ts counts it: letters or digits joined by - ' ’ or ., holding a letter. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const countWords = (text: string) =>
  (text.match(WORD) ?? []).filter((w) => /\p{L}/u.test(w)).length;

/** Not rendered, or not text: what innerText leaves out. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript']);

/** «nb-NO» → «nb»: the primary language subtag, lower case. */
export const primaryLang = (lang: string) => lang.trim().split('-')[0]!.toLowerCase();

/** Calls `visit` with each text a reader sees under `node`, and the language of its nearest `lang`. */
function walk(node: AnyNode, lang: string, visit: (text: string, lang: string) => void) {
  if (node.type === 'text') {
    visit((node as unknown as { data: string }).data, lang);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const el = node as Element;
  let here = lang;
  if (node.type === 'tag') {
    const cls = ` ${el.attribs.class ?? ''} `;
    if (SKIP.has(el.name) || 'hidden' in el.attribs || cls.includes(' print-only ')) return;
    if (el.attribs.lang) here = primaryLang(el.attribs.lang);
  }
  for (const child of el.children) walk(child, here, visit);
}

function find(name: string, nodes: AnyNode[]): Element | null {
  for (const n of nodes) {
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    if (el.name === name) return el;
    const inner = find(name, el.children);
    if (inner) return inner;
  }
  return null;
}

/**
 * The text a reader sees in `root` («main», or «body» with the header and footer) of a built
 * page, by language: { nb: '…', nn: '…' }.
 */
export function textByLang(html: string, root: 'main' | 'body' = 'main'): Map<string, string> {
  const doc = parseDocument(html);
  const top = find('html', doc.children);
  const el = find(root, doc.children);
  if (!top || !el) throw new Error(`ingen <html> eller <${root}>`);
  const parts = new Map<string, string[]>();
  let lang = top.attribs.lang ? primaryLang(top.attribs.lang) : 'und';
  // The language <main> or <body> inherits: its own, else <html>'s (nothing else is between).
  if (el.attribs.lang) lang = primaryLang(el.attribs.lang);
  walk(el, lang, (text, l) => parts.set(l, [...(parts.get(l) ?? []), text]));
  return new Map([...parts].map(([l, texts]) => [l, texts.join(' ')]));
}

/** The words in <main> of a built page, by language («nb», «nn», «en»). */
export function wordsByLang(html: string): Map<string, number> {
  return new Map([...textByLang(html)].map(([lang, text]) => [lang, countWords(text)]));
}

export interface FormShares {
  /** Words per language over all pages counted. */
  words: Record<string, number>;
  /** Bokmål plus nynorsk: the base of the § 13 shares (English is not counted in it). */
  norwegian: number;
  /** Share of each written form in the Norwegian words, 0–1. */
  share: Record<WrittenForm, number>;
  /** The forms under MIN_FORM_SHARE. */
  below: WrittenForm[];
}

/** Adds per-page counts and gives each form's share of the Norwegian words. */
export function formShares(pages: Iterable<Map<string, number>>, min = MIN_FORM_SHARE): FormShares {
  const words: Record<string, number> = { nb: 0, nn: 0 };
  for (const counts of pages) for (const [lang, n] of counts) words[lang] = (words[lang] ?? 0) + n;
  const norwegian = (words.nb ?? 0) + (words.nn ?? 0);
  const share = {
    nb: norwegian === 0 ? 0 : (words.nb ?? 0) / norwegian,
    nn: norwegian === 0 ? 0 : (words.nn ?? 0) / norwegian,
  };
  return { words, norwegian, share, below: WRITTEN_FORMS.filter((f) => share[f] < min) };
}
