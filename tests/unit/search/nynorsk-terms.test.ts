import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  domainTerms,
  formMatches,
  formMistakes,
  nynorskTerms,
  otherFormWords,
  wordListMarkdown,
} from '../../../src/lib/nynorsk-terms';
import { bestBetFor, bestBets, ordWords, type OrdEntry } from '../../../src/lib/search-terms';

// Issue 20: one word list for the domain's terms in nynorsk (src/lib/nynorsk-terms.ts), used by the
// pages' check, the search across both forms and the ordliste's nn field.
const entries = load(readFileSync('content/ordliste.yaml', 'utf8')) as (OrdEntry & {
  nn: string;
})[];
const words = (mistakes: { word: string }[]) => mistakes.map((m) => m.word);

describe('the word list', () => {
  it('has the terms issue 20 names, each with its nynorsk form', () => {
    const nnOf = (nb: string) => nynorskTerms.find((p) => p.nb.includes(nb))?.nn[0];
    expect(nnOf('ansettelse')).toBe('tilsetjing');
    expect(nnOf('ansatt')).toBe('tilsetjing');
    expect(nynorskTerms.some((p) => p.nn.includes('tilsett'))).toBe(true);
    expect(nnOf('lønnstilskudd')).toBe('lønstilskot');
    expect(nnOf('midlertidig')).toBe('mellombels');
    expect(nnOf('funksjonsnedsettelse')).toBe('funksjonsnedsetjing');
    for (const same of ['arbeidstrening', 'kvalifikasjonsprinsippet', 'innstilling'])
      expect(nnOf(same), same).toBe(same);
  });

  it('agrees with itself: no form of a pair is a mistake in its own language', () => {
    for (const pair of nynorskTerms) {
      expect(words(formMistakes(pair.nn.join(' '), 'nn')), pair.nn[0]).toEqual([]);
      expect(words(formMistakes(pair.nb.join(' '), 'nb')), pair.nb[0]).toEqual([]);
    }
  });

  it('docs/ordliste-nn.md has the list as it is (npm run ordliste-nn)', () => {
    const squash = (s: string) => s.replace(/[ -]+/g, ' ');
    const doc = readFileSync('docs/ordliste-nn.md', 'utf8');
    const generated = /<!-- ordliste-nn:start -->[\s\S]*<!-- ordliste-nn:end -->/.exec(doc)?.[0];
    expect(squash(generated ?? '')).toBe(squash(wordListMarkdown()));
  });
});

describe('a form matches a word by its length', () => {
  it('a short form only the whole word', () => {
    expect(formMatches('hol', 'hol')).toBe(true);
    expect(formMatches('hol', 'holde')).toBe(false);
    expect(formMatches('ikke', 'ikkje')).toBe(false);
  });
  it('a longer form the start of a word', () => {
    expect(formMatches('kilde', 'kildene')).toBe(true);
    expect(formMatches('kilde', 'sekundærkilde')).toBe(false);
  });
  it('a form of 7 letters or more anywhere in a word', () => {
    expect(formMatches('tilskudd', 'inkluderingstilskudd')).toBe(true);
    expect(formMatches('midlertidig', 'midlertidige')).toBe(true);
  });
});

describe('mistakes of form', () => {
  it('finds bokmål in nynorsk text', () => {
    expect(
      words(
        formMistakes(
          'Arbeidsgivaren kan ikke gi lønnstilskudd eller inkluderingstilskudd i ei midlertidig stilling.',
          'nn'
        )
      )
    ).toEqual(['ikke', 'lønnstilskudd', 'inkluderingstilskudd', 'midlertidig']);
  });
  it('finds nynorsk in bokmål text, but not a form that is correct bokmål too', () => {
    expect(
      words(formMistakes('Dere kan ikkje få lønstilskot i ei mellombels stilling.', 'nb'))
    ).toEqual(['ikkje', 'lønstilskot', 'mellombels']);
    expect(formMistakes('Dere kan tilsette en person. Veien er kort.', 'nb')).toEqual([]);
  });
  it('lets a word that is right in the own form pass, and leaves addresses out', () => {
    expect(formMistakes('Statsansattelova gjeld for målgruppene.', 'nn')).toEqual([]);
    expect(formMistakes('Adresser som byrjar med /veiviser/ og uustatus.no.', 'nn')).toEqual([]);
  });
});

describe('the search finds a page in either form', () => {
  it('a bokmål page gets the nynorsk words for its terms', () => {
    const nn = otherFormWords('Midlertidig ansettelse med lønnstilskudd fra NAV.', 'nb');
    expect(nn).toEqual(expect.arrayContaining(['tilsetjing', 'mellombels', 'lønstilskot']));
    expect(nn).not.toContain('ansettelse');
  });
  it('a nynorsk page gets the bokmål words for its terms', () => {
    const nb = otherFormWords('Mellombels tilsetjing med lønstilskot frå NAV.', 'nn');
    expect(nb).toEqual(expect.arrayContaining(['ansettelse', 'midlertidig', 'lønnstilskudd']));
    expect(nb).not.toContain('tilsetjing');
  });
  it('a term that is the same in both forms adds nothing', () => {
    expect(otherFormWords('Arbeidstrening og mentor.', 'nb')).toEqual([]);
  });
  it('the common words become search words too: a bokmål question finds a nynorsk answer', () => {
    // Pagefind finds only pages with every word of the query (FAQ in nynorsk, issue 20).
    expect(domainTerms.some((p) => p.nb.includes('ikke'))).toBe(false);
    expect(otherFormWords('Kva skjer når tilsetjinga er over?', 'nn')).toEqual(
      expect.arrayContaining(['hva', 'ansettelse'])
    );
    expect(otherFormWords('Dere kan ikke.', 'nb')).toEqual(['ikkje', 'dykk']);
    expect(otherFormWords('Dere kan ikke.', 'nb', domainTerms)).toEqual([]);
  });
});

describe('the ordliste in both forms', () => {
  it('every entry has its term in nynorsk, spelt as the word list says', () => {
    for (const e of entries) {
      expect(e.nn, e.id).toBeTruthy();
      expect(words(formMistakes(e.nn, 'nn')), `${e.id}: ${e.nn}`).toEqual([]);
    }
  });
  it('a term with a bokmål form from the list differs in nynorsk', () => {
    for (const e of entries)
      if (formMistakes(e.term, 'nn').length > 0) expect(e.nn, e.id).not.toBe(e.term);
  });
  it('the nynorsk term finds the entry, as the bokmål term does', () => {
    const table = bestBets(entries);
    expect(bestBetFor('mellombels lønstilskot', table)).toBe('midlertidig-lonnstilskudd');
    expect(bestBetFor('Administrativ tilsetjing', table)).toBe('administrativ-ansettelse');
    expect(bestBetFor('hol i CV-en', table)).toBe('hull-i-cv');
    expect(ordWords(entries.find((e) => e.id === 'funksjonsnedsettelse')!)).toEqual(
      expect.arrayContaining(['Funksjonsnedsetjing', 'nedsett funksjonsevne'])
    );
  });
});
