// The word list for the site's nynorsk (docs/ordliste-nn.md): each term in bokmål and in the one
// nynorsk form the site uses, so the same term is spelt the same everywhere. Official rettskriving
// (Språkrådet, the 2012 norm with later changes); where the norm allows several forms, the list
// picks one (tilsetjing, lønstilskot, mellombels, verksemd, kjelde, «de/dykk/dykkar»).
// Three uses: the build test that a nynorsk page uses no bokmål form of a listed term (and a
// bokmål page no nynorsk form), the search, which gives a page the other form's words (so a
// query in either form finds pages in either form), and the ordliste's `nn` field.

export interface FormPair {
  /** Bokmål forms, lower case: the term first, then the forms and compounds our text has. */
  nb: readonly string[];
  /** Nynorsk forms, the same way: nn[0] is the form the site writes. */
  nn: readonly string[];
  /** Nynorsk forms that are also correct bokmål: not flagged on a bokmål page. */
  shared?: readonly string[];
  /** What the pair is, where the choice needs saying. */
  note?: string;
  /** A domain term (the search and docs list it), or a common word that shows an untranslated sentence. */
  kind?: 'term' | 'word';
}

export const nynorskTerms: readonly FormPair[] = [
  // Hiring and the state as employer.
  {
    nb: ['ansettelse', 'ansette', 'ansetter', 'ansatt', 'ansatte', 'nyansatte', 'deltidsansatte'],
    nn: [
      'tilsetjing',
      'tilsetje',
      'tilset',
      'tilsett',
      'tilsette',
      'nytilsette',
      'deltidstilsette',
    ],
    shared: ['tilset', 'tilsett', 'tilsette'],
    note: 'tilsetjing (ikke tilsetting), å tilsetje, vi tilset; «ein tilsett», «dei tilsette»',
  },
  {
    nb: ['ansettelsesråd'],
    nn: ['tilsetjingsråd'],
  },
  {
    nb: ['midlertidig', 'midlertidige'],
    nn: ['mellombels'],
    note: '«midlertidig» er ikke nynorsk',
  },
  {
    nb: ['virksomhet', 'virksomheten', 'virksomheter'],
    nn: ['verksemd', 'verksemda', 'verksemder'],
  },
  {
    nb: ['arbeidsgiver', 'arbeidsgiveren', 'arbeidsgivere'],
    nn: ['arbeidsgivar', 'arbeidsgivaren', 'arbeidsgivarar'],
  },
  { nb: ['arbeidstaker', 'arbeidstakere'], nn: ['arbeidstakar', 'arbeidstakarar'] },
  { nb: ['søkere', 'søkeren', 'søkerne'], nn: ['søkjar', 'søkjarar', 'søkjaren', 'søkjarane'] },
  { nb: ['utlysning', 'utlysningen'], nn: ['utlysing', 'utlysinga'], shared: ['utlysing'] },
  { nb: ['tillitsvalgt', 'tillitsvalgte'], nn: ['tillitsvald', 'tillitsvalde'] },
  { nb: ['statlig', 'statlige'], nn: ['statleg', 'statlege'] },
  { nb: ['offentlig', 'offentlige'], nn: ['offentleg', 'offentlege'] },
  { nb: ['innleie'], nn: ['innleige'] },
  // The target group.
  {
    nb: ['funksjonsnedsettelse', 'funksjonsnedsettelser', 'nedsettelse'],
    nn: ['funksjonsnedsetjing', 'funksjonsnedsetjingar'],
  },
  { nb: ['nedsatt'], nn: ['nedsett'], note: 'nedsett funksjonsevne, nedsett arbeidsevne' },
  { nb: ['hull', 'hullet'], nn: ['hol', 'holet'], note: 'hol i CV-en' },
  { nb: ['innvandrerbakgrunn'], nn: ['innvandrarbakgrunn'] },
  { nb: ['målgruppen'], nn: ['målgruppa', 'målgruppene'] },
  { nb: ['tilnærmet'], nn: ['tilnærma'], note: 'tilnærma like godt kvalifisert' },
  // NAV's measures.
  {
    nb: ['lønnstilskudd', 'lønnstilskuddet', 'tilskudd', 'tilskuddet'],
    nn: ['lønstilskot', 'lønstilskotet', 'tilskot', 'tilskotet'],
    note: '-tilskot i alle sammensetninger: inkluderingstilskot, tilretteleggingstilskot',
  },
  { nb: ['lønn', 'lønnen'], nn: ['løn', 'løna'] },
  { nb: ['tiltakspenger'], nn: ['tiltakspengar'] },
  // Issue 20, nn-b (midlertidig lønnstilskudd, FAQ): «NAV dekker lønnen» finds the nynorsk page.
  { nb: ['dekker', 'dekke'], nn: ['dekkjer', 'dekkje'], note: 'NAV dekkjer ein del av løna' },
  // Law and sources.
  { nb: ['statsansatteloven'], nn: ['statsansattelova'] },
  { nb: ['statsansatteforskriften'], nn: ['statsansatteforskrifta'] },
  { nb: ['tiltaksforskriften'], nn: ['tiltaksforskrifta'] },
  { nb: ['arbeidsmiljøloven'], nn: ['arbeidsmiljølova'] },
  {
    nb: ['diskrimineringsloven', 'likestillingsloven'],
    nn: ['diskrimineringslova', 'likestillingslova'],
  },
  { nb: ['forskriften'], nn: ['forskrifta'] },
  { nb: ['loven'], nn: ['lova', 'lovene', 'lovendring'] },
  { nb: ['kilde', 'kilden', 'kilder', 'kildene'], nn: ['kjelde', 'kjelda', 'kjelder', 'kjeldene'] },
  { nb: ['lovhenvisning', 'henvisning'], nn: ['lovtilvising', 'tilvising'] },
  { nb: ['veileder', 'veiledning'], nn: ['rettleiar', 'rettleiing'] },
  {
    // «veiviseren» too: Pagefind stems it to «veiviser», «veiviser» to «veivis».
    nb: ['veiviser', 'veiviseren', 'vei', 'veien', 'veier', 'veiene'],
    nn: ['vegvisar', 'veg', 'vegen', 'vegar', 'vegane'],
    shared: ['veg', 'vegen', 'vegar', 'vegane'],
    note: 'vegvisar er navnet på veiviseren på nynorsk',
  },
  { nb: ['nettsted', 'nettstedet', 'nettsteder'], nn: ['nettstad', 'nettstaden', 'nettstader'] },
  { nb: ['tilgjengelighet', 'tilgjengelig'], nn: ['tilgjengelegheit', 'tilgjengeleg'] },
  // Periods and the rest of the rule pages rewritten in nynorsk (issue 20, fase 2, nn-a).
  { nb: ['måned', 'måneder', 'månedene'], nn: ['månad', 'månader', 'månadene'] },
  { nb: ['stillinger', 'stillingene'], nn: ['stillingar', 'stillingane'] },
  { nb: ['høyere'], nn: ['høgare'], note: 'høgare utdanning' },
  // A common word, but a search word too: Pagefind finds only pages with every word of a query,
  // so «seks måneder uten utlysning» missed the nynorsk page that writes «utan utlysing».
  { nb: ['uten'], nn: ['utan'], note: 'utan utlysing: søket treng ordet på begge former' },
  // Words of the nynorsk stories (issue 20, fase 2): «renhold» finds the story on «reinhald».
  {
    nb: ['renhold'],
    nn: ['reinhald'],
    note: 'reinhald, reinhaldsteneste; bransjen heter «Reinhald» i src/i18n/nn.ts',
  },
  // Names with an official nynorsk form (the stories rewritten into nynorsk, issue 20 item 2).
  {
    nb: ['statsforvalteren'],
    nn: ['statsforvaltaren'],
    note: 'offisielt navn på nynorsk; kontoret i Vestland bruker det selv',
  },
  // The same in both forms: listed so that nobody «translates» them.
  ...[
    'arbeidstrening',
    'kvalifikasjonsprinsippet',
    'innstilling',
    'intervjuplikt',
    'særbehandling',
    'personalreglement',
    'vikariat',
    'praksisarbeid',
    'treårsregelen',
    'tilrettelegging',
    'fortrinnsrett',
    'prøvetid',
    'mentor',
    'innsatsgruppe',
    'refusjonsgrunnlag',
    'fellesføring',
    'tildelingsbrev',
    'inkluderingsdugnaden',
    'traineeprogrammet',
  ].map((term) => ({ nb: [term], nn: [term], note: 'likt i begge former' })),
  // Common words: one of these in a nynorsk page is a sentence left in bokmål.
  ...(
    [
      ['ikke', 'ikkje'],
      ['hva', 'kva'],
      ['hvem', 'kven'],
      ['hvordan', 'korleis'],
      ['hvorfor', 'kvifor'],
      ['hvis', 'viss'],
      ['bare', 'berre'],
      ['fra', 'frå'],
      ['noe', 'noko'],
      ['noen', 'nokon'],
      ['mye', 'mykje'],
      ['dere', 'dykk'],
      ['deres', 'dykkar'],
      ['hele', 'heile'],
      ['hoved', 'hovud'],
      ['egen', 'eigen'],
      ['egne', 'eigne'],
    ] as const
  ).map(([nb, nn]) => ({
    nb: [nb],
    nn: [nn],
    // «viss» (if) is also a bokmål word (certain).
    shared: nn === 'viss' ? [nn] : [],
    kind: 'word' as const,
  })),
  // Issue 20, nn-b (FAQ in nynorsk): words of the bokmål questions readers type («hvor lenge …»,
  // «er arbeidstrening en ansettelse», «kan veiviseren si …», «må vi spørre …»).
  { nb: ['hvor'], nn: ['kor'], kind: 'word' },
  // «en» in «CV-en» and «ei» are right in both forms.
  { nb: ['en'], nn: ['ein', 'ei'], shared: ['en', 'ei'], kind: 'word' },
  // «si» is also the nynorsk possessive («ytinga si»).
  { nb: ['si', 'sier'], nn: ['seie', 'seier'], shared: ['si'], kind: 'word' },
  { nb: ['spørre'], nn: ['spørje'], kind: 'word' },
];

