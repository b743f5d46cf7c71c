// Splits a content file into sentences that remember their line, for the figure checks.

/**
 * `unit`: the paragraph, list item or table row; `block`: the paragraph, list or table (between
 * blank lines). In YAML a block is an entry, and a unit one of its texts (see yamlTextKeys).
 */
export interface Sentence {
  text: string;
  line: number;
  block: number;
  unit: number;
  heading: boolean;
  item: boolean;
}

const itemStart = /^\s*(?:[-*]\s|\d+\.\s|\|)/;

/**
 * The YAML keys whose values a reader sees as the site's own current text: the ordliste's term and
 * explanation, and a change log entry's title, what applies now and what to check now. A change
 * log entry's `before` (what a report said) and `oldText` (our old, wrong text) quote what was,
 * so they are not checked; nor are ids, sources and passages.
 */
const yamlTextKeys = new Set(['term', 'explanation', 'title', 'now', 'checkNow']);
/** A key as it heads a title line: the value becomes a sentence of its own. */
const yamlTitleKeys = new Set(['term', 'title']);

/**
 * The sentences of `text` (MDX or YAML), each with the line it starts on and the block it is in
 * (a paragraph, list or table between blank lines; in YAML a list entry). A list item and a table
 * row are sentences of their own. JSX comments stay in the text so markers can be read.
 */
export function sentences(text: string, { yaml = false } = {}): Sentence[] {
  const out: Sentence[] = [];
  let block = 0;
  let unit = 0;
  let current: { text: string; line: number } | undefined;
  const flush = () => {
    if (current && current.text.trim())
      out.push(...splitSentences(current.text, current.line, block, unit, yaml));
    current = undefined;
    unit += 1;
  };
  // In YAML only the texts count (yamlTextKeys), inline or as a block under their key: an entry
  // («- ») starts a block, a term or title is a sentence, other keys and comments are skipped.
  // `scalar`: the indentation of the key whose value the next, deeper lines continue (-1: none).
  let inText = false;
  let scalar = -1;
  const skip = () => {
    if (current) current.text += '\n'; // keeps the line count
  };
  text.split('\n').forEach((raw, i) => {
    let line = raw;
    if (yaml) {
      const indent = raw.length - raw.trimStart().length;
      if (scalar >= 0 && (!raw.trim() || indent > scalar)) {
        if (!inText) return skip();
      } else {
        scalar = -1;
        if (/^- /.test(raw)) {
          flush();
          block += 1;
        }
        if (/^\s*#/.test(raw)) return skip();
        const key = /^(\s*(?:- )?)([A-Za-z]+):(?:\s+(.*))?$/.exec(raw);
        if (!key) return skip();
        const [, lead = '', name = '', value = ''] = key;
        inText = yamlTextKeys.has(name);
        // A block (>-, |) or an inline value may go on over deeper lines; a nested list or map not.
        if (value !== '') scalar = lead.length;
        // Each text is a unit of its own: a marker or a named measure in one covers only it.
        if (inText) flush();
        if (!inText || value === '' || /^[>|][-+]?$/.test(value)) return skip();
        line = yamlTitleKeys.has(name) ? `${value}.` : value;
      }
    }
    if (!line.trim()) {
      flush();
      // In YAML a block is an entry: a blank line inside a text starts a new unit, not a new block.
      if (!yaml) block += 1;
      return;
    }
    if (itemStart.test(line) && !yaml) flush();
    if (!current) current = { text: line, line: i + 1 };
    else current.text += `\n${line}`;
  });
  flush();
  return out;
}

/** Splits at «. » before a capital (or quote/parenthesis), keeping line numbers. */
function splitSentences(
  text: string,
  firstLine: number,
  block: number,
  unit: number,
  yaml: boolean
): Sentence[] {
  const out: Sentence[] = [];
  const heading = /^\s*<H[23]\b/.test(text);
  const item = !yaml && itemStart.test(text);
  let start = 0;
  const boundary = /[.!?](?:\s*\{\/\*.*?\*\/\})?\s+(?=[A-ZÆØÅ«(])/g;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const line = firstLine + (text.slice(0, start + lead).match(/\n/g)?.length ?? 0);
    if (piece.trim()) out.push({ text: piece.trim(), line, block, unit, heading, item });
  };
  for (const m of text.matchAll(boundary)) {
    // «St. Hanshaugen», «kap. 3», «f.eks. Dere»: a period after an abbreviation does not end the sentence.
    if (
      /(?:^|[\s(])(?:St|kap|nr|jf|ca|bl\.a|f\.eks|mv|pkt|Prop|Innst|Meld)$/.test(
        text.slice(0, m.index ?? 0)
      )
    )
      continue;
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** The line within a sentence where `index` (an offset into sentence.text) falls. */
export const lineAt = (s: Sentence, index: number) =>
  s.line + (s.text.slice(0, index).match(/\n/g)?.length ?? 0);
