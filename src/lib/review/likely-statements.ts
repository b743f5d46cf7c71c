// For the reviewer's page: every place an MDX body cites a source rated «likely», with the nearest
// heading above it and the sentence the citation supports. Pure: works on the raw MDX text.

export interface LikelyStatement {
  /** Page URL, e.g. «/regelverk/hovedreglene/». */
  url: string;
  kilde: string;
  passage?: string;
  /** Id of the nearest <H2>/<H3> above the citation; '' when it stands before the first heading. */
  anchor: string;
  heading: string;
  sentence: string;
}

const MARK = '\u0000';
// Built from MARK (a control character cannot stand in a regex literal): a break before a capital, «, (, digit or the marker.
const SENTENCE_BREAK = new RegExp(`(?<=[.!?])\\s+(?=[A-ZÆØÅ«(\\d${MARK}])`);
const unmark = (s: string) =>
  s
    .replaceAll(MARK, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();

const headingsBefore = (body: string, at: number) =>
  [...body.slice(0, at).matchAll(/<H[23]\s+id="([^"]+)"\s*>([\s\S]*?)<\/H[23]>/g)].map((m) => ({
    id: m[1] as string,
    text: (m[2] as string)
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));

/** The paragraph around `at` (blocks end at a blank line), or with `item` only its list item («- », «1. »). */
function blockAround(body: string, at: number, item = true): [number, number] {
  const found = body.lastIndexOf('\n\n', at);
  let start = found < 0 ? 0 : found + 2;
  let end = body.indexOf('\n\n', at);
  if (end < 0) end = body.length;
  if (!item) return [start, end];
  const marker = /\n\s*(?:[-*]|\d+\.)\s/g;
  const base = start;
  for (const m of body.slice(base, at).matchAll(marker)) start = base + (m.index ?? 0) + 1;
  const next = marker.exec(body.slice(at, end));
  if (next) end = at + next.index;
  return [start, end];
}

/** Plain text from MDX: tags out, links to their text, the marker kept. */
export function plainText(mdx: string, legalLabel: (id: string) => string): string {
  return mdx
    .replace(/<LegalRef\b[^>]*\bid="([^"]+)"[^>]*\/>/g, (_m, id: string) => legalLabel(id))
    .replace(/<[A-Za-z][^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();
}

/** The sentence holding the marker; a citation right after a full stop belongs to the sentence before. */
function sentenceWithMark(text: string): string {
  const parts = text.split(SENTENCE_BREAK);
  const i = parts.findIndex((p) => p.includes(MARK));
  if (i < 0) return unmark(text);
  const own = unmark(parts[i] as string);
  const bare = own.replace(/^[\s.,;:]*/, '');
  return (bare === '' || (parts[i] as string).trimStart().startsWith(MARK)) && i > 0
    ? unmark(parts[i - 1] as string)
    : own;
}

/**
 * Every <SourceRef id="…"> in `body` whose id is in `likely`, in page order.
 * A citation standing alone after a list or paragraph supports that block: its text is given whole.
 */
export function likelyStatements(
  url: string,
  body: string,
  likely: ReadonlySet<string>,
  legalLabel: (id: string) => string
): LikelyStatement[] {
  const out: LikelyStatement[] = [];
  for (const m of body.matchAll(/<SourceRef\b[^>]*\/>/g)) {
    const tag = m[0];
    const kilde = /\bid="([^"]+)"/.exec(tag)?.[1];
    if (!kilde || !likely.has(kilde)) continue;
    const at = m.index ?? 0;
    const marked = `${body.slice(0, at)}${MARK}${body.slice(at + tag.length)}`;
    const [start, end] = blockAround(marked, at);
    let sentence = sentenceWithMark(plainText(marked.slice(start, end), legalLabel));
    if (sentence === '' && start > 0) {
      // Alone in its block: the statement is the block before.
      const [ps, pe] = blockAround(marked, Math.max(0, start - 3), false);
      sentence = unmark(plainText(marked.slice(ps, pe), legalLabel));
    }
    const heading = headingsBefore(body, at).at(-1);
    const passage = /\bpassage="([^"]+)"/.exec(tag)?.[1];
    out.push({
      url,
      kilde,
      ...(passage ? { passage } : {}),
      anchor: heading?.id ?? '',
      heading: heading?.text ?? '',
      sentence,
    });
  }
  return out;
}
