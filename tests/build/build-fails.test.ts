import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/lib/project-copy.mjs';

// Runs Astro's own content sync on a copy of the project with one bad file, and checks that it
// stops and names the file and the field. This is the build's behaviour, not just the schema's.
const root = resolve('.');
const dirs: string[] = [];

function syncWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'ig-fixture-'));
  dirs.push(dir);
  projectCopy(dir, root);
  const path = join(dir, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const result = spawnSync('npx', ['astro', 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const page = 'regelverk/unntak-fra-utlysning.mdx';

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a bad content file stops the build, naming file and field', () => {
  it('an unknown legalRefs id', () => {
    const { status, output } = syncWith(page, (t) =>
      t.replace('legalRefs: [sal-4,', 'legalRefs: [sal-404,')
    );
    expect(status).not.toBe(0);
    expect(output).toContain('unntak-fra-utlysning');
    expect(output).toMatch(
      /legalRefs\.0\**: ukjent id «sal-404»: finnes ikke i content\/lovhenvisninger\.yaml/
    );
  });

  it('a missing lastReviewed date', () => {
    const { status, output } = syncWith(page, (t) => t.replace(/^lastReviewed: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('unntak-fra-utlysning');
    expect(output).toMatch(/lastReviewed\**: lastReviewed mangler/);
  });

  it('a summary over 200 characters', () => {
    const { status, output } = syncWith(page, (t) =>
      t.replace(
        /^summary: (.*)$/m,
        (_m, s: string) => `summary: ${s} ${'og så videre '.repeat(12)}`
      )
    );
    expect(status).not.toBe(0);
    expect(output).toContain('unntak-fra-utlysning');
    expect(output).toMatch(/summary\**: summary er over 200 tegn/);
  });

  it('an unknown field: named at its own path in Norwegian, not «****: Unrecognized key» (issue 21)', () => {
    const { status, output } = syncWith(page, (t) => t.replace(/^title:/m, 'Title: x\ntitle:'));
    expect(status).not.toBe(0);
    expect(output).toContain('unntak-fra-utlysning');
    expect(output).toMatch(/Title\**: ukjent felt «Title»: skjemaet har ikke dette feltet/);
    expect(output).not.toContain('****');
    expect(output).not.toContain('Unrecognized key');
  });

  it('an unknown source id in a data file', () => {
    const { status, output } = syncWith('endringer.yaml', (t) =>
      t.replace('- kilde: lovdata-saf', '- kilde: ukjent-kilde')
    );
    expect(status).not.toBe(0);
    expect(output).toContain('endringer');
    expect(output).toMatch(/sources\.0\.kilde\**: ukjent id «ukjent-kilde»/);
  });
});

// A page not reviewed for 12 months builds with a warning: paged-lists.test.ts checks it on its
// synthetic build (one full build for both).
