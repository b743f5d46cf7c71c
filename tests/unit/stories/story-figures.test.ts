import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { storyFigureProblems } from '../../../src/lib/content/check-story-figures';

// Rule (issue 11, item 5): a story's figure carries its year, or says «udatert» when the source gives none.
const read = (path: string) => {
  const raw = readFileSync(path, 'utf8');
  const data = load(/^---\n([\s\S]*?)\n---/.exec(raw)![1]!) as {
    title: string;
    summary: string;
    outcomes?: { text: string; figure?: string; year?: unknown }[];
    steps?: string[];
    brief?: { did: string; forWhom: string; route: string; result: string };
  };
  const outcomes = (data.outcomes ?? []).map((o) => ({
    ...o,
    year: o.year === undefined ? undefined : String(o.year),
  }));
  return storyFigureProblems(path, raw, { ...data, outcomes });
};

describe('a story figure without a year fails the build', () => {
  it('passes on every real story and short example', () => {
    for (const dir of ['content/historier', 'content/historier/korte-eksempler'])
      expect(
        readdirSync(dir)
          .filter((f) => f.endsWith('.mdx'))
          .flatMap((f) => read(join(dir, f)))
      ).toEqual([]);
  });
  it('fails on the fixture: outcome, title, summary, steps, «Kort fortalt» and body, naming field or line', () => {
    const f = 'tests/fixtures/stories/undated.mdx';
    const undated = (where: string, found: string) =>
      `${f}: ${where}: «${found}» står uten år; skriv året i setningen, eller «udatert» når kilden ikke gir det`;
    expect(read(f)).toEqual([
      `${f}: outcomes.0: «30 prosent» mangler year («2022», «2020–2022» eller «udatert»)`,
      undated('title', '12 personer'),
      undated('summary', '30 prosent'),
      undated('summary', '4 av 10'),
      undated('summary', '10 kandidater'),
      undated('brief.did', 'tre ganger'),
      undated('brief.result', 'Ett av tre'),
      undated('brief.result', 'tre forsøk'),
      undated('steps.1', '3 av 5'),
      undated('linje 21', '12 personer'),
      undated('linje 31', 'hver tiende'),
    ]);
  });
  it('finds the same in a story in nynorsk', () => {
    const f = 'tests/fixtures/stories/undated-nn.mdx';
    const undated = (where: string, found: string) =>
      `${f}: ${where}: «${found}» står uten år; skriv året i setningen, eller «udatert» når kilden ikke gir det`;
    expect(read(f)).toEqual([
      undated('title', 'fem personar'),
      undated('summary', 'Kvar tiande'),
      undated('linje 16', 'tolv medarbeidarar'),
    ]);
  });
});
