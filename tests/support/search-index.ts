import { join } from 'node:path';
import type { Element } from 'domhandler';
import { readFragments } from '../../src/integrations/pagefind-fragments.mjs';
import { all, text } from './static-dom';

// What the built Pagefind index holds for a page, and what the built HTML leaves out of it: shared by
// the story and rule page checks (tests/build/*-search-index.test.ts).

/** url → the text Pagefind indexed for the page. */
export function indexedContent(): Map<string, string> {
  return new Map(readFragments(join('dist', 'pagefind')).map((f) => [f.url, f.content]));
}
/** Whether Pagefind leaves the element out: outside data-pagefind-body, or under data-pagefind-ignore. */
export function leftOut(el: Element): boolean {
  let inBody = false;
  for (let node: Element | null = el; node; node = node.parent as Element | null) {
    if (!node.attribs) break;
    if ('data-pagefind-ignore' in node.attribs) return true;
    if ('data-pagefind-body' in node.attribs) inBody = true;
  }
  return !inBody;
}

/** What Pagefind would store for these elements, one text per block (list item, dd, paragraph, heading). */
export function blockTexts(regions: Element[]): string[] {
  const block = (el: Element) => ['li', 'dd', 'dt', 'p', 'h2', 'cite'].includes(el.name);
  const blocks = regions.flatMap((r) => [...(block(r) ? [r] : []), ...all(r, block)]);
  return [...new Set(blocks.map(text).filter((t) => t.length >= 4))];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Whether the index holds the text as a block of its own. Pagefind ends a block with «. », and runs a
 * label and its value together («SektorIkke oppgitt i kilden.»), so a short text counts when it
 * follows a sentence end or a lower-case letter; a text of 30 characters or more counts anywhere.
 */
export const indexedAsBlock = (t: string, content: string) =>
  t.length >= 30
    ? content.includes(t.replace(/[.:!?]$/, ''))
    : new RegExp(
        `(?:^|[.!?:)»] |(?<=\\p{Ll}))${escape(t.replace(/[.:!?]$/, ''))}[.:!?](?: |$)`,
        'u'
      ).test(content);
