import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  facetCombos,
  syntheticKildeYaml,
  syntheticStories,
  SYNTHETIC_KILDE,
  wordPool,
} from '../../../scripts/lib/synthetic-stories.mjs';
import { historieSchema } from '../../../src/schemas/historie';
import { historieProblems } from '../../../src/lib/content/check-historier';

// The size benchmark (npm run bench:stories) builds a copy of the site with generated stories.
// They must pass the same checks as real ones (or the benchmark measures nothing), say on every
// visible field that they are synthetic, and never be in the real content.
type Story = { name: string; text: string };
const words = wordPool(
  readdirSync('content/regelverk').map((f) => readFileSync(join('content/regelverk', f), 'utf8'))
);
const real = readdirSync('content/historier')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(join('content/historier', f), 'utf8'));
const combos = facetCombos(real);
const stories: Story[] = syntheticStories(60, words, combos);
const split = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: load(m[1]!) as Record<string, unknown>, body: m[2]!.trim() };
};
const schema = historieSchema({
  kildeIds: new Set([SYNTHETIC_KILDE]),
  endringIds: new Set(),
  regelverkSlugs: new Set(),
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('synthetic benchmark stories', () => {
  it('pass the story schema and the build’s story checks', () => {
    for (const s of stories) {
      const { data, body } = split(s.text);
      const parsed = schema.safeParse({
        ...data,
        lastReviewed: new Date(String(data.lastReviewed)),
      });
      expect(parsed.success, `${s.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const entry = {
        id: s.name.replace(/\.mdx$/, ''),
        body,
        data: { ...parsed.data!, lastReviewed: new Date('2026-11-23') },
      };
      expect(historieProblems([entry]), s.name).toEqual([]);
    }
  });
  it('say they are synthetic in the title, summary, employer and text, and cite only the synthetic source', () => {
    for (const s of stories) {
      const { data, body } = split(s.text);
      expect(data.title).toMatch(/^Syntetisk testhistorie \d+$/);
      expect(data.summary).toMatch(/^Syntetisk testhistorie/);
      expect(data.employer).toEqual({
        anonymousDescription: expect.stringMatching(
          /^Syntetisk testdata, ikke en ekte arbeidsgiver/
        ),
      });
      expect(body).toMatch(/^Dette er en syntetisk testhistorie\./);
      expect(data.sources).toEqual([{ kilde: SYNTHETIC_KILDE, passage: 'generert' }]);
    }
  });
  it('copy their filter values from a real story, so the filter index grows as the real one would', () => {
    const key = (c: {
      sector?: string;
      routes: string[];
      targetGroups: string[];
      regions: string[];
    }) => JSON.stringify([c.sector ?? null, c.routes, c.targetGroups, c.regions]);
    const realKeys = new Set(combos.map(key));
    expect(combos.length).toBe(real.length);
    for (const s of stories) {
      const { data } = split(s.text);
      expect(realKeys.has(key(data as never)), s.name).toBe(true);
    }
  });
  it('are the same on every run, with one unique file name each', () => {
    expect(syntheticStories(60, words, combos)).toEqual(stories);
    expect(new Set(stories.map((s) => s.name)).size).toBe(60);
  });
  it('never appear in content/: no file there names the synthetic source or a synthetic story', () => {
    expect(syntheticKildeYaml).toContain(`id: ${SYNTHETIC_KILDE}`);
    for (const file of filesUnder('content')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(SYNTHETIC_KILDE);
      expect(text, file).not.toMatch(/Syntetisk testhistorie/i);
    }
  });
});
