// The one test command (`npm test`): lint, type check, unit tests, build, build tests, browser
// tests. Prints what each step cost and ends with «N passed, N failed». A tool or step that fails
// counts as one failure; a suite counts its tests.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureTool } from './lib/tools.mjs';

let passed = 0;
let failed = 0;
const timings = [];

/** Runs a command with its output on the console; returns whether it exited 0. */
function run(name, cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const status = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;
  timings.push([name, Math.round((Date.now() - started) / 1000)]);
  return status === 0;
}

/** A step that passes or fails as a whole. */
function step(name, ok) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
}

const json = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/** A vitest suite (a project in vitest.config.ts), counted test by test. */
function vitest(project) {
  const report = `test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  run(`test:${project}`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const result = json(report);
  if (!result) return step(`vitest (${project}) produced a report`, false);
  passed += result.numPassedTests;
  // A file that fails to load has no failed tests of its own: count it once.
  failed += result.numFailedTests > 0 ? result.numFailedTests : result.numFailedTestSuites;
}

// html-validate has its own folder and lock file (tools/html-validate/); the build suite needs it.
ensureTool('html-validate');

step('lint (eslint, prettier --check)', run('lint', 'npm', ['run', 'lint', '--silent']));
step('astro check', run('astro check', 'npx', ['astro', 'check']));
vitest('unit');
const built = run('build', 'node', ['scripts/build.mjs']);
step('astro build', built);

if (built) {
  vitest('build');
  rmSync('test-results/playwright.json', { force: true });
  const ok = run('test:e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
  });
  const e2e = json('test-results/playwright.json');
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    // An error outside the tests stops the run before they start: the preflight in the global
    // setup (the site does not answer 200), or a spec that fails to load. Count each.
    const errors = e2e.errors ?? [];
    for (const error of errors)
      step(`playwright: ${String(error.message ?? error).split('\n')[0]}`, false);
    if (!ok && e2e.stats.unexpected + e2e.stats.flaky + errors.length === 0)
      step('playwright exited with an error', false);
  } else step('playwright produced a report', false);
} else step('build and browser tests (need a build)', false);

console.log(`\nTid per steg: ${timings.map(([name, s]) => `${name} ${s} s`).join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
