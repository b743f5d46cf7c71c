import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

/**
 * What print.css folds away on a wizard result (the routes' details, the table, what is shared
 * between routes, the unknowns' effects, .no-print). tests/e2e/wizard-print.spec.ts checks that
 * the browser hides exactly these in print, so a build test can read what paper shows.
 */
export const PRINT_HIDDEN = [
  'section:has(#forskjeller)',
  'section:has(#passer)',
  'section:has(#kan-passe)',
  '#felles',
  '.wizard-unknown details',
  '.no-print',
] as const;

const hasHeading = (el: Element, id: string) =>
  el.name === 'section' &&
  el.children.some(
    (c) =>
      c.type === 'tag' &&
      (c as Element).attribs.class === 'heading-anchor' &&
      DomUtils.findOne((h) => h.attribs.id === id, (c as Element).children) !== null
  );

function hidden(el: Element): boolean {
  const cls = ` ${el.attribs.class ?? ''} `;
  if (cls.includes(' no-print ') || el.attribs.id === 'felles') return true;
  if (['forskjeller', 'passer', 'kan-passe'].some((id) => hasHeading(el, id))) return true;
  const parent = el.parent as Element | null;
  return el.name === 'details' && !!parent && (parent.attribs?.class ?? '') === 'wizard-unknown';
}

function text(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  const el = node as Element;
  if (node.type === 'tag' && (hidden(el) || el.name === 'script' || el.name === 'style')) return '';
  return ` ${el.children.map(text).join('')} `;
}

/** The text a wizard result prints, from its HTML, entities decoded, spaces collapsed. */
export function printedResultText(html: string): string {
  const result = DomUtils.findOne(
    (e) => (e.attribs.class ?? '').split(' ').includes('wizard-result'),
    parseDocument(html, { decodeEntities: true }).children
  );
  if (!result) throw new Error('ingen .wizard-result');
  return text(result).replace(/\s+/g, ' ').trim();
}
