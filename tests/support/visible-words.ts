import { parseDocument, DomUtils } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

// The words a reader sees in <main> of a static page with every <details> closed, as the
// browser's innerText gives them: visually hidden text counts, what is not rendered does not
// (print-only blocks, [hidden], scripts, styles, SVG, the body of a closed <details>).
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript']);

function visibleText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  const el = node as Element;
  if (node.type === 'tag') {
    const cls = ` ${el.attribs.class ?? ''} `;
    if (SKIP.has(el.name) || 'hidden' in el.attribs || cls.includes(' print-only ')) return '';
    if (el.name === 'details') {
      const summary = el.children.find(
        (c) => c.type === 'tag' && (c as Element).name === 'summary'
      );
      return summary ? ` ${visibleText(summary)} ` : '';
    }
  }
  return el.children.map(visibleText).join(' ');
}

/** innerText-like word count of <main> with every <details> closed. */
export function visibleWordsInMain(html: string): number {
  const main = DomUtils.findOne((e) => e.name === 'main', parseDocument(html).children);
  if (!main) throw new Error('ingen <main>');
  return visibleText(main).split(/\s+/).filter(Boolean).length;
}
