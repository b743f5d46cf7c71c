import { describe, expect, it } from 'vitest';
import { historieProblems } from '../../../src/lib/content/check-historier';

const entry = (id: string, body: string, changedRules: string[] = []) => ({
  id,
  filePath: `content/historier/${id}.mdx`,
  body,
  data: {
    title: 'Tittel',
    summary: 'Et sammendrag.',
    outcomes: [],
    sources: [{ kilde: 'oe-2024' }],
    changedRules,
    lastReviewed: new Date('2026-11-23'),
  },
});

describe('story body checks at build time', () => {
  it('accepts a story whose refs and changes agree with the frontmatter', () => {
    expect(
      historieProblems([
        entry('x', '<SourceRef id="oe-2024" />\n<Changed id="mentor-2025" />', ['mentor-2025']),
      ])
    ).toEqual([]);
  });
  it('reports a <LegalRef>: stories cite reports, and have no legalRefs list; says what to use', () => {
    expect(historieProblems([entry('x', '<LegalRef id="sal-7" />')])).toEqual([
      'content/historier/x.mdx: linje 1: <LegalRef id="sal-7"> kan ikke brukes i en historie. Vis til regelen med <SourceRef> til kilden for gjeldende rett (se docs/innhold.md, «Suksesshistoriene»).',
    ]);
  });
  it('reports a <Changed> missing from changedRules, and the other way round', () => {
    expect(historieProblems([entry('x', '<Changed id="a" />', ['b'])])).toEqual([
      'content/historier/x.mdx: changedRules: <Changed id="a"> står i teksten, men mangler i changedRules i frontmatter. Legg «a» til i changedRules, eller rett id-en (id-ene står i content/endringer.yaml).',
      'content/historier/x.mdx: changedRules: «b» står i changedRules, men <Changed id="b" /> mangler i teksten',
    ]);
  });
  it('reports a file named like a filter group or «side», whose URLs the filter pages and the pager own', () => {
    expect(historieProblems([entry('rute', ''), entry('side', ''), entry('sidevogn', '')])).toEqual(
      [
        'content/historier/rute.mdx: filnavnet «rute» er reservert for filtersidene, sidetallene og siden med korte eksempler; gi filen et annet navn',
        'content/historier/side.mdx: filnavnet «side» er reservert for filtersidene, sidetallene og siden med korte eksempler; gi filen et annet navn',
      ]
    );
  });
});
