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
  { term: 'tilskudd', found: ['lønnstilskudd', 'tilretteleggingstilskudd', 'inkluderingstilskudd', 'mentortilskudd'] },
  { term: 'lønn', found: ['lønnstilskudd'] },
  { term: 'annonse', found: ['stillingsannonse'] },
  { term: 'praksis', found: ['arbeidspraksis'] },
  { term: 'trening', found: ['arbeidstrening'] },
  { term: 'program', found: ['traineeprogram'] },
  { term: 'dugnad', found: ['inkluderingsdugnad'] },
  { term: 'sykepleier', found: ['spesialsykepleier'] },
  // Another word for the same thing: the verb in our text, the noun readers type; old names.
  { term: 'utlysning', found: ['lyses ut', 'lyse ut', 'lyste ut', 'utlyst'] },
  { term: 'arbeidspraksis', found: ['arbeidstrening'] },
  { term: 'kommune', found: ['kommunal'] },
  // Readers' words for the target groups; the pages that use the rule's own words answer them.
  { term: 'hull i CV', found: ['fravær fra arbeid, utdanning eller opplæring'] },
  { term: 'funksjonshemmet funksjonshemming', found: ['funksjonsnedsettelse'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The table's terms that apply to a text: any `found` at the start of a word, in table order. */
export function searchTermsFor(text: string, table: readonly SearchTerm[] = searchTerms): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return table
    .filter((row) => row.found.some((f) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(f.toLowerCase())}`, 'u').test(lower)))
    .map((row) => row.term);
}
