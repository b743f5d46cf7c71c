import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { slugsIn } from '../../../src/lib/content/known-ids';
import { endringSchema } from '../../../src/schemas/endring';
import { kildeSchema } from '../../../src/schemas/kilde';
import { schemaIssues } from '../../support/schema-issues';

// Issue 11 item 2: corrections are told. A rettelse carries the old text, the date corrected and,
// for a major finding (M1–M6), what an employer who followed the old text should check now.

const list = (file: string) =>
  load(readFileSync(`content/${file}`, 'utf8')) as Record<string, unknown>[];
const ids = (file: string) => new Set(list(file).map((x) => String(x.id)));
// js-yaml reads ÅÅÅÅ-MM-DD as a Date.
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const schema = endringSchema({
  legalRefIds: ids('lovhenvisninger.yaml'),
  kildeIds: ids('kilder.yaml'),
  regelverkSlugs: slugsIn('regelverk'),
  sideSlugs: slugsIn('sider'),
});
const common = {
  id: 'x',
  title: 'Tittel',
  added: '2026-12-02',
  now: 'Nå er det slik.',
  sources: [{ kilde: 'oe-2024', passage: 'kap. 1' }],
  pages: ['hovedreglene'],
};
const rettelse = {
  ...common,
  kind: 'rettelse',
  date: '2026-12-02',
  dateKind: 'rettet',
  finding: 'M1',
  oldText: 'Før skrev vi noe galt.',
  checkNow: 'Sjekk om dere gjorde det.',
};

describe('endring schema: regelendring and rettelse', () => {
  it('accepts a rule change with before, date and dateKind', () => {
    expect(
      schemaIssues(schema, {
        ...common,
        kind: 'regelendring',
        date: '2026-01-01',
        dateKind: 'i-kraft',
        before: 'Rapporten sa noe annet.',
      })
    ).toEqual([]);
  });
  it('rejects an entry without kind', () => {
    expect(
      schemaIssues(schema, {
        ...common,
        date: '2026-01-01',
        dateKind: 'i-kraft',
        before: 'Rapporten sa noe annet.',
      }).map((l) => l.split(':')[0])
    ).toEqual(['kind']);
  });
  it('accepts a major correction with old text, date and what to check now', () => {
    expect(schemaIssues(schema, rettelse)).toEqual([]);
  });
  it('rejects a major correction (M) without checkNow', () => {
    const { checkNow: _omit, ...rest } = rettelse;
    expect(schemaIssues(schema, rest).map((l) => l.split(':')[0])).toEqual(['checkNow']);
  });
  it('accepts a minor correction (m) without checkNow', () => {
    const { checkNow: _omit, ...rest } = rettelse;
    expect(schemaIssues(schema, { ...rest, finding: 'm12' })).toEqual([]);
  });
  it('rejects a correction without the old text', () => {
    const { oldText: _omit, ...rest } = rettelse;
    expect(schemaIssues(schema, rest).map((l) => l.split(':')[0])).toEqual(['oldText']);
  });
  it('rejects a correction dated as a rule in force', () => {
    expect(
      schemaIssues(schema, { ...rettelse, dateKind: 'i-kraft' }).map((l) => l.split(':')[0])
    ).toEqual(['dateKind']);
  });
  it('rejects a rule change that carries correction fields', () => {
    const issues = schemaIssues(schema, {
      ...common,
      kind: 'regelendring',
      date: '2026-01-01',
      dateKind: 'i-kraft',
      before: 'Rapporten sa noe annet.',
      oldText: 'Vi skrev noe.',
    });
    expect(issues.length).toBe(1);
    expect(issues[0]).toMatch(/oldText/);
  });
});

describe('content/endringer.yaml tells every correction of the review', () => {
  const entries = list('endringer.yaml');
  const corrections = entries.filter((e) => e.kind === 'rettelse');
  it('has one correction for each major finding M1–M6, each with what to check now', () => {
    const major = corrections.filter((e) => String(e.finding).startsWith('M'));
    expect(major.map((e) => e.finding).sort()).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
    for (const e of major)
      expect(String(e.checkNow ?? '').length, String(e.id)).toBeGreaterThan(20);
  });
  it('dates every correction on or after the review it answers', () => {
    expect(corrections.length).toBeGreaterThan(6);
    for (const e of corrections)
      expect(iso(e.date) >= '2026-12-01', `${String(e.id)} ${iso(e.date)}`).toBe(true);
  });
});

