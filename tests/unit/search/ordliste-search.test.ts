import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  bestBetFor,
  bestBets,
  betFor,
  editsBetween,
  nearBetFor,
  termInQuery,
  TERM_IN_QUERY_AT,
  decodeBets,
  definingPlace,
  encodeBets,
  normalizeQuery,
  ordWords,
  termVariants,
  type OrdEntry,
} from '../../../src/lib/search-terms';
import {
  faqRecords,
  ordlisteRecords,
  pageRecord,
  recordHtml,
} from '../../../src/integrations/search-records.mjs';

const entries = load(readFileSync('content/ordliste.yaml', 'utf8')) as OrdEntry[];

describe('ordliste terms and aliases in the search', () => {
  it('splits «A / B» into two and drops a parenthesis', () => {
    expect(termVariants('Funksjonsnedsettelse / nedsatt funksjonsevne')).toEqual([
      'Funksjonsnedsettelse',
      'nedsatt funksjonsevne',
    ]);
    expect(termVariants('Tilretteleggingstilskudd (gammelt navn)')).toEqual([
      'Tilretteleggingstilskudd',
    ]);
  });
  it('every entry has aliases, and no word names two entries (a best bet must be unambiguous)', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      expect(e.aliases?.length ?? 0, e.id).toBeGreaterThan(0);
      for (const w of ordWords(e).map(normalizeQuery)) {
        expect(owner.get(w) ?? e.id, `«${w}» in ${owner.get(w)} and ${e.id}`).toBe(e.id);
        owner.set(w, e.id);
      }
    }
  });
  it('looks a query up by its words, whatever the case, spacing and end punctuation', () => {
    const table = bestBets(entries);
    expect(bestBetFor('Lønnstilskudd', table)).toBe('midlertidig-lonnstilskudd');
    expect(bestBetFor('  hull  i CV? ', table)).toBe('hull-i-cv');
    expect(bestBetFor('nedsatt funksjonsevne', table)).toBe('funksjonsnedsettelse');
    expect(bestBetFor('lønnstilskudd for alle', table)).toBeNull();
    expect(bestBetFor('', table)).toBeNull();
  });
  it('counts a letter added, left out, changed or two swapped as one edit, and stops past the limit', () => {
    expect(editsBetween('arbeidstrening', 'arbeidstrening', 2)).toBe(0);
    expect(editsBetween('arbeidstrenning', 'arbeidstrening', 2)).toBe(1);
    expect(editsBetween('arbeidstreing', 'arbeidstrening', 2)).toBe(1);
    expect(editsBetween('arbeidstrensng', 'arbeidstrening', 2)).toBe(1);
    expect(editsBetween('arbeidstrenign', 'arbeidstrening', 2)).toBe(1);
    expect(editsBetween('inkluderingstilsudd', 'inkluderingstilskudd', 2)).toBe(1);
    expect(editsBetween('kvalifikasjonsprinsipet', 'kvalifikasjonsprinsippet', 2)).toBe(1);
    expect(editsBetween('abcdef', 'badcfe', 3)).toBe(3);
    // Over the limit: one more than it, whatever the true distance.
    expect(editsBetween('mentor', 'tilskudd', 1)).toBe(2);
    expect(editsBetween('mentor', 'mentorordning', 2)).toBe(3);
    expect(editsBetween('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(editsBetween('abcdef', 'uvwxyz', 9)).toBe(6);
  });
  it('names a term written with a typo or an ending, but not a number, a short word or two terms', () => {
    const table = bestBets(entries);
    expect(nearBetFor('inkluderingstilsudd', table)).toEqual({
      id: 'inkluderingstilskudd',
      term: 'inkluderingstilskudd',
      at: 0,
    });
    expect(nearBetFor('Hul i CV', table)).toEqual({ id: 'hull-i-cv', term: 'hull i cv', at: 0 });
    expect(nearBetFor('særbehndling', table)?.id).toBe('positiv-saerbehandling');
    expect(nearBetFor('lønnstilskuddet', table)?.id).toBe('midlertidig-lonnstilskudd');
    // «§ 7» is not a typo of «§ 9», though one letter apart.
    expect(bestBetFor('statsansatteloven § 9', table)).toBe('midlertidig-ansettelse');
    expect(nearBetFor('statsansatteloven § 7', table)).toBeNull();
    // Under six letters no edit is allowed; a word far from every term names none.
    expect(nearBetFor('mentr', table)).toBeNull();
    expect(nearBetFor('kantine', table)).toBeNull();
    // Equally near to terms of two entries: none of them.
    const two = [
      { id: 'a', words: ['tiltaka'] },
      { id: 'b', words: ['tiltakb'] },
    ];
    expect(nearBetFor('tiltakc', two)).toBeNull();
    // The nearest counts: a term two edits away does not make one a single edit away ambiguous.
    const near = [
      { id: 'one', words: ['abcdefghijkx'] },
      { id: 'two', words: ['abcdefghijxy'] },
    ];
    expect(nearBetFor('abcdefghijkl', near)).toEqual({ id: 'one', term: 'abcdefghijkx', at: 0 });
    expect(nearBetFor('tiltakax', two)).toEqual({ id: 'a', term: 'tiltaka', at: 0 });
  });
  it('finds the longest term of six letters or more that a longer query holds as whole words', () => {
    const table = bestBets(entries);
    expect(termInQuery('Må kandidaten ha vedtak for å være i målgruppen?', table)).toEqual({
      id: 'malgruppen',
      term: 'målgruppen',
      at: TERM_IN_QUERY_AT,
    });
    // «hull i cv» is longer than any other term the query holds.
    expect(termInQuery('hvor lenge er hull i CV, egentlig', table)?.id).toBe('hull-i-cv');
    // Part of a word is not the word; «NAV» is too short to say what a query is about.
    expect(termInQuery('mentorordningen i staten', table)).toBeNull();
    expect(termInQuery('kandidat fra NAV', table)).toBeNull();
    const short = [{ id: 'nav', words: ['nav'] }];
    expect(termInQuery('kandidat fra nav', short)).toBeNull();
    const both = [
      { id: 'short', words: ['mentor'] },
      { id: 'long', words: ['mentor i staten'] },
      { id: 'later', words: ['staten'] },
    ];
    expect(termInQuery('mentor i staten for nye', both)?.id).toBe('long');
    expect(termInQuery('mentor i staten for nye', [...both].reverse())?.id).toBe('long');
  });
  it('betFor: the exact entry as its id, else a near one first, else a term inside among the first three', () => {
    const table = bestBets(entries);
    expect(betFor('Arbeidstrening', table)).toBe('arbeidstrening');
    expect(betFor('arbeidstrenning', table)).toEqual({
      id: 'arbeidstrening',
      term: 'arbeidstrening',
      at: 0,
    });
    expect(betFor('hvor lenge varer arbeidstrening', table)).toEqual({
      id: 'arbeidstrening',
      term: 'arbeidstrening',
      at: TERM_IN_QUERY_AT,
    });
    expect(TERM_IN_QUERY_AT).toBe(2);
    expect(betFor('hva koster en kantine', table)).toBeNull();
  });
  it('the table survives its string form for the island', () => {
    const table = bestBets(entries);
    expect(decodeBets(encodeBets(table))).toEqual(table);
  });
  it('the defining place is the rule page, else the ordliste anchor', () => {
    expect(
      definingPlace({ id: 'mentor', term: 'Mentor', page: 'arbeidstrening-og-andre-tiltak' })
    ).toBe('/regelverk/arbeidstrening-og-andre-tiltak/');
    expect(definingPlace({ id: 'dfo', term: 'DFØ' })).toBe('/ordliste/#dfo');
  });
});

