// One search result as the pages show it, from Pagefind's result data. Pure, so the story list,
// /sok/ and the tests read the type the same way.
import { pagefindOptions } from './search-options';

/** The kinds of page the index holds (the `type` filter and metadata, set in PagefindData.astro). */
export const resultTypes = ['regelverk', 'historie', 'ordliste', 'sporsmal', 'side'] as const;
export type ResultType = (typeof resultTypes)[number];
export const isResultType = (v: string): v is ResultType =>
  (resultTypes as readonly string[]).includes(v);

/** Pagefind's part of a page under one heading (its url ends in the heading's #id). */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
  /** The indexed text, and where each heading starts in it (in words). */
  content?: string;
  anchors?: { id: string; location: number }[];
}
export interface Hit {
  /** The page (or record) found: what the lists and tests compare. */
  url: string;
  /** Where the link goes: the section that matches best, else the page. */
  href: string;
  title: string;
  /** The matching section's heading, when the link goes to a section. */
  section?: string;
  excerpt: string;
  type: ResultType | '';
  scope?: string;
}

/**
 * The section of a page that matches the query best (issue 19, item 1: a hit opens at the matching
 * section, not at the top of a long page): the sub-result under a heading with the highest score.
 * None when the best match is above the first heading, or the page has no headings.
 */
export function bestSection(page: string, subs: readonly SubResult[] = []): SubResult | null {
  const score = (s: SubResult) =>
    (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  let best: SubResult | null = null;
  for (const s of subs) if (!best || score(s) > score(best)) best = s;
  return best && best.url.includes('#') && best.url.split('#')[0] === page ? best : null;
}

/**
 * An excerpt without the readers' questions the index holds for a section (between ⟦ and ⟧,
 * src/integrations/search-questions.mjs): a question cut by the excerpt's edge goes too. What is
 * left is the page's own text; empty when the excerpt held only questions.
 */
export function withoutQuestions(excerpt: string): string {
  return excerpt
    .replace(/⟦[^⟦⟧]*⟧/g, ' ')
    .replace(/^[^⟦⟧]*⟧/, ' ')
    .replace(/⟦[^⟦⟧]*$/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A fallback excerpt is as long as Pagefind's. */
const EXCERPT_WORDS = pagefindOptions.excerptLength;
/** Fewer of the page's own words than this, and the excerpt says too little to show. */
const MIN_EXCERPT_WORDS = 8;
const wordCount = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean).length;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The excerpt a hit shows: Pagefind's, without the readers' questions; where that leaves too few
 * words (the match was in the questions), the first words of the section (or page) instead.
 */
export function excerptOf(d: ResultData, section: SubResult | null): string {
  const shown = withoutQuestions(section?.excerpt ?? d.excerpt);
  if (wordCount(shown) >= MIN_EXCERPT_WORDS || !d.content) return shown;
  const id = section?.url.split('#')[1];
  const at = (id && d.anchors?.find((a) => a.id === id)?.location) || 0;
  const words = d.content
    .split(/\s+/)
    .slice(at, at + 10 * EXCERPT_WORDS)
    .join(' ');
  const own = withoutQuestions(words).split(' ').slice(0, EXCERPT_WORDS).join(' ');
  return escapeHtml(own);
}

export function toHit(d: ResultData): Hit {
  const type = d.meta.type ?? '';
  const section = d.url.includes('#') ? null : bestSection(d.url, d.sub_results);
  return {
    url: d.url,
    href: section?.url ?? d.url,
    title: d.meta.title ?? d.url,
    ...(section ? { section: section.title } : {}),
    excerpt: excerptOf(d, section),
    type: isResultType(type) ? type : '',
    scope: d.meta.omfang,
  };
}
