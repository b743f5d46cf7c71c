import { describe, expect, it } from 'vitest';
import { searchTerms, searchTermsFor } from '../../../src/lib/search-terms';

describe('the search synonym and compound table', () => {
  it('gives «tilskudd» to a page about lønnstilskudd or tilretteleggingstilskudd (Pagefind does not split compounds)', () => {
    expect(searchTermsFor('Midlertidig lønnstilskudd i to år')).toContain('tilskudd');
    expect(searchTermsFor('NAV kan gi tilretteleggingstilskudd')).toContain('tilskudd');
  });
  it('gives «hull i CV» to a page that uses the rule’s own words for it', () => {
    expect(searchTermsFor('fravær fra arbeid, utdanning eller opplæring i minst to år')).toContain(
      'hull i CV'
    );
    expect(searchTermsFor('søkere med hull i CV-en')).not.toContain('hull i CV');
  });
  it('gives «stillas» to stillasarbeid (Pagefind stems the query to «still», which «stilling» matches)', () => {
    expect(searchTermsFor('et opplæringsløp i stillasarbeid')).toContain('stillas');
    expect(searchTermsFor('en midlertidig stilling')).not.toContain('stillas');
  });
  it('gives «renhold» to the nynorsk story on «reinhald», not to a text on something else', () => {
    expect(searchTermsFor('Ei kommunal reinhaldsteneste')).toContain('renhold');
    expect(searchTermsFor('Opplæringa i reinhald tek tid')).toContain('renhold');
    expect(searchTermsFor('Ei kommunal teneste')).not.toContain('renhold');
  });
  it('gives «hindrer» to a page that says what stands in the way', () => {
    expect(searchTermsFor('og dette har stått i veien')).toContain('hindrer hindring hindringer');
  });
  it('matches only at the start of a word, across line breaks, in any case', () => {
    expect(searchTermsFor('Kommunal renholdstjeneste')).toContain('kommune');
    expect(searchTermsFor('interkommunal')).not.toContain('kommune');
    expect(searchTermsFor('Fravær fra\narbeid, utdanning eller opplæring')).toContain('hull i CV');
  });
  it('gives nothing to a text with none of the words', () => {
    expect(searchTermsFor('Et helt annet tema')).toEqual([]);
  });
  it('keeps the table as data: lower-case `found`, no empty rows, no duplicate terms', () => {
    for (const row of searchTerms) {
      expect(row.found.length, row.term).toBeGreaterThan(0);
      for (const f of row.found) expect(f, row.term).toBe(f.toLowerCase());
    }
    expect(new Set(searchTerms.map((r) => r.term)).size).toBe(searchTerms.length);
  });
});
