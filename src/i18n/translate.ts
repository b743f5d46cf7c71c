// The wizard's result texts are built in bokmål by src/lib/veiviser and translated where they are
// rendered, gettext-style: the bokmål text is the key of the nynorsk catalogue. Digits in a text
// become placeholders ({0}, {1}, …), so a figure changed in content/tall.json needs no new entry.
// A text with no entry throws at build time: the nynorsk must be written with the bokmål.

export type Translate = (text: string) => string;

const DIGITS = /\d+/g;
const PLACEHOLDER = /\{(\d+)\}/g;

/** The catalogue key of a text: its digit runs as {0}, {1}, … in order. */
export function msgidOf(text: string): string {
  let i = 0;
  return text.replace(DIGITS, () => `{${i++}}`);
}

/** Bokmål: the text as it is. */
export const identity: Translate = (text) => text;

/**
 * A translator over a catalogue. `missing` decides what a text without an entry gives: the
 * build throws; the extraction script (scripts/veiviser-nn-missing.mjs) records it.
 */
export function catalogTranslator(
  catalog: Readonly<Record<string, string>>,
  missing: (msgid: string, text: string) => string
): Translate {
  return (text) => {
    if (!/\p{L}/u.test(text)) return text;
    const msgid = msgidOf(text);
    const msgstr = catalog[msgid];
    if (msgstr === undefined) return missing(msgid, text);
    const numbers = text.match(DIGITS) ?? [];
    return msgstr.replace(PLACEHOLDER, (_, i: string) => numbers[Number(i)] ?? '');
  };
}

/** The placeholders a catalogue text uses, sorted: an entry's translation must use the same. */
export const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
