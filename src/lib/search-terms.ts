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
  // Compounds ending in a word readers type on its own.
  { term: 'tilskudd', found: ['lønnstilskudd', 'tilretteleggingstilskudd', 'inkluderingstilskudd', 'mentortilskudd', 'tilskuddet', 'tilskuddene'] },
  { term: 'lønn', found: ['lønnstilskudd'] },
  { term: 'tilrettelegging', found: ['tilretteleggingstilskudd', 'tilretteleggingsplikt', 'tilrettelegge'] },
  { term: 'annonse', found: ['stillingsannonse'] },
  { term: 'stilling', found: ['deltidsstilling', 'traineestilling', 'stillingsannonse'] },
  { term: 'trainee', found: ['traineeprogrammet', 'traineeperioden', 'traineestilling', 'traineer'] },
  { term: 'utlysning', found: ['lyses ut', 'lyste ut', 'lyse ut', 'utlyst'] },
  { term: 'innvandrer', found: ['innvandrerbakgrunn', 'innvandret'] },
  { term: 'praksis', found: ['arbeidstrening', 'arbeidspraksis'] },
  // The words of the rules against the words readers use.
  { term: 'hull i CV', found: ['fravær fra arbeid, utdanning eller opplæring', 'hull i cv'] },
  { term: 'funksjonshemmet funksjonshemming', found: ['nedsatt funksjonsevne', 'funksjonsnedsettelse'] },
  { term: 'målgruppe', found: ['nedsatt funksjonsevne', 'hull i cv'] },
  { term: 'kommune', found: ['kommunal', 'kommunen', 'kommuner'] },
  { term: 'stat', found: ['statlig', 'statsansatteloven', 'statsansatteforskriften', 'staten'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The table's terms that apply to a text: any `found` at the start of a word, in table order. */
export function searchTermsFor(text: string, table: readonly SearchTerm[] = searchTerms): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return table
    .filter((row) => row.found.some((f) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(f.toLowerCase())}`, 'u').test(lower)))
    .map((row) => row.term);
}
