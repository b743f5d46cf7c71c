import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../../src/lib/content/check-all';
import { idsIn } from '../../../src/lib/content/known-ids';
import { checkFlow } from '../../../src/lib/veiviser';

// `npm run check:content`: every content check the build stops on, in seconds, without building
// (issue 21, item 5: dev shows only some of them; README, «Skrive innhold»). The first test is the
// command; the second shows it finds one of each kind of problem in a broken copy of content/.
describe('content/ (npm run check:content)', () => {
  it('has nothing the build would stop on', () => {
    const { problems, warnings } = contentProblems();
    for (const warning of warnings) console.warn(`[innhold] ${warning}`);
    // The wizard's texts cite ids in content/ too (src/pages/veiviser/[...path].astro checks them).
    try {
      checkFlow({ legalRefIds: idsIn('lovhenvisninger.yaml'), kildeIds: idsIn('kilder.yaml') });
    } catch (error) {
      problems.push(`veiviseren: ${(error as Error).message}`);
    }
    if (problems.length > 0)
      throw new Error(
        `Innholdsfeil som stopper bygget (${problems.length}):\n${problems.join('\n')}`
      );
  });
});

describe('the content check finds what the build stops on', () => {
  const root = mkdtempSync(join(tmpdir(), 'ig-content-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('kilder', join(root, 'kilder'), { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  const story = 'content/historier/statens-vegvesen.mdx';
  const rule = 'content/regelverk/unntak-fra-utlysning.mdx';
  edit(story, (t) =>
    t.replace(/^sector: .*$/m, 'sector: stat').replace(/^title:/m, 'fooBar: 1\ntitle:')
  );
  edit(rule, (t) =>
    t.replace(
      /\n*$/,
      '\n\nNAV dekker 45 prosent av lønnen <SourceRef id="sintef-2019" />. <StillApplies items={[\'ukjent\']} />\n'
    )
  );
  edit('content/endringer.yaml', (t) => t.replace('- kilde: lovdata-saf', '- kilde: ukjent-kilde'));
  edit('content/sokesporsmal.yaml', (t) => t.replace('anker: vilkar', 'anker: Vilkår'));

  it('a schema error, an unknown field, a reference missing from the frontmatter, a component id, a hand-written figure and a data file error', () => {
    const { problems } = contentProblems(root, join(root, 'content'));
    const lines = problems.map((p) => p.replace(`${root}/`, ''));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${story}: fooBar: ukjent felt «fooBar»`)),
        expect.stringMatching(
          /^content\/sokesporsmal\.yaml: nr\. \d+: anker: anker: id-en til en overskrift/
        ),
        expect.stringMatching(
          new RegExp(
            `^${rule}: linje \\d+: sources: <SourceRef id="sintef-2019"> står i teksten, men mangler i sources`
          )
        ),
        expect.stringMatching(
          new RegExp(`^${rule}: linje \\d+: <StillApplies>: ukjent punkt «ukjent»`)
        ),
        expect.stringMatching(new RegExp(`^${rule}: linje \\d+: «45 prosent» er skrevet for hånd`)),
        expect.stringMatching(
          /^content\/endringer\.yaml: .*sources\.\d+\.kilde: ukjent id «ukjent-kilde»/
        ),
      ])
    );
  });
});
