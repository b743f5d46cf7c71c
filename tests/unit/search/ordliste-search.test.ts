import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  bestBetFor,
  bestBets,
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
