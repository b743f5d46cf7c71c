import { describe, expect, it } from 'vitest';
import { oldTextGroups, oldTextOn, placeOfPath } from '../../../src/lib/content/corrections';

// Review 2026-12-06 (N8): a «Rettet» notice quotes the page's own old sentence, or says that the
// page said nothing; the endringslogg shows every page's old text.
const e = {
  oldText: 'Dere kan søke både før og etter ansettelsen.',
  pages: [
    'administrativ-ansettelse',
    'midlertidig-lonnstilskudd',
    'unntak-fra-utlysning',
    'ordliste',
  ],
  oldTextOn: { 'midlertidig-lonnstilskudd': 'Ifølge rapporten kan dere søke både før og etter.' },
  saidNothingOn: ['unntak-fra-utlysning', 'ordliste'],
};

describe('the page a notice stands on', () => {
  it('is the slug of a rule page, or the first segment of another page', () => {
    expect(placeOfPath('/regelverk/unntak-fra-utlysning/')).toBe('unntak-fra-utlysning');
    expect(placeOfPath('/ofte-stilte-sporsmal/')).toBe('ofte-stilte-sporsmal');
    expect(placeOfPath('/ordliste/')).toBe('ordliste');
  });
});

describe('what a notice quotes', () => {
  it('quotes the shared old text on a page without its own', () => {
    expect(oldTextOn(e, 'administrativ-ansettelse')).toEqual({ kind: 'quote', text: e.oldText });
  });
  it("quotes the page's own old sentence", () => {
    expect(oldTextOn(e, 'midlertidig-lonnstilskudd')).toEqual({
      kind: 'quote',
      text: 'Ifølge rapporten kan dere søke både før og etter.',
    });
  });
  it('says nothing was said on a page that said nothing', () => {
    expect(oldTextOn(e, 'unntak-fra-utlysning')).toEqual({ kind: 'nothing' });
  });
});

describe('old texts in the endringslogg', () => {
  it('lists the shared text with its pages, each own text, then the pages that said nothing', () => {
    expect(oldTextGroups(e)).toEqual([
      { text: e.oldText, places: ['administrativ-ansettelse'], shared: true },
      {
        text: 'Ifølge rapporten kan dere søke både før og etter.',
        places: ['midlertidig-lonnstilskudd'],
        shared: false,
      },
      { text: null, places: ['unntak-fra-utlysning', 'ordliste'], shared: false },
    ]);
  });
  it('is the shared text alone for an entry without own texts', () => {
    expect(oldTextGroups({ oldText: 'Før.', pages: ['hovedreglene'] })).toEqual([
      { text: 'Før.', places: ['hovedreglene'], shared: true },
    ]);
  });
});
