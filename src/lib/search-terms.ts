// The search's synonym and compound table: pure data, plus the one function that applies it.
//
// Pagefind stems bokmål words («tilskuddet» finds «tilskudd») and matches the start of a word,
// but it does not split compounds: «tilskudd» never finds «lønnstilskudd». Each row names a
// word readers search for (`term`) and the word starts in our text that should answer it
// (`found`). A page whose text has one of them carries `term` in its searchable Pagefind
// metadata (`sokeord`), so Pagefind itself finds the page. Nothing here is shown to readers.

export interface SearchTerm {
  /** What a reader types. */
  term: string;
  /** Starts of words or phrases in our text (lower case) that should answer it. */
  found: readonly string[];
}

export const searchTerms: readonly SearchTerm[] = [
  // Compounds that end in the word readers type (Pagefind finds the start of a word, not the end).
  {
    term: 'tilskudd',
    found: ['lønnstilskudd', 'tilretteleggingstilskudd', 'inkluderingstilskudd', 'mentortilskudd'],
  },
  { term: 'lønn', found: ['lønnstilskudd'] },
  { term: 'annonse', found: ['stillingsannonse'] },
  { term: 'praksis', found: ['arbeidspraksis'] },
  { term: 'trening', found: ['arbeidstrening'] },
  { term: 'program', found: ['traineeprogram'] },
  { term: 'dugnad', found: ['inkluderingsdugnad'] },
  { term: 'sykepleier', found: ['spesialsykepleier'] },
  // Pagefind stems «stillas» to «still», so «stilling» outranks «stillasarbeid»: name the start.
  { term: 'stillas', found: ['stillas'] },
  // Another word for the same thing: the verb in our text, the noun readers type; old names.
  { term: 'utlysning', found: ['lyses ut', 'lyse ut', 'lyste ut', 'utlyst'] },
  { term: 'arbeidspraksis', found: ['arbeidstrening'] },
  { term: 'kommune', found: ['kommunal'] },
  // A nynorsk story's own word, the bokmål word readers type: the skriftform words alone
  // (src/lib/nynorsk-terms.ts, weight 1) put a bokmål story that only mentions renhold first.
  { term: 'renhold', found: ['reinhald'] },
  // A name in its nynorsk form on a nynorsk page: the bokmål form readers type (issue 20).
  { term: 'statsforvalteren', found: ['statsforvaltaren'] },
  { term: 'hindrer hindring hindringer', found: ['står i veien', 'stått i veien'] },
  {
    term: 'bedrift bedrifter',
    found: [
      'private virksomhet',
      'privat virksomhet',
      'private arbeidsgivere',
      // The same on the nynorsk pages.
      'private verksemd',
      'privat verksemd',
      'private arbeidsgivarar',
    ],
  },
  // Readers' words for the target groups; the pages that use the rule's own words answer them.
  {
    term: 'hull i CV',
    found: [
      'fravær fra arbeid, utdanning eller opplæring',
      'fråvær frå arbeid, utdanning eller opplæring',
    ],
  },
  { term: 'funksjonshemmet funksjonshemming', found: ['funksjonsnedsettelse'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The table's terms that apply to a text: any `found` at the start of a word, in table order. */
export function searchTermsFor(text: string, table: readonly SearchTerm[] = searchTerms): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return table
    .filter((row) =>
      row.found.some((f) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escape(f.toLowerCase())}`, 'u').test(lower)
      )
    )
    .map((row) => row.term);
}

// Ordliste terms and their aliases (content/ordliste.yaml): the words that must find the entry's
// defining place first (its rule page where it has one, else its ordliste anchor). That place
// carries the words in its `sokeord` and the filter `definerer:<id>`; /sok/ looks a query up in
// this table and puts the defining place first when Pagefind finds it (a «best bet»).

export interface OrdEntry {
  id: string;
  term: string;
  /** The term in nynorsk: a query in either form finds the entry. */
  nn?: string;
  aliases?: readonly string[];
  page?: string;
}
export interface BestBet {
  id: string;
  words: string[];
}

/** The ways a term is written: «A / B» is two, and «(gammelt navn)» is not part of it. */
export function termVariants(term: string): string[] {
  return term
    .split(' / ')
    .map((t) => t.replace(/\s*\([^)]*\)\s*/g, ' ').trim())
    .filter(Boolean);
}

/** Lower case, single spaces, no punctuation at the ends: how a query is compared with the table. */
export const normalizeQuery = (q: string) =>
  q
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?«»"']+|[\s.,;:!?«»"']+$/g, '');

/** Every word that should find the entry: its term (each variant) in bokmål and nynorsk, and its aliases. */
export const ordWords = (entry: OrdEntry): string[] => [
  ...new Set([
    ...termVariants(entry.term),
    ...(entry.nn ? termVariants(entry.nn) : []),
    ...(entry.aliases ?? []),
  ]),
];

/** Where an entry is defined: its rule page, else its anchor in the ordliste. */
export const definingPlace = (entry: OrdEntry) =>
  entry.page ? `/regelverk/${entry.page}/` : `/ordliste/#${entry.id}`;

export const bestBets = (entries: readonly OrdEntry[]): BestBet[] =>
  entries.map((e) => ({ id: e.id, words: ordWords(e).map(normalizeQuery) }));

/**
 * The table as one short string for the /sok/ island's props (Astro serializes an array of
 * objects with a type tag on every value, three times the bytes): «id\tword|word» per line.
 */
export const encodeBets = (table: readonly BestBet[]) =>
  table.map((b) => `${b.id}\t${b.words.join('|')}`).join('\n');
export const decodeBets = (text: string): BestBet[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id = '', words = ''] = line.split('\t');
      return { id, words: words.split('|') };
    });

/**
 * Edits (a letter added, left out, changed, or two swapped) between two texts, or more than `max`
 * as soon as every way is over it: optimal string alignment distance.
 */
export function editsBetween(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    if (Math.min(...row) > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits a query may be from a term and still name it: one from 6 letters, two from 12. */
export const nearEdits = (length: number) => (length >= 12 ? 2 : length >= 6 ? 1 : 0);

/**
 * A term the query names, the entry it belongs to, and the place its defining place must reach in
 * the results: first (`at` 0) for a term named with a typo, third (`at` 2) for a term named inside
 * a longer query (termInQuery).
 */
export interface TermBet {
  id: string;
  /** The term as the table spells it: searched instead of the query. */
  term: string;
  at: number;
}

/**
 * The entry a query names with a typo («inkluderingstilsudd», «hul i cv»): the terms and aliases
 * nearest to it within nearEdits, if they all belong to one entry. Not used when a term is named
 * exactly (bestBetFor).
 */
export function nearBetFor(query: string, table: readonly BestBet[]): TermBet | null {
  const q = normalizeQuery(query);
  const max = nearEdits(q.length);
  if (max === 0) return null;
  let best = max + 1;
  let found: TermBet[] = [];
  // A number is not a typo: «§ 7» does not name «§ 9».
  const digits = (t: string) => t.replace(/\D+/g, ' ').trim();
  for (const b of table)
    for (const w of b.words) {
      if (digits(w) !== digits(q)) continue;
      const d = editsBetween(q, w, best);
      if (d < best) [best, found] = [d, [{ id: b.id, term: w, at: 0 }]];
      else if (d === best && d <= max) found.push({ id: b.id, term: w, at: 0 });
    }
  return found.length > 0 && found.every((f) => f.id === found[0]!.id) ? found[0]! : null;
}

/** The place a term named inside a longer query must reach: among the first three. */
export const TERM_IN_QUERY_AT = 2;
/** Shorter terms and aliases («NAV», «aml», «DFØ») are in too many queries to say what one is about. */
const TERM_IN_QUERY_MIN = 6;

/**
 * The longest term or alias of six letters or more that a longer query holds as whole words («må
 * kandidaten være i målgruppen»): the reader used the site's own word, so the place that defines it
 * should be among the first results, though the query asks something more.
 */
export function termInQuery(query: string, table: readonly BestBet[]): TermBet | null {
  const q = ` ${normalizeQuery(query)
    .replace(/[^\p{L}\p{N}§ -]+/gu, ' ')
    .replace(/\s+/g, ' ')} `;
  let best: TermBet | null = null;
  for (const b of table)
    for (const w of b.words)
      if (w.length >= TERM_IN_QUERY_MIN && (!best || w.length > best.term.length))
        if (q.includes(` ${w} `)) best = { id: b.id, term: w, at: TERM_IN_QUERY_AT };
  return best;
}

/**
 * The entry a query names: exactly (its id: its defining place first), with a typo (first), or
 * inside a longer query (among the first three).
 */
export const betFor = (query: string, table: readonly BestBet[]): string | TermBet | null =>
  bestBetFor(query, table) ?? nearBetFor(query, table) ?? termInQuery(query, table);

/** The entry a query names exactly (a term or an alias), if any. */
export function bestBetFor(query: string, table: readonly BestBet[]): string | null {
  const q = normalizeQuery(query);
  return q ? (table.find((b) => b.words.includes(q))?.id ?? null) : null;
}