/** The domain terms: the pairs the search and docs/ordliste-nn.md list. */
export const domainTerms = nynorskTerms.filter((p) => p.kind !== 'word');

/**
 * A form matches a word by its length: a short form (under 5 letters) only the whole word, a
 * longer one the start of a word («kilde» in «kildene»), and one of 7 letters or more anywhere in
 * it («tilskudd» in «inkluderingstilskudd»).
 */
export function formMatches(form: string, word: string): boolean {
  if (form.length < 5) return word === form;
  if (form.length < 7) return word.startsWith(form);
  return word.includes(form);
}

/** Words of a text, lower case; addresses and paths («/veiviser/», «uustatus.no») are left out. */
export const wordsOf = (text: string): string[] =>
  text
    .replace(/\S*[/@]\S*|\b[\w-]+\.(?:no|com|org)\b/gu, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

export interface FormMistake {
  word: string;
  /** The form it matched, and the form the list writes instead. */
  form: string;
  instead: string;
}

/**
 * Words in a text written in `lang` that belong to the other form: a bokmål form of a listed term
 * in nynorsk text, or a nynorsk-only form in bokmål text. A word that matches a form the list writes
 * in the text's own language («målgruppene» is both; «statsansattelova» holds «ansatte») is right.
 */
export function formMistakes(
  text: string,
  lang: 'nb' | 'nn',
  pairs: readonly FormPair[] = nynorskTerms
): FormMistake[] {
  const own = pairs.flatMap((p) => [...(lang === 'nb' ? p.nb : p.nn), ...(p.shared ?? [])]);
  const found: FormMistake[] = [];
  for (const word of wordsOf(text)) {
    if (own.some((f) => formMatches(f, word))) continue;
    for (const pair of pairs) {
      const other = lang === 'nb' ? pair.nn.filter((f) => !pair.shared?.includes(f)) : pair.nb;
      const form = other.find((f) => formMatches(f, word));
      if (form) found.push({ word, form, instead: (lang === 'nb' ? pair.nb : pair.nn)[0]! });
    }
  }
  return found;
}

/**
 * The other written form's words for a text in `lang`: for each pair the text uses in its own
 * form, the pair's forms in the other. A page carries them as search words (Pagefind metadata
 * `skriftform`), so «tilsetjing» finds a bokmål page about «ansettelse», and «ansettelse» a
 * nynorsk page about «tilsetjing». The common words count too: Pagefind finds only pages that
 * have every word of a query, so «hva skjer når …» must find the nynorsk answer «Kva skjer når …».
 */
export function otherFormWords(
  text: string,
  lang: 'nb' | 'nn',
  pairs: readonly FormPair[] = nynorskTerms
): string[] {
  const words = new Set(wordsOf(text));
  const out = new Set<string>();
  for (const pair of pairs) {
    const [own, other] = lang === 'nb' ? [pair.nb, pair.nn] : [pair.nn, pair.nb];
    if ([...words].some((w) => own.some((f) => formMatches(f, w))))
      for (const f of other) if (!own.includes(f)) out.add(f);
  }
  return [...out];
}

const GENERATED = /<!-- ordliste-nn:start -->[\s\S]*<!-- ordliste-nn:end -->/;

/** The word list as the tables of docs/ordliste-nn.md (`npm run ordliste-nn` writes them). */
export function wordListMarkdown(pairs: readonly FormPair[] = nynorskTerms): string {
  const row = (p: FormPair) =>
    `| ${p.nb.join(', ')} | **${p.nn[0]}**${p.nn.length > 1 ? `, ${p.nn.slice(1).join(', ')}` : ''} | ${p.note ?? ''} |`;
  const table = (list: readonly FormPair[]) =>
    ['| Bokmål | Nynorsk | Merknad |', '| --- | --- | --- |', ...list.map(row)].join('\n');
  return [
    '<!-- ordliste-nn:start -->',
    '<!-- Laget av `npm run ordliste-nn` fra src/lib/nynorsk-terms.ts. Endre listen der, ikke her. -->',
    '',
    '### Fagord',
    '',
    table(pairs.filter((p) => p.kind !== 'word')),
    '',
    '### Vanlige ord som viser en setning på bokmål',
    '',
    table(pairs.filter((p) => p.kind === 'word')),
    '',
    '<!-- ordliste-nn:end -->',
  ].join('\n');
}

/** docs/ordliste-nn.md with its generated part replaced by the current list. */
export const withWordList = (doc: string) => doc.replace(GENERATED, wordListMarkdown());
