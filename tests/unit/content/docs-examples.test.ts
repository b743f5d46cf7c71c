import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { citationProblems } from '../../../src/lib/content/cited-lines.mjs';
import {
  committedSource,
  readManifest,
  reportFiles,
} from '../../../src/lib/content/kilder-files.mjs';
import { idsIn, slugsIn } from '../../../src/lib/content/known-ids';
import { figures } from '../../../src/lib/figures';
import { stillAppliesIds } from '../../../src/lib/still-applies';
import { historieSchema } from '../../../src/schemas/historie';
import { regelverkSchema } from '../../../src/schemas/regelverk';
import { sourceRefSchema } from '../../../src/schemas/source-ref';
import { schemaIssues } from '../../support/schema-issues';

// Issue 21: docs/innhold.md showed a story with `sector: stat`; the build accepts `statlig`. Every
// YAML example and every component example in the docs is checked here with what the build uses
// (the schemas, the ids in content/, the lines in kilder/), so the examples cannot drift again.
// `…` in an example stands for the writer's own text and is filled with a sentence first.
const docs = ['README.md', ...readdirSync('docs').map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md')
);
const FILLER = 'Dette er en eksempeltekst fra dokumentasjonen';
const fill = (value: unknown): unknown =>
  value === '…'
    ? FILLER
    : Array.isArray(value)
      ? value.map(fill)
      : value && typeof value === 'object' && !(value instanceof Date)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]))
        : value;

const ids = {
  legalRefIds: idsIn('lovhenvisninger.yaml'),
  kildeIds: idsIn('kilder.yaml'),
  regelverkSlugs: slugsIn('regelverk'),
  endringIds: idsIn('endringer.yaml'),
};
type Example = { file: string; data: Record<string, unknown> };
/** Which schema an example is for, by its fields; undefined for a kind this test does not know. */
function schemaFor(data: Record<string, unknown>): [string, z.ZodType] | undefined {
  if ('employer' in data) return ['historie', historieSchema(ids)];
  if ('order' in data) return ['regelverk', regelverkSchema(ids)];
  if (Object.keys(data).join() === 'sources')
    return ['sources', z.object({ sources: z.array(sourceRefSchema(ids.kildeIds)) })];
  return undefined;
}

const examples: Example[] = docs.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => ({
    file,
    data: load(m[1] ?? '') as Record<string, unknown>,
  }))
);

describe('the YAML examples in README.md and docs/', () => {
  it('are the three kinds this test knows: a story, a rule page, a list of sources', () => {
    expect(
      examples.map((e) => `${e.file}: ${schemaFor(e.data)?.[0] ?? 'ukjent eksempel'}`)
    ).toEqual([
      'docs/innhold.md: sources',
      'docs/innhold.md: regelverk',
      'docs/innhold.md: historie',
    ]);
  });

  it.each(examples.map((e) => [e.file, schemaFor(e.data)?.[0] ?? '?', e] as const))(
    '%s: the %s example passes the schema the build uses',
    (_file, _kind, { data }) => {
      const [, schema] = schemaFor(data)!;
      expect(schemaIssues(schema, fill(data))).toEqual([]);
    }
  );

  it('cite line ranges that exist in kilder/ and hold text', () => {
    const manifest = readManifest('.');
    const files = reportFiles('.', 'content');
    const cited = examples.flatMap((e) =>
      ((e.data.sources ?? []) as { kilde: string; lines?: string }[]).flatMap((s) =>
        s.lines ? [{ where: e.file, kilde: s.kilde, lines: s.lines }] : []
      )
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) {
      const file = files.get(c.kilde)!;
      const report = manifest.reports.find((r) => r.file === file)!;
      expect(citationProblems(c, file, committedSource('.', report))).toEqual([]);
    }
  });

  it('the check fails on the old example (sector: stat)', () => {
    const story = examples.find((e) => 'employer' in e.data)!;
    expect(
      schemaIssues(schemaFor(story.data)![1], fill({ ...story.data, sector: 'stat' })).map(
        (i) => i.split(':')[0]
      )
    ).toEqual(['sector']);
  });
});

describe('the component examples in README.md and docs/ name ids that exist', () => {
  const text = docs.map((f) => readFileSync(f, 'utf8')).join('\n');
  const idsOf = (tag: string) =>
    [...text.matchAll(new RegExp(`<${tag} id="([^"…]+)"`, 'g'))].map((m) => m[1] as string);
  it.each([
    ['LegalRef', ids.legalRefIds],
    ['SourceRef', ids.kildeIds],
    ['Changed', ids.endringIds],
    ['Figure', new Set(figures.map((f) => f.id))],
  ] as const)('<%s id="…">', (tag, known) => {
    const used = idsOf(tag);
    if (tag !== 'Changed') expect(used.length, `no <${tag}> example`).toBeGreaterThan(0);
    expect(used.filter((id) => !known.has(id))).toEqual([]);
  });
  it('<StillApplies items={[…]}>', () => {
    const items = [...text.matchAll(/<StillApplies items=\{\[([^\]…]+)\]\}/g)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/'([^']+)'/g)].map((x) => x[1] as string)
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((id) => !(stillAppliesIds as string[]).includes(id))).toEqual([]);
  });
});