describe('each correction is shown where it applies', () => {
  const entries = list('endringer.yaml');
  const kindOf = new Map(entries.map((e) => [String(e.id), String(e.kind)]));
  // Rule pages and the other content pages (FAQ, «Hva arbeidsgivere forteller») can show a notice.
  const bodies = ['regelverk', 'sider'].flatMap((dir) =>
    readdirSync(`content/${dir}`)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({
        slug: f.replace(/\.mdx$/, ''),
        body: readFileSync(`content/${dir}/${f}`, 'utf8'),
      }))
  );
  const idsIn = (body: string, tag: string) =>
    [...body.matchAll(new RegExp(`<${tag}\\s+id="([^"]+)"`, 'g'))].map((m) => m[1]!);
  it('shows a dated «Rettet» note on every rule and content page a correction names, and names every page that shows it', () => {
    const problems: string[] = [];
    for (const e of entries.filter((x) => x.kind === 'rettelse')) {
      const named = new Set(e.pages as string[]);
      for (const { slug, body } of bodies) {
        const shown = idsIn(body, 'Rettet').includes(String(e.id));
        if (named.has(slug) && !shown) problems.push(`${e.id}: <Rettet> mangler på ${slug}`);
        if (!named.has(slug) && shown)
          problems.push(`${e.id}: vises på ${slug}, som ikke står i pages`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('shows an «Endret siden rapporten» box on every rule and content page a rule change names, and names every page that shows it', () => {
    const problems: string[] = [];
    for (const e of entries.filter((x) => x.kind === 'regelendring')) {
      const named = new Set(e.pages as string[]);
      for (const { slug, body } of bodies) {
        const shown = idsIn(body, 'Changed').includes(String(e.id));
        if (named.has(slug) && !shown) problems.push(`${e.id}: <Changed> mangler på ${slug}`);
        if (!named.has(slug) && shown)
          problems.push(`${e.id}: vises på ${slug}, som ikke står i pages`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('uses <Rettet> only for corrections and <Changed> only for rule changes', () => {
    const problems: string[] = [];
    for (const { slug, body } of bodies) {
      for (const id of idsIn(body, 'Rettet'))
        if (kindOf.get(id) !== 'rettelse') problems.push(`${slug}: <Rettet id="${id}">`);
      for (const id of idsIn(body, 'Changed'))
        if (kindOf.get(id) !== 'regelendring') problems.push(`${slug}: <Changed id="${id}">`);
    }
    expect(problems).toEqual([]);
  });
});

describe('kilde: a quote says which version it is from', () => {
  const current = {
    id: 'x',
    kind: 'stortingsdokument',
    title: 'Prop.',
    publisher: 'Departementet',
    use: 'Brukes til noe nyttig.',
    url: 'https://www.regjeringen.no/x',
    published: '2025',
    dateRead: new Date('2026-12-02'),
    confidence: 'verified',
  };
  it('accepts a quote with its version', () => {
    expect(
      schemaIssues(kildeSchema, {
        ...current,
        quote: '«Fortrinnsretten kan også gjelde en del av en stilling.»',
        version: 'Prop. 76 L (2024–2025), kap. 3.1',
      })
    ).toEqual([]);
  });
  it('rejects a quote without a version', () => {
    expect(
      schemaIssues(kildeSchema, {
        ...current,
        quote: '«Fortrinnsretten kan også gjelde en del av en stilling.»',
      }).map((l) => l.split(':')[0])
    ).toEqual(['version']);
  });
  it('every source read for the review (2026-12-02) and rated verified quotes its decisive words', () => {
    const missing = list('kilder.yaml')
      .filter((k) => k.confidence === 'verified' && iso(k.dateRead) === '2026-12-02')
      .filter((k) => !k.quote)
      .map((k) => String(k.id));
    expect(missing).toEqual([]);
  });
  it('the review added quoted sources (the check above has something to check)', () => {
    expect(
      list('kilder.yaml').filter((k) => iso(k.dateRead) === '2026-12-02' && k.quote).length
    ).toBeGreaterThan(4);
  });
});

describe('endring schema: each page quotes its own old text (review 2026-12-06, N8)', () => {
  const base = { ...rettelse, pages: ['hovedreglene', 'ordliste'] };
  it('accepts a page with its own old text and a page that said nothing', () => {
    expect(
      schemaIssues(schema, {
        ...base,
        oldTextOn: { hovedreglene: 'Siden skrev noe annet.' },
        saidNothingOn: ['ordliste'],
      })
    ).toEqual([]);
  });
  it('rejects an own old text for a page the entry does not name', () => {
    expect(
      schemaIssues(schema, { ...base, oldTextOn: { 'unntak-fra-utlysning': 'Siden skrev noe.' } })
    ).toEqual(['oldTextOn: «unntak-fra-utlysning» står ikke i pages']);
  });
  it('rejects a page that both had a text and said nothing', () => {
    expect(
      schemaIssues(schema, {
        ...base,
        oldTextOn: { ordliste: 'Ordlisten skrev noe.' },
        saidNothingOn: ['ordliste'],
      })
    ).toEqual(['saidNothingOn: «ordliste» har både en gammel tekst (oldTextOn) og saidNothingOn']);
  });
  it('accepts a finding of the second review (N5) without checkNow', () => {
    const { checkNow: _omit, ...rest } = rettelse;
    expect(schemaIssues(schema, { ...rest, finding: 'N5' })).toEqual([]);
  });
  it('names the ordliste, the wizard and the content pages as places, and rejects others', () => {
    expect(
      schemaIssues(schema, {
        ...rettelse,
        pages: ['ordliste', 'veiviser', 'ofte-stilte-sporsmal', 'hva-arbeidsgivere-forteller', 'x'],
      }).map((l) => l.split(':')[0])
    ).toEqual(['pages.4']);
  });
});

describe('«Sist gjennomgått» moves when a text is corrected (review 2026-12-06, N8)', () => {
  const frontmatter = (file: string) =>
    load(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as { lastReviewed: unknown };
  const reviewed = new Map<string, string>(
    ['regelverk', 'sider'].flatMap((dir) =>
      readdirSync(`content/${dir}`)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => [f.replace(/\.mdx$/, ''), iso(frontmatter(`content/${dir}/${f}`).lastReviewed)])
    )
  );
  // The ordliste shows its oldest entry's date.
  reviewed.set(
    'ordliste',
    list('ordliste.yaml')
      .map((e) => iso(e.lastReviewed))
      .sort()[0]!
  );
  it('every page a correction names shows a review date on or after the correction', () => {
    const stale = list('endringer.yaml')
      .filter((e) => e.kind === 'rettelse')
      .flatMap((e) =>
        (e.pages as string[])
          .filter((p) => reviewed.has(p) && reviewed.get(p)! < iso(e.date))
          .map((p) => `${p}: ${reviewed.get(p)} < ${String(e.id)} ${iso(e.date)}`)
      );
    expect(stale).toEqual([]);
  });
});
