import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/i18n/nb';
import { nn } from '../../../src/i18n/nn';
import { formMistakes } from '../../../src/lib/nynorsk-terms';
import { formatDate } from '../../../src/lib/dates';

// Issue 20: the UI text of a page is in the page's written form. nb.ts and nn.ts have the same
// keys (the type makes nn.ts complete; this checks the values too), every nynorsk string differs
// from its bokmål twin unless it is a word that is the same in both forms (the allow-list), and
// neither has a word of the other form from the word list (src/lib/nynorsk-terms.ts).

/** Strings that are the same in bokmål and nynorsk, by key path. Each needs its reason. */
const SAME_IN_BOTH: Record<string, string> = {
  siteName: 'a name',
  'nav.regelverk': 'regelverk is the same word',
  'nav.historier': 'suksesshistorie, historie: the same',
  'nav.om': 'the same',
  'breadcrumbs.label': '«Du er her» is the same',
  'footer.personvern': 'the same',
  'footer.endringslogg': 'the same',
  'footer.ordliste': 'the same',
  'footer.faq': '«ofte stilte spørsmål» is the same',
  'print.address': 'the same',
  'copyLink.label': '«lenke» is correct nynorsk (Uu-tilsynet writes it); «kopier» is the same',
  'copyLink.labelTo': 'as copyLink.label',
  'page.sourceYear': 'only the year',
  'search.navLink': '«søk» is the same',
  'search.submit': '«søk» is the same',
  'reportError.subject': '«Feil på …» is the same',
  'changes.before': '«Rapporten sa:» is the same',
  'changes.toPassage': '«Til avsnittet» is the same',
  'story.published': '«Publisert» is the same',
  'story.updated': '«Sist oppdatert» is the same',
  'story.facts.sector': 'the same',
  'story.facts.industry': 'the same',
  'story.facts.regions': 'the same',
  'story.facts.year': 'only the year',
  'story.brief.result': '«Resultat» is the same',
  'story.allStories': 'the same',
  'story.count': '«historie», «historier» are the same',
  'stillApplies.kvalifikasjonsprinsippet.label': 'a legal term, the same',
  'stillApplies.innstilling.label': 'a legal term, the same',
  'stillApplies.informasjonsplikt.label': 'the same',
  'stillApplies.tilrettelegging.label': 'the same',
  'vocabulary.sector.kommune': 'the same',
  'vocabulary.sector.fylkeskommune': 'the same',
  'vocabulary.route.traineeprogrammet': 'a name',
  'vocabulary.route.arbeidstrening': 'the same',
  'vocabulary.route.mentor': 'the same',
  'vocabulary.industry.helse-og-omsorg': 'the same',
  'vocabulary.industry.varehandel': 'the same',
  'vocabulary.industry.servering': 'the same',
  'vocabulary.industry.bygg-og-anlegg': 'the same',
  'vocabulary.industry.maskinbransjen': 'the same',
  'vocabulary.practice.fast-nav-kontakt': 'the same',
  'vocabulary.practice.nav-samarbeid': 'the same',
  'vocabulary.outcomeKind.suksess': 'the same',
  'vocabulary.region.*': 'county names have one official form (Sentralt stadnamnregister)',
  english: 'the link to the English page is in English on every page',
};

/** Every leaf as [key path, text]; a function is called with a text and with 1 (its singular). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const f = value as (arg: unknown) => unknown;
    return [
      [path, String(f('«x»'))],
      [`${path}(1)`, String(f(1))],
    ];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const allowed = (path: string) => {
  const key = path.replace(/\(1\)$/, '');
  return key in SAME_IN_BOTH || `${key.slice(0, key.lastIndexOf('.'))}.*` in SAME_IN_BOTH;
};

describe('the bokmål and nynorsk dictionaries', () => {
  const nbLeaves = new Map(leaves(nb));
  const nnLeaves = new Map(leaves(nn));

  it('have the same keys', () => {
    expect([...nnLeaves.keys()].sort()).toEqual([...nbLeaves.keys()].sort());
  });

  it('no nynorsk text is the same as its bokmål twin, unless the allow-list says why', () => {
    const same = [...nbLeaves].filter(([k, v]) => nnLeaves.get(k) === v).map(([k]) => k);
    expect(same.filter((k) => !allowed(k))).toEqual([]);
  });

  it('the allow-list names only keys that exist and are the same', () => {
    const same = new Set([...nbLeaves].filter(([k, v]) => nnLeaves.get(k) === v).map(([k]) => k));
    const stale = Object.keys(SAME_IN_BOTH).filter(
      (key) =>
        !(key.endsWith('.*')
          ? [...same].some((k) => k.startsWith(key.slice(0, -1)))
          : same.has(key) || same.has(`${key}(1)`))
    );
    expect(stale).toEqual([]);
  });

  it('the nynorsk text uses the word list, and the bokmål text has no nynorsk', () => {
    const wrong = (lang: 'nb' | 'nn', map: Map<string, string>) =>
      [...map].flatMap(([k, v]) => formMistakes(v, lang).map((m) => `${k}: ${m.word}`));
    expect(wrong('nn', nnLeaves)).toEqual([]);
    expect(wrong('nb', nbLeaves)).toEqual([]);
  });
});

describe('dates in the page’s form', () => {
  it('are written the same way in nynorsk: the month names are alike («6. desember 2026»)', () => {
    expect(formatDate(new Date('2026-12-06T00:00:00Z'), 'nn')).toBe('6. desember 2026');
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2026, month, 6));
      expect(formatDate(date, 'nn')).toBe(formatDate(date, 'nb'));
    }
    expect(formatDate(new Date('2026-12-06T00:00:00Z'), 'en')).toBe('6 December 2026');
  });
});
