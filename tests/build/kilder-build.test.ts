import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/lib/project-copy.mjs';

// Rule protected (issue 11, item 6): `astro build` itself (and so `npm test`) stops when a report
// file in kilder/ has changed or a line range cited in content/ is not in the report.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildWith(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'ig-kilder-build-'));
  dirs.push(dir);
  projectCopy(dir, resolve('.'));
  edit(dir);
  const r = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('astro build checks kilder/', () => {
  it('stops on a changed report file, naming it', () => {
    const { status, output } = buildWith((dir) => {
      const file = join(dir, 'kilder/002_7cffea5abeac524f.utdrag.txt');
      writeFileSync(file, `${readFileSync(file, 'utf8')}999\tlagt til\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/kilder\/002_7cffea5abeac524f\.utdrag\.txt: SHA-256 .* filen er endret/);
  });

  it('stops on a cited range outside the report, naming the content file', () => {
    const { status, output } = buildWith((dir) => {
      const file = join(dir, 'content/sider/hva-arbeidsgivere-forteller.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('lines: L741\n', 'lines: L99999\n'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/sider/hva-arbeidsgivere-forteller.mdx: sintef-2019 L99999:');
  });
});
