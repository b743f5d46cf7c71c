import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { slugsIn } from '../../../src/lib/content/known-ids';
import { describe, expect, it } from 'vitest';
import { endringSchema } from '../../../src/schemas/endring';
import { kildeSchema } from '../../../src/schemas/kilde';
import { lovhenvisningSchema } from '../../../src/schemas/lovhenvisning';
import { ordSchema } from '../../../src/schemas/ordliste';

const list = (file: string) =>
  load(readFileSync(`content/${file}`, 'utf8')) as Record<string, unknown>[];
const ids = (file: string) => new Set(list(file).map((x) => String(x.id)));

describe('data files in content/ are valid', () => {
  it.each([
    ['lovhenvisninger.yaml', lovhenvisningSchema],
    ['kilder.yaml', kildeSchema],
    [
      'ordliste.yaml',
      ordSchema({ regelverkSlugs: slugsIn('regelverk'), ordIds: ids('ordliste.yaml') }),
    ],
  ] as const)('%s', (file, schema) => {
    const bad = list(file).flatMap((item) => {
      const r = schema.safeParse(item);
      return r.success
        ? []
        : r.error.issues.map((i) => `${String(item.id)}: ${i.path.join('.')}: ${i.message}`);
    });
    expect(bad).toEqual([]);
  });
  it('endringer.yaml', () => {
    const schema = endringSchema({
      legalRefIds: ids('lovhenvisninger.yaml'),
      kildeIds: ids('kilder.yaml'),
      regelverkSlugs: slugsIn('regelverk'),
      sideSlugs: slugsIn('sider'),
    });
    const bad = list('endringer.yaml').flatMap((item) => {
      const r = schema.safeParse(item);
      return r.success
        ? []
        : r.error.issues.map((i) => `${String(item.id)}: ${i.path.join('.')}: ${i.message}`);
    });
    expect(bad).toEqual([]);
  });
  it.each(['lovhenvisninger.yaml', 'kilder.yaml', 'ordliste.yaml', 'endringer.yaml'])(
    '%s has unique ids',
    (file) => {
      const all = list(file).map((x) => String(x.id));
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    }
  );
});

describe('kilde schema', () => {
  const current = {
    id: 'x',
    kind: 'nettside',
    title: 'Side',
    publisher: 'NAV',
    use: 'Brukes til noe nyttig.',
    url: 'https://www.nav.no/x',
    published: 'udatert',
    dateRead: new Date('2026-11-23'),
    confidence: 'likely',
  };
  it('accepts a current-law source with confidence', () => {
    expect(kildeSchema.safeParse(current).success).toBe(true);
  });
  it('rejects a current-law source without dateRead', () => {
    const { dateRead: _omit, ...rest } = current;
    const r = kildeSchema.safeParse(rest);
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['dateRead']);
  });
  it('rejects a confidence level lovstatus does not use', () => {
    const r = kildeSchema.safeParse({ ...current, confidence: 'unverified' });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['confidence']);
  });
});

describe('ordliste and endringer name only pages and terms that exist', () => {
  const ord = ordSchema({ regelverkSlugs: new Set(['hovedreglene']), ordIds: new Set(['a', 'b']) });
  const entry = {
    id: 'a',
    term: 'Ord',
    nn: 'Ord',
    explanation: 'En forklaring som er lang nok.',
    lastReviewed: '2026-11-23',
  };
  const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));
  it('accepts a known page and see-also', () => {
    expect(ord.safeParse({ ...entry, page: 'hovedreglene', see: ['b'] }).success).toBe(true);
  });
  it('rejects an unknown regelverk page in ordliste', () => {
    expect(paths(ord.safeParse({ ...entry, page: 'finnes-ikke' }))).toEqual(['page']);
  });
  it('rejects an unknown see-also term in ordliste', () => {
    expect(paths(ord.safeParse({ ...entry, see: ['b', 'x'] }))).toEqual(['see.1']);
  });
  it('rejects an unknown page in endringer', () => {
    const schema = endringSchema({
      legalRefIds: new Set(),
      kildeIds: ids('kilder.yaml'),
      regelverkSlugs: new Set(['hovedreglene']),
      sideSlugs: new Set(['ofte-stilte-sporsmal']),
    });
    const change = {
      id: 'x',
      kind: 'regelendring',
      date: '2026-01-01',
      dateKind: 'i-kraft',
      added: '2026-01-02',
      title: 'Tittel',
      before: 'Før var det slik.',
      now: 'Nå er det slik.',
      sources: [{ kilde: 'oe-2024', passage: 'kap. 1' }],
      pages: ['hovedreglene', 'nei', 'ofte-stilte-sporsmal', 'ordliste', 'veiviser'],
    };
    expect(paths(schema.safeParse(change))).toEqual(['pages.1']);
  });
});

describe('lovhenvisning schema', () => {
  it('rejects a link that is not to Lovdata', () => {
    const r = lovhenvisningSchema.safeParse({
      id: 'x',
      law: 'statsansatteloven',
      paragraph: '§ 7',
      title: 'Tittel',
      url: 'https://example.org/§7',
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['url']);
  });
});
