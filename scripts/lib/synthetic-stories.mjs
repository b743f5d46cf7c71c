// Synthetic stories for the size benchmark (scripts/bench-stories.mjs). They are test data: every
// title, employer and sentence says so, their only source is the «syntetisk-testdata» entry the
// benchmark adds to its own copy of content/kilder.yaml, and they are only ever written into that
// copy under build/ (never content/, never dist/). Deterministic: the same n gives the same files.
import { load } from 'js-yaml';
import { random } from './random.mjs';

export const SYNTHETIC_KILDE = 'syntetisk-testdata';
export const SYNTHETIC_PREFIX = 'syntetisk-';

/** The kilder.yaml entry the benchmark copy gets (never the real file). */
export const syntheticKildeYaml = `
- id: ${SYNTHETIC_KILDE}
  kind: rapport
  title: SYNTETISK TESTDATA – ikke en kilde
  publisher: scripts/bench-stories.mjs
  year: "2026"
  file: 999_0000000000000000.txt
  use: >-
    Bare for målingen av bygg og søk med mange historier. Historiene som viser hit, er laget av et
    skript og er ikke ekte.
`;

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/**
 * The filter values of the real stories (sector, routes, target groups, regions), one set per
 * story. Synthetic stories copy a random one, so the search's filter index grows as the real one
 * would: the same mix of values, and as many per story.
 */
export function facetCombos(mdxTexts) {
  return mdxTexts.map((text) => {
    const data = load(/^---\n([\s\S]*?)\n---/.exec(text)[1]);
    return {
      sector: data.sector,
      routes: data.routes ?? [],
      targetGroups: data.targetGroups ?? [],
      regions: data.regions ?? [],
    };
  });
}

/**
 * n story files: [{ name, text }]. `combos` from facetCombos(); `words` is a pool of real words (from the regelverk pages), so
 * the search index grows with a realistic vocabulary, not with one repeated word. About 270 words
 * of text each, near the real stories' mean (309 words in the 19 stories of November 2026).
 */
export function syntheticStories(n, words, combos) {
  if (words.length < 50) throw new Error('syntheticStories: need at least 50 words in the pool');
  if (combos.length === 0)
    throw new Error('syntheticStories: need the real stories’ filter values');
  const rnd = random(n);
  const sentence = (len) => {
    const w = Array.from({ length: len }, () => pick(rnd, words));
    return `${w.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const paragraph = (sentences) =>
    Array.from({ length: sentences }, () => sentence(6 + Math.floor(rnd() * 8))).join(' ');
  const width = String(n).length;
  return Array.from({ length: n }, (_, i) => {
    const number = String(i + 1).padStart(width, '0');
    const facets = pick(rnd, combos);
    const list = (ids) => `[${ids.join(', ')}]`;
    const fm = [
      '---',
      `title: "Syntetisk testhistorie ${number}"`,
      `summary: "Syntetisk testhistorie nummer ${number}, laget av et skript for å måle bygget, ikke en ekte arbeidsgiver."`,
      `shortTitle: "Syntetisk ${number}"`,
      'brief:',
      '  did: "Syntetisk testdata: ingen arbeidsgiver gjorde noe."',
      '  forWhom: "Syntetisk testdata: kilden sier ikke hvem det gjaldt."',
      '  route: "Syntetisk testdata: kilden nevner ingen vei eller tiltak."',
      '  result: "Syntetisk testdata: kilden sier ikke hva det førte til."',
      'employer:',
      `  anonymousDescription: "Syntetisk testdata, ikke en ekte arbeidsgiver (${number})"`,
      ...(facets.sector ? [`sector: ${facets.sector}`] : []),
      `regions: ${list(facets.regions)}`,
      `targetGroups: ${list(facets.targetGroups)}`,
      `routes: ${list(facets.routes)}`,
      'sources:',
      `  - kilde: ${SYNTHETIC_KILDE}`,
      '    passage: generert',
      'lastReviewed: 2026-11-23',
      'published: 2026-11-23',
      'updated: 2026-11-23',
      '---',
    ].join('\n');
    const body = [
      `Dette er en syntetisk testhistorie. Et skript har laget den for å måle bygget, og den publiseres aldri <SourceRef id="${SYNTHETIC_KILDE}" passage="generert" />.`,
      '<H2 id="hva-de-gjorde">Hva de gjorde</H2>',
      paragraph(10),
      '<H2 id="hva-som-virket">Hva som virket</H2>',
      paragraph(8),
      '<H2 id="hva-som-var-vanskelig">Hva som var vanskelig</H2>',
      paragraph(8),
    ].join('\n\n');
    return { name: `${SYNTHETIC_PREFIX}${number}.mdx`, text: `${fm}\n\n${body}\n` };
  });
}

/** Words of at least 3 letters from MDX text, without tags, frontmatter or punctuation. */
export function wordPool(texts) {
  const words = texts.flatMap(
    (t) =>
      t
        .replace(/^---[\s\S]*?---/, '')
        .replace(/<[^>]+>/g, ' ')
        .toLowerCase()
        .match(/[a-zæøå]{3,}/g) ?? []
  );
  // No number words (bokmål and nynorsk: some rule pages are nynorsk): random text must not trip
  // the undated-figure check for stories.
  const numberWords = new Set(
    'ett ein eitt tre fire fem seks sju åtte elleve tolv tjue hundre prosent kroner hver'.split(' ')
  );
  return [...new Set(words)].filter((w) => !numberWords.has(w)).sort();
}
