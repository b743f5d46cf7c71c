// LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the share of long words (more than
// six letters) in per cent. Klarspråk target for regelverk pages: ≤ 40 (docs/innhold.md).

export interface LixStats {
  readonly words: number;
  readonly sentences: number;
  readonly longWords: number;
  readonly lix: number;
}

/** A word: letters or digits, joined by hyphens, apostrophes or dots («CV-en», «f.eks»). Must hold a letter. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
/** Abbreviations whose dot does not end a sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  'f.eks',
  'bl.a',
  'jf',
  'kap',
  'nr',
  'pkt',
  'ca',
  'mv',
  'osv',
  'dvs',
  'evt',
  'ev',
  'm.m',
  'o.l',
  't.o.m',
  'ifm',
  'iht',
  'inkl',
  'ekskl',
  'st',
  'mnd',
  'kl',
  'bokst',
  'tlf',
  'prop',
  'innst',
]);

const letters = (word: string) => word.match(LETTER)?.length ?? 0;

/** Sentence ends in one line: . ! ? : before a space or the line end, but not after an abbreviation or in «23. november». */
function sentenceEnds(line: string): number {
  let count = 0;
  for (const m of line.matchAll(/[.!?:](?=\s|$)/g)) {
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + 1).trimStart();
    if (m[0] === '.') {
      const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word)) continue;
      if (/^\d+$/.test(word) && /^\p{Ll}/u.test(after)) continue; // ordinal: «23. november»
    }
    count++;
  }
  return count;
}

/**
 * LIX of a text. Each line is a block (paragraph, list item, table cell): a line that does not end
 * with . ! ? or : still ends a sentence, as a new paragraph does in Björnsson's count.
 */
export function lixStats(text: string): LixStats {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const line of text.split('\n')) {
    const found = (line.match(WORD) ?? []).filter((w) => letters(w) > 0);
    if (found.length === 0) continue;
    words += found.length;
    longWords += found.filter((w) => letters(w) > 6).length;
    sentences += sentenceEnds(line) + (/[.!?:]\s*$/.test(line) ? 0 : 1);
  }
  const lix = words === 0 ? 0 : words / Math.max(sentences, 1) + (100 * longWords) / words;
  return { words, sentences, longWords, lix };
}

/** LIX of a text (0 for a text without words). */
export const lix = (text: string): number => lixStats(text).lix;
