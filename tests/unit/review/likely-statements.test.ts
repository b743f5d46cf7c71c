import { describe, expect, it } from 'vitest';
import { likelyStatements } from '../../../src/lib/review/likely-statements';

// Rule protected: the reviewer's page shows, for every «likely» citation, the sentence it supports
// and the nearest heading, so a jurist can check it without opening the page.
const likely = new Set(['dfo-x']);
const label = (id: string) => (id === 'sal-7' ? 'statsansatteloven § 7' : id);
const at = (body: string) => likelyStatements('/regelverk/a/', body, likely, label);

describe('likelyStatements', () => {
  it('gives the sentence the citation stands in, with the nearest heading', () => {
    const body =
      'Innledning.\n\n<H2 id="vilkar">Vilkår</H2>\n\nFørst en setning. Dere kan bruke <LegalRef id="sal-7" /> her <SourceRef id="dfo-x" passage="side 2" />. Neste setning.';
    expect(at(body)).toEqual([
      {
        url: '/regelverk/a/',
        kilde: 'dfo-x',
        passage: 'side 2',
        anchor: 'vilkar',
        heading: 'Vilkår',
        sentence: 'Dere kan bruke statsansatteloven § 7 her.',
      },
    ]);
  });

  it('ignores citations of sources that are not «likely»', () => {
    expect(at('Tekst <SourceRef id="oe-2024" />.')).toEqual([]);
  });

  it('a citation after the full stop belongs to the sentence before', () => {
    expect(
      at('<H3 id="b">B</H3>\n\nDette gjelder i seks måneder. <SourceRef id="dfo-x" />')[0]?.sentence
    ).toBe('Dette gjelder i seks måneder.');
  });

  it('in a list, only the list item', () => {
    const body = '- Første punkt.\n- Andre punkt <SourceRef id="dfo-x" />\n- Tredje punkt.';
    expect(at(body)[0]?.sentence).toBe('Andre punkt');
    expect(at(body)[0]?.anchor).toBe('');
  });

  it('a citation alone after a list supports the whole list', () => {
    const body =
      '<H2 id="c">C</H2>\n\n- En ting.\n- En [annen](/x/) ting.\n\n<SourceRef id="dfo-x" />';
    expect(at(body)[0]?.sentence).toBe('En ting. En annen ting.');
  });
});

describe('likelyStatements: a citation between two sentences', () => {
  it('belongs to the sentence before it, not the one after', () => {
    expect(at('Dette gjelder. <SourceRef id="dfo-x" /> Neste setning.')[0]?.sentence).toBe(
      'Dette gjelder.'
    );
  });
});
