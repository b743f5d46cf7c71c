import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, TEST_ITEMS } from '../../scripts/lib/project-copy.mjs';
import { distFile, requireDist } from '../support/dist';
import { freePort } from '../support/free-port';
import { results } from '../support/wizard-sample';

// Issue 21: a clone under a folder only its owner can open (mode 0700: root's home, mktemp -d)
// got 403 on every page from the tests' nginx, whose workers ran as `nobody`, and the browser
// tests failed for 35 minutes. This runs the real chain from a copy of the project in a mkdtemp
// folder: Playwright's webServer (scripts/serve-nginx.mjs) and the preflight in its global setup
// (tests/support/global-setup.ts), then one server test. A few built pages are enough.
const isRoot = process.getuid?.() === 0;
const pages = ['/', '/regelverk/', results[0]!.path];
let parent = '';
let copy = '';

beforeAll(() => {
  requireDist();
  parent = mkdtempSync(join(tmpdir(), 'ig-served-'));
  copy = join(parent, 'ci');
  projectCopy(copy, '.', TEST_ITEMS);
  for (const path of pages) {
    mkdirSync(join(copy, 'dist', path), { recursive: true });
    copyFileSync(distFile(path), join(copy, distFile(path)));
  }
  copyFileSync('dist/404.html', join(copy, 'dist/404.html'));
});
afterAll(() => {
  if (!parent) return;
  chmodSync(parent, 0o700);
  rmSync(parent, { recursive: true, force: true });
});

/** One server test through Playwright in the copy, on a port of its own; output and seconds taken. */
async function browserTests(env: Record<string, string> = {}) {
  const { E2E_BASE_URL: _external, ...inherited } = process.env;
  const started = Date.now();
  const run = spawnSync(
    'npx',
    ['playwright', 'test', 'tests/e2e/server.spec.ts', '-g', 'security headers', '--reporter=list'],
    {
      cwd: copy,
      encoding: 'utf8',
      timeout: 120_000,
      // CI: never reuse a server that already answers on the port.
      env: { ...inherited, CI: '1', E2E_PORT: String(await freePort()), ...env },
    }
  );
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    seconds: (Date.now() - started) / 1000,
  };
}

describe('the browser tests from a clone under a 0700 folder', () => {
  it('the copy lies in a folder only its owner can open', () => {
    expect(statSync(parent).mode & 0o777).toBe(0o700);
  });

  it('nginx serves it: the preflight passes and the test runs', async () => {
    const run = await browserTests();
    expect(run.output, run.output).toMatch(/\b1 passed\b/);
    expect(run.status, run.output).toBe(0);
  });

  it(`with nginx unable to read the files (${isRoot ? 'workers as nginx’s default user, nobody' : 'the pages unreadable'}), it stops within a minute and names the cause`, async () => {
    let env: Record<string, string> = {};
    if (isRoot) env = { NGINX_USER: 'default' };
    else for (const path of pages) chmodSync(join(copy, distFile(path)), 0);
    const run = await browserTests(env);
    for (const path of pages) chmodSync(join(copy, distFile(path)), 0o644);
    expect(run.status, run.output).not.toBe(0);
    expect(run.seconds, 'stops within a minute').toBeLessThan(60);
    expect(run.output, 'no test ran').not.toMatch(/\d+ passed/);
    if (isRoot) {
      expect(run.output).toContain('GET / → 403 (ventet 200)');
      expect(run.output).toContain(`GET ${results[0]!.path} → 403 (ventet 200)`);
      // The end of nginx's error log, and what to do.
      expect(run.output).toMatch(/\(\) ".*\/ci\/dist\/.*" failed \(13: Permission denied\)/);
      expect(run.output).toContain('chmod o+x');
    } else expect(run.output).toMatch(/EACCES|Permission denied/);
  });
});
