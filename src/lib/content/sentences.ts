// Splits a content file into sentences that remember their line, for the figure checks.

/** `unit`: the paragraph, list item or table row; `block`: the paragraph, list or table (between blank lines). */
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
  text.split('\n').forEach((raw, i) => {
    // In YAML only the texts count: an entry («- ») starts a block, its term is a sentence, other keys and comments are skipped.
    let line = raw;
    if (yaml) {
      if (/^- /.test(raw)) {
        flush();
        block += 1;
      }
      const term = /^\s*(?:- )?term:\s*(.*)$/.exec(raw);
      if (term) line = `${term[1]}.`;
      else if (/^\s*(?:- )?[A-Za-z]+:/.test(raw) || /^\s*#/.test(raw)) {
        if (current) current.text += '\n'; // keeps the line count
        return;
      }
    }
    if (!line.trim()) {
      flush();
      block += 1;
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
