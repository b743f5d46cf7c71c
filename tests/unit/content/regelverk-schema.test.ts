import { describe, expect, it } from 'vitest';
import { schemaIssues } from '../../support/schema-issues';
import { regelverkSchema } from '../../../src/schemas/regelverk';

const ids = { legalRefIds: new Set(['sal-7', 'saf-3a']), kildeIds: new Set(['oe-2024']) };
const schema = regelverkSchema(ids);
const good = {
  title: 'Administrativ ansettelse',
  summary: 'Dere kan ansette direkte i inntil seks måneder uten å lyse ut stillingen.',
  audience: 'statlig',
  routes: ['administrativ-ansettelse'],
  legalRefs: ['sal-7'],
  sources: [{ kilde: 'oe-2024', passage: 'kap. 3.3', lines: 'L1884–1918' }],
  lastReviewed: new Date('2026-11-23'),
  order: 20,
};

const issues = (data: unknown) => schemaIssues(schema, data);

describe('regelverk frontmatter schema', () => {
  it('accepts a complete, correct page', () => {
    expect(issues(good)).toEqual([]);
  });
  it('rejects an unknown legalRefs id, naming the field and the file the ids live in', () => {
    expect(issues({ ...good, legalRefs: ['sal-7', 'sal-99'] })).toEqual([
      'legalRefs.1: ukjent id «sal-99»: finnes ikke i content/lovhenvisninger.yaml',
    ]);
  });
  it('rejects an unknown source id in sources', () => {
    expect(issues({ ...good, sources: [{ kilde: 'ukjent', passage: 'kap. 1' }] })).toEqual([
      'sources.0.kilde: ukjent id «ukjent»: finnes ikke i content/kilder.yaml',
    ]);
  });
  it('rejects a source without a passage', () => {
    expect(issues({ ...good, sources: [{ kilde: 'oe-2024', passage: '' }] })[0]).toMatch(
      /^sources\.0\.passage: passage mangler/
    );
  });
  it('rejects a missing lastReviewed date', () => {
    const { lastReviewed: _omit, ...rest } = good;
    expect(issues(rest)).toEqual([
      'lastReviewed: lastReviewed mangler eller er ikke en dato (ÅÅÅÅ-MM-DD)',
    ]);
  });
  it('rejects a summary over 200 characters', () => {
    expect(issues({ ...good, summary: `${'a'.repeat(201)}` })).toContain(
      'summary: summary er over 200 tegn'
    );
  });
  it('rejects a summary of two sentences', () => {
    expect(
      issues({ ...good, summary: 'Dere kan ansette direkte. Det gjelder i seks måneder.' })
    ).toEqual(['summary: summary skal være én setning']);
  });
  it('rejects a route id outside the shared vocabulary', () => {
    expect(issues({ ...good, routes: ['snarvei'] })[0]).toMatch(/^routes\.0:/);
  });
  it('rejects an invented field', () => {
    expect(issues({ ...good, author: 'Noen' })[0]).toMatch(/author/);
  });
  it('rejects a malformed internal line range', () => {
    expect(
      issues({ ...good, sources: [{ kilde: 'oe-2024', passage: 'kap. 3', lines: '1884-1918' }] })[0]
    ).toMatch(/^sources\.0\.lines:/);
  });
});