describe('search records cut from the built pages', () => {
  const ordHtml = `<dl><dt id="mentor" class="x" data-search-entry>Mentor</dt>
<dd><p>En kollega som hjelper.</p><p data-pagefind-ignore><a href="/r/">Les mer om Mentor</a></p></dd>
<dt id="dfo" data-search-entry data-search-words="DFØ|Direktoratet for forvaltning og økonomistyring">DFØ</dt><dd><p>Direktoratet &amp; co.</p></dd></dl>`;
  it('one record per ordliste entry at its anchor; only an entry without a rule page defines itself', () => {
    const records = ordlisteRecords(ordHtml);
    expect(records.map((r) => r.url)).toEqual(['/ordliste/#mentor', '/ordliste/#dfo']);
    expect(records[0]!.html).toContain('data-pagefind-meta="type:ordliste"');
    expect(records[0]!.html).not.toContain('definerer:');
    expect(records[1]!.html).toContain('data-pagefind-filter="definerer:dfo"');
    expect(records[1]!.html).toContain('Direktoratet for forvaltning og økonomistyring');
  });
  it('one record per FAQ answer, from its h2 to the next, and none for the reference list', () => {
    const faqHtml = `<article><p>Intro</p><div class="heading-anchor"><h2 id="a" class="ds-heading">Kan vi?</h2><a data-pagefind-ignore>Kopier</a></div><p>Ja.</p>
<div class="heading-anchor"><h2 id="b">Må vi?</h2></div><p>Nei.</p><section class="references"><div class="heading-anchor"><h2 id="lovhenvisninger">Lov</h2></div></section></article>`;
    const records = faqRecords(faqHtml);
    expect(records.map((r) => r.url)).toEqual([
      '/ofte-stilte-sporsmal/#a',
      '/ofte-stilte-sporsmal/#b',
    ]);
    expect(records[0]!.html).toContain('<p>Ja.</p>');
    expect(records[0]!.html).not.toContain('Nei.');
    expect(records[1]!.html).toContain('type:sporsmal');
  });
  it('one record for the page as a whole: its heading and lead, at the page’s address', () => {
    const page = pageRecord(
      `<html lang="nn"><main><h1 class="ds-heading">Ofte stilte spørsmål</h1><p class="lead">Korte svar.</p><p>Meir.</p></main></html>`,
      '/ofte-stilte-sporsmal/'
    );
    expect(page.url).toBe('/ofte-stilte-sporsmal/');
    expect(page.html).toContain('<title>Ofte stilte spørsmål</title>');
    expect(page.html).toContain('Korte svar.');
    expect(page.html).not.toContain('Meir.');
    expect(page.html).toContain('type:side');
    expect(page.html).toContain('<html lang="nn">');
    expect(() => pageRecord('<p class="lead">x</p>', '/x/')).toThrow(/no <h1>/);
  });
  it('a record carries the synonym table’s words for its text, escaped', () => {
    const html = recordHtml({
      type: 'sporsmal',
      title: 'Om «lønnstilskudd» & mer',
      body: '<p>x</p>',
    });
    expect(html).toContain('sokeord:tilskudd lønn');
    expect(html).toContain('&amp; mer');
  });
});
