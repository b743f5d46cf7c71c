import { describe, expect, it } from 'vitest';
import { bodyRefProblems, headingsInBody } from '../../../src/lib/content/body-refs';
import { isStale, staleWarnings } from '../../../src/lib/content/freshness';

const data = { legalRefs: ['sal-7'], sources: [{ kilde: 'oe-2024' }] };

describe('body references agree with the frontmatter', () => {
  it('accepts refs that are listed', () => {
    expect(
      bodyRefProblems(
        'x.mdx',
        'Tekst <LegalRef id="sal-7" /> og <SourceRef id="oe-2024" passage="kap. 3" />.',
        data
      )
    ).toEqual([]);
  });
  it('names file, line, field and the fix for a LegalRef missing from legalRefs', () => {
    expect(bodyRefProblems('content/regelverk/x.mdx', '<LegalRef id="sal-9" />', data)).toEqual([
      'content/regelverk/x.mdx: linje 1: legalRefs: <LegalRef id="sal-9"> står i teksten, men mangler i legalRefs i frontmatter. Legg «sal-9» til i legalRefs, eller rett id-en (id-ene står i content/lovhenvisninger.yaml).',
    ]);
  });
  it('names file, line, field and the fix for a SourceRef missing from sources, counting the frontmatter', () => {
    const body =
      'Tekst.\n\nMer <SourceRef id="sintef-2019" /> og <SourceRef id="sintef-2019" />.\n';
    const raw = `---\ntitle: X\nsources: []\n---\n${body}`;
    // Astro may hand over the body trimmed: the line is the file's all the same.
    expect(bodyRefProblems('x.mdx', body.trim(), data, { raw: `${raw}\n` })).toEqual(
      bodyRefProblems('x.mdx', body, data, { raw })
    );
    expect(bodyRefProblems('x.mdx', body, data, { raw })).toEqual([
      'x.mdx: linje 7: sources: <SourceRef id="sintef-2019"> står i teksten, men mangler i sources i frontmatter. Legg den til i sources (kilde: sintef-2019 og passage), eller rett id-en (id-ene står i content/kilder.yaml).',
    ]);
  });
  it('rejects a markdown heading, which would have no stable id', () => {
    expect(bodyRefProblems('x.mdx', 'Intro\n\n## Vilkår\n', data)).toEqual([
      'x.mdx: linje 3: overskrift skrevet med «#»; bruk <H2 id="stabil-id"> eller <H3 id="…">',
    ]);
  });
  it('rejects the same heading id twice', () => {
    expect(bodyRefProblems('x.mdx', '<H2 id="a">En</H2>\n<H3 id="a">To</H3>', data)).toEqual([
      'x.mdx: overskrift-id «a» brukes to ganger; gi den ene en annen id (lenker til avsnittet bruker den)',
    ]);
  });
  it('finds headings with their level, id and text', () => {
    expect(
      headingsInBody(
        '<H2 id="vilkar">Vilkår for <em>unntak</em></H2>\n<H3 id="etter">Etter to år</H3>'
      )
    ).toEqual([
      { level: 2, id: 'vilkar', text: 'Vilkår for unntak' },
      { level: 3, id: 'etter', text: 'Etter to år' },
    ]);
  });
});

describe('review freshness', () => {
  const today = new Date('2026-11-23');
  it('is fresh within 12 months', () => {
    expect(isStale(new Date('2025-11-24'), today)).toBe(false);
  });
  it('is stale after 12 months and warns naming the file', () => {
    expect(isStale(new Date('2025-11-22'), today)).toBe(true);
    expect(
      staleWarnings(
        [{ file: 'content/regelverk/x.mdx', lastReviewed: new Date('2025-01-01') }],
        today
      )
    ).toEqual([
      'content/regelverk/x.mdx: lastReviewed 2025-01-01 er eldre enn 12 måneder – gå gjennom siden',
    ]);
  });
});
